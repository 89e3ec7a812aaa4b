#!/bin/bash
# qpsmtpd 0.94 (Debian) as the server, its log on stderr (`logging/warn`) at the given level (7 = LOGDEBUG,
# 6 = LOGINFO), on 127.0.0.1:2587 behind recordingProxy.py. A throw-away config: host name mx.test.example,
# recipients at example.net accepted except nobody@example.net (check_badrcptto), mail kept in a Maildir.
#   qpsmtpd_run.sh <loglevel>
set -eu
cfg=/tmp/corpus-qpsmtpd-cfg
mkdir -p "$cfg" /tmp/corpus-qpsmtpd-maildir
chown qpsmtpd /tmp/corpus-qpsmtpd-maildir
cp /etc/qpsmtpd/plugin_dirs /etc/qpsmtpd/spool_dir "$cfg"/
echo "$1" > "$cfg/loglevel"
echo "logging/warn $1" > "$cfg/logging"
echo mx.test.example > "$cfg/me"
echo example.net > "$cfg/rcpthosts"
echo nobody@example.net > "$cfg/badrcptto"
printf 'check_badrcptto\nrcpt_ok\nqueue/maildir /tmp/corpus-qpsmtpd-maildir\n' > "$cfg/plugins"
QPSMTPD_CONFIG=$cfg exec qpsmtpd-forkserver -l 127.0.0.1 -p 2587 -u qpsmtpd -H
