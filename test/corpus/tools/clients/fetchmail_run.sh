#!/bin/bash
# fetchmail -v: fetches clients/message.eml from pop3Source.py (POP3 on 127.0.0.1:1110) and forwards it over
# SMTP to the scripted server, printing both dialogues (`SMTP> `, `SMTP< `). Own rc file, no daemon, keeps the
# message on the POP3 side; fetchmail's id file under /tmp.
#   fetchmail_run.sh <smtp port> <rcpt>
set -u
port=$1 rcpt=$2
dir=$(mktemp -d /tmp/corpus-fetchmail.XXXXXX)
cat > "$dir/fetchmailrc" <<RC
set no syslog
set no bouncemail
poll 127.0.0.1 service 1110 protocol pop3 auth password
  user "alice" password "s3cret-Pa55" is "$rcpt" here
  smtphost 127.0.0.1/$port smtpname $rcpt
  keep fetchall sslproto ""
RC
chmod 600 "$dir/fetchmailrc"
python3 "$(dirname "$0")/pop3Source.py" --port 1110 > "$dir/pop3.out" &
pop=$!
for _ in $(seq 50); do grep -q ready "$dir/pop3.out" 2>/dev/null && break; sleep 0.1; done
FETCHMAILHOME=$dir HOME=$dir fetchmail -v --nodetach --nosyslog -f "$dir/fetchmailrc" --idfile "$dir/fetchids" --pidfile "$dir/pid"
echo "exit status $?"
kill $pop 2>/dev/null; wait $pop 2>/dev/null
rm -rf "$dir"
