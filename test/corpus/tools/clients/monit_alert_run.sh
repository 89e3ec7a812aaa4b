#!/bin/bash
# Monit 5.33 (Debian monit) sending its alert mail, run in the foreground with -vv: its start-up report, then
# "SMTP <- 220 …" for each reply line and "SMTP -> EHLO vm" for each command (one session per alert recipient),
# stopped after a few seconds (its shutdown lines follow).
#   monit_alert_run.sh tls|ssl|none PORT auth|badauth|noauth RCPT[,RCPT…]
set -u
dir=$(mktemp -d /tmp/corpus-monit.XXXXXX)
mode=$1 port=$2 auth=$3 rcpts=$4
case $auth in
  auth) cred='username "alice@example.com" password "s3cret-Pa55"' ;;
  badauth) cred='username "alice@example.com" password "wrong"' ;;
  *) cred='' ;;
esac
case $mode in
  tls) using='using tls' ;;
  ssl) using='using ssl' ;;
  *) using='' ;;
esac
{
  echo "set daemon 30"
  echo "set idfile $dir/id"
  echo "set statefile $dir/state"
  echo "set pidfile $dir/pid"
  echo "set mailserver 127.0.0.1 port $port $cred $using"
  echo "set mail-format { from: alice@example.com }"
  for r in ${rcpts//,/ }; do echo "set alert $r but not on { instance }"; done
  echo "check file corpusprobe with path $dir/does-not-exist"
} > "$dir/monitrc"
chmod 600 "$dir/monitrc"
timeout 4 monit -c "$dir/monitrc" -I -vv 2>&1
rm -rf "$dir"
