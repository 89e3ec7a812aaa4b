#!/bin/bash
# Dovecot 2.3.19 submission service (Debian dovecot-submissiond) relaying to the scripted server, its smtp-client
# debug log on stderr (log_debug = category=smtp-client): "submission(user)<pid><session>: Debug: smtp-client: conn
# 127.0.0.1:587 [1]: command MAIL: Sent: MAIL FROM:<…>", "… Got reply (1/1): 250 2.1.0 Sender ok (1 commands pending, …)".
# A silent smtplib client (clients/smtplib_client.py --level 0) submits the message to Dovecot on 127.0.0.1:2587.
#   dovecot_submission_run.sh starttls|smtps|no RELAY_PORT auth|badauth|noauth RCPT[,RCPT…]
set -u
ssl=$1 port=$2 auth=$3 rcpts=$4
dir=$(mktemp -d /tmp/corpus-dovecot.XXXXXX)
chmod 755 "$dir"
mkdir -p "$dir/run" "$dir/state" "$dir/home" "$dir/mail"
chmod 777 "$dir/home" "$dir/mail"
relay_auth=''
case $auth in
  auth) relay_auth=$'submission_relay_user = alice@example.com\nsubmission_relay_password = s3cret-Pa55' ;;
  badauth) relay_auth=$'submission_relay_user = alice@example.com\nsubmission_relay_password = wrong' ;;
esac
cat > "$dir/dovecot.conf" <<CONF
base_dir = $dir/run
state_dir = $dir/state
log_path = /dev/stderr
protocols = submission
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_debug = category=smtp-client
mail_location = maildir:$dir/mail/%u
hostname = relay.test.example
submission_relay_host = 127.0.0.1
submission_relay_port = $port
submission_relay_ssl = $ssl
submission_relay_ssl_verify = no
$relay_auth
passdb {
  driver = static
  args = password=s3cret-Pa55
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$dir/home/%u
}
service submission-login {
  chroot =
  inet_listener submission {
    port = 2587
  }
}
service anvil {
  chroot =
}
CONF
dovecot -F -c "$dir/dovecot.conf" 2>&1 &
pid=$!
sleep 1.5
rargs=''
for r in ${rcpts//,/ }; do rargs="$rargs --rcpt $r"; done
python3 "$(dirname "$0")/smtplib_client.py" --level 0 --mode plain --port 2587 --auth $rargs > /dev/null 2>&1
sleep 1
kill -TERM $pid
wait $pid
rm -rf "$dir"
