#!/bin/bash
# Sendmail 8.17 (Debian sendmail-bin, unpacked: it conflicts with the installed MTA) as a user runs it to see why
# mail does not leave: `sendmail -v -odi`, which prints the SMTP dialogue with the smarthost (">>> " before each
# command, replies as received). Config: clients/sendmail_corpus.mc, built with m4 into /tmp/corpus-sendmail.
#   sendmail_v_run.sh RCPT...      (message: clients/message.eml, sender alice@example.com)
# Setup: apt-get install -y --no-install-recommends m4; mkdir -p /tmp/xdeb-sendmail && cd /tmp/xdeb-sendmail &&
#   apt-get download sendmail-bin sendmail-cf && for f in *.deb; do dpkg -x $f root; done
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
X=${SENDMAIL_ROOT:-/tmp/xdeb-sendmail/root}
W=/tmp/corpus-sendmail
mkdir -p $W/mqueue && chmod 700 $W/mqueue && rm -f $W/mqueue/*
printf 'hosts files\naliases files\n' > $W/service.switch
m4 -D_CF_DIR_=$X/usr/share/sendmail/cf/ $X/usr/share/sendmail/cf/m4/cf.m4 "$HERE/sendmail_corpus.mc" > $W/sendmail.cf
# In a UTS namespace of its own with a qualified host name: with the machine's unqualified one ("vm") sendmail
# sleeps 60 s at start ("My unqualified host name (vm) unknown; sleeping for retry").
exec unshare -u sh -c 'hostname client.example && exec "$0" "$@"' $X/usr/libexec/sendmail/sendmail -C $W/sendmail.cf -v -odi -f alice@example.com "$@" < "$HERE/message.eml"
