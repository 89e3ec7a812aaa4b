#!/bin/bash
# esmtp (libESMTP) as a sendmail replacement: -v prints each step with its reply, -X logs the protocol trace
# to a file, printed after the run (as a user would cat it). Own config file, nothing else touched.
# Cleartext only: libESMTP refuses the scripted server's self-signed certificate after STARTTLS (error 18).
#   esmtp_run.sh <plain|starttls> <port> <user:password|none> rcpt...
set -u
mode=$1 port=$2 cred=$3; shift 3
dir=$(mktemp -d /tmp/corpus-esmtp.XXXXXX)
{
  echo "identity alice@example.com"
  echo "  hostname 127.0.0.1:$port"
  echo "  helo client.example"
  case $mode in
    plain) echo "  starttls disabled" ;;
    starttls) echo "  starttls required" ;;
  esac
  if [ "$cred" != none ]; then
    echo "  username ${cred%%:*}"
    echo "  password ${cred#*:}"
  fi
} > "$dir/esmtprc"
chmod 600 "$dir/esmtprc"
printf 'From: alice@example.com\nTo: bob@example.net\nSubject: Corpus test 42\n\nHello Bob, message 42.\n' |
  esmtp -C "$dir/esmtprc" -v -X "$dir/trace" -f alice@example.com "$@"
echo "exit status $?"
cat "$dir/trace"
rm -rf "$dir"
