#!/bin/bash
# OpenSMTPD 6.8.0p2 (the .deb unpacked in /tmp/xdeb-opensmtpd) as a relay in front of the scripted server (dev13 corpus
# round): a silent smtplib client submits on 127.0.0.1:2587, smtpd -d -v -T transfer relays to the scripted server and
# prints its outgoing (mta) session. Its output is the transcript.
#   opensmtpd_relay_run.sh "<relay options>" <seconds to let it relay> <smtplib_client.py arguments...>
set -u
relay=$1 wait=$2
shift 2
dir=/tmp/opensmtpd13
mkdir -p $dir /var/lib/opensmtpd/empty
# The queue is kept across runs: empty it so that no earlier run's retry or bounce shows up in this one.
rm -rf /var/spool/smtpd/queue/* /var/spool/smtpd/incoming/* /var/spool/smtpd/corrupt/* /var/spool/smtpd/temporary/*
echo 'corpus alice@example.com:s3cret-Pa55' > $dir/secrets
echo 'wrong alice@example.com:wrong' >> $dir/secrets
chmod 600 $dir/secrets
cat > $dir/smtpd.conf <<CONF
table secrets file:$dir/secrets
listen on 127.0.0.1 port 2587 hostname mx.test.example
action "relay" relay $relay helo relay.test.example
match from any for any action "relay"
CONF
/tmp/xdeb-opensmtpd/root/usr/sbin/smtpd -d -v -T transfer -f $dir/smtpd.conf 2>&1 &
smtpd=$!
sleep 1.5
python3 "$(dirname "$0")/smtplib_client.py" --level 0 --port 2587 "$@" > /dev/null 2>&1
sleep "$wait"
kill -INT $smtpd
wait $smtpd
