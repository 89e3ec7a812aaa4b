#!/bin/bash
# fdm 1.9 as a user debugs its SMTP forwarding: `fdm -vvvv` reads a message on stdin (a `stdin` account) and
# delivers it with an `smtp` action to the scripted server; at -vvvv it prints the dialogue ("< 250 …", "> MAIL …").
#   fdm_smtp_run.sh <port> <rcpt>
set -u
conf=$(mktemp /tmp/corpus-fdm.XXXXXX)
cat > "$conf" <<CONF
set lock-file "$conf.lock"
account "stdin" disabled stdin
action "relay" smtp server "127.0.0.1" port $1 from "alice@example.com" to "$2"
match all action "relay"
CONF
timeout 20 fdm -vvvv -f "$conf" -a stdin fetch < "$(dirname "$0")/message.eml"
rm -f "$conf" "$conf.lock"
