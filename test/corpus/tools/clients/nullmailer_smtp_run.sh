#!/bin/bash
# nullmailer's SMTP protocol module (what nullmailer-send runs for each queued message), from the Debian
# package unpacked under /tmp (it conflicts with the installed MTA). Options on stdin, the queued file
# (sender, recipients, blank line, message) on fd 3, as nullmailer-send passes them.
#   nullmailer_smtp_run.sh <plain|starttls|smtps> <port> <user:password|none> rcpt...
set -u
mode=$1 port=$2 cred=$3; shift 3
SMTP=${NULLMAILER_SMTP:-/tmp/xdeb-nullmailer/root/usr/lib/nullmailer/smtp}
queued=$(mktemp /tmp/corpus-nullmailer.XXXXXX)
{ echo alice@example.com; printf '%s\n' "$@"; echo; printf 'Subject: Corpus test 42\n\nHello Bob, message 42.\n'; } > "$queued"
{
  echo "host=127.0.0.1"
  echo "port=$port"
  case $mode in
    starttls) echo starttls; echo insecure ;;
    smtps) echo tls; echo insecure ;;
  esac
  [ "$cred" != none ] && { echo "user=${cred%%:*}"; echo "pass=${cred#*:}"; }
} | HELOHOST=client.example "$SMTP" 3< "$queued"
echo "exit status $?"
rm -f "$queued"
