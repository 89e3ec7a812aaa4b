#!/bin/bash
# sSMTP as a user debugs it: `ssmtp -v` with a throw-away config (ssmtp reads no command-line server options).
#   ssmtp_run.sh <plain|starttls|smtps> <port> <user:password|none> rcpt...
# SSMTP may point at a binary unpacked with `apt-get download ssmtp && dpkg -x` (the package conflicts with installed MTAs).
set -eu
mode=$1 port=$2 cred=$3; shift 3
conf=$(mktemp /tmp/corpus-ssmtp.XXXXXX)
{
  echo "mailhub=127.0.0.1:$port"
  echo "hostname=client.example"
  echo "FromLineOverride=YES"
  [ "$mode" = starttls ] && echo "UseSTARTTLS=YES"
  [ "$mode" = smtps ] && echo "UseTLS=YES"
  if [ "$cred" != none ]; then echo "AuthUser=${cred%%:*}"; echo "AuthPass=${cred#*:}"; echo "AuthMethod=LOGIN"; fi
} > "$conf"
printf 'To: %s\nFrom: alice@example.com\nSubject: Corpus test 42\n\nHello Bob, message 42.\n' "$1" |
  "${SSMTP:-ssmtp}" -v -C "$conf" -f alice@example.com "$@" || true
rm -f "$conf"
