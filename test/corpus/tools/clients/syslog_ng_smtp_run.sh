#!/bin/bash
# syslog-ng 3.38 (Debian syslog-ng-core + syslog-ng-mod-smtp) in the foreground with -d -v -e: one log line read on stdin
# is sent by its smtp() destination (libESMTP underneath); its debug lines show the session ("SMTP Session: SERVER; …").
#   bash syslog_ng_smtp_run.sh <port> <rcpt> [rcpt ...]
set -u
port=$1; shift
dir=$(mktemp -d /tmp/corpus-syslog-ng.XXXXXX)
to=''
for r in "$@"; do to="$to to(\"${r%%@*}\" \"$r\")"; done
cat > "$dir/syslog-ng.conf" <<CONF
@version: 3.38
options { stats_freq(0); };
source s_in { stdin(flags(no-parse)); };
destination d_smtp {
  smtp(host("127.0.0.1") port($port)
       from("Alice" "alice@example.com") $to
       subject("Corpus test 42") body("Hello Bob, message 42: \${MESSAGE}"));
};
log { source(s_in); destination(d_smtp); };
CONF
cd "$dir"
(echo "disk full on /var"; sleep 3) | timeout 10 syslog-ng -F -d -v -e -f "$dir/syslog-ng.conf" -R "$dir/persist" -p "$dir/pid" -c "$dir/ctl"
rm -rf "$dir"
