#!/bin/bash
# Runs the libetpan client (clients/etpan_smtp_client.c, built to /tmp/corpus-etpan/etpansmtp) in a fresh directory, then
# prints the stream debug log libetpan wrote there.   etpan_smtp_run.sh <mode> <port> <auth> [rcpt ...]
d=$(mktemp -d /tmp/corpus-etpan/run.XXXXXX)
cd "$d" && timeout 20 /tmp/corpus-etpan/etpansmtp "$@" 2>&1
cat "$d/libetpan-stream-debug.log"
rm -rf "$d"
