#!/bin/bash
# Postfix 3.7 smtp client with debug_peer_list=127.0.0.1 relaying to the scripted server; the mail log
# (maillog_file) is the transcript. Needs the postconf settings listed in ../README (see capture.py).
# usage: postfix_run.sh rcpt...
LOG=/var/log/postfix-corpus.log
rm -f "$LOG"
postfix start >/dev/null 2>&1
sleep 1
sendmail -f alice@example.com "$@" < "$(dirname "$0")/message.eml"
for i in $(seq 1 20); do sleep 0.5; postqueue -p 2>/dev/null | grep -q 'Mail queue is empty' && break; done
sleep 1
postfix stop >/dev/null 2>&1
sleep 1
cat "$LOG"
