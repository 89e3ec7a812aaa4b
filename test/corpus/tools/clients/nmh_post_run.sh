#!/bin/bash
# nmh's post(8) with -snoop: prints the SMTP dialogue as it sends a draft (what `send -snoop` shows).
# Own MH profile and draft under /tmp.
#   nmh_post_run.sh <port> <plain|tls|initialtls> <user:password|none> rcpt...
set -u
port=$1 mode=$2 cred=$3; shift 3
dir=$(mktemp -d /tmp/corpus-nmh.XXXXXX)
mkdir -p "$dir/Mail"
printf 'Path: %s/Mail\n' "$dir" > "$dir/.mh_profile"
{
  echo "From: alice@example.com"
  for r in "$@"; do echo "To: $r"; done
  echo "Subject: Corpus test 42"
  echo "--------"
  echo "Hello Bob, message 42."
} > "$dir/draft"
args=(-server 127.0.0.1 -port "$port" -snoop -mts smtp)
case $mode in
  tls) args+=(-tls -nocertverify) ;;
  initialtls) args+=(-initialtls -nocertverify) ;;
  plain) args+=(-notls) ;;
esac
if [ "$cred" != none ]; then
  printf 'machine 127.0.0.1 login %s password %s\n' "${cred%%:*}" "${cred#*:}" > "$dir/.netrc"
  chmod 600 "$dir/.netrc"
  args+=(-sasl -user "${cred%%:*}")
fi
HOME=$dir MH=$dir/.mh_profile /usr/lib/mh/post "${args[@]}" "$dir/draft"
echo "exit status $?"
rm -rf "$dir"
