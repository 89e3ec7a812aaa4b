#!/bin/bash
# postal 0.75 (Debian postal, "the mad postman"), one thread, its -z debug file printed: the bare dialogue, no marks.
# It sends random messages until stopped: stopped after <seconds>.
#   bash postal_run.sh <port> <seconds> <rcpt-list file contents...>
set -u
port=$1; secs=$2; shift 2
dir=$(mktemp -d /tmp/corpus-postal.XXXXXX)
printf '%s\n' "$@" > "$dir/users"
cd "$dir" && timeout "$secs" postal -t 1 -c 1 -r 60 -m 1 -M 1 -z "$dir/debug" -p "$port" 127.0.0.1 "$dir/users" > /dev/null 2>&1
cat "$dir"/debug*
rm -rf "$dir"
