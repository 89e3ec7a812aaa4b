#!/bin/bash
# Exim 4 as an SMTP client: `exim4 -v -odf` delivers one message at once through a smarthost (the scripted
# server) and prints the SMTP dialogue. Its own throw-away config and spool under /tmp; the installed Exim is untouched.
#   exim_client_run.sh <plain|starttls|smtps> <port> <user:password|none> rcpt...
set -u
mode=$1 port=$2 cred=$3; shift 3
dir=$(mktemp -d /tmp/corpus-exim.XXXXXX)
mkdir -p "$dir/spool" "$dir/log"
chown -R Debian-exim: "$dir"
{
  echo "primary_hostname = client.example"
  echo "spool_directory = $dir/spool"
  echo "log_file_path = $dir/log/%slog"
  echo "exim_user = Debian-exim"
  echo "exim_group = Debian-exim"
  echo "begin routers"
  echo "smarthost:"
  echo "  driver = manualroute"
  echo "  transport = remote_smtp"
  echo "  route_list = * 127.0.0.1::$port byname"
  echo "  self = send"
  echo "begin transports"
  echo "remote_smtp:"
  echo "  driver = smtp"
  echo "  helo_data = client.example"
  echo "  hosts_try_auth = *"
  echo "  tls_verify_certificates ="
  echo "  hosts_try_chunking ="
  case $mode in
    plain) echo "  hosts_avoid_tls = *" ;;
    starttls) echo "  hosts_require_tls = *" ;;
    smtps) echo "  protocol = smtps" ;;
  esac
  echo "begin retry"
  echo "* * F,1m,1m"
  echo "begin authenticators"
  if [ "$cred" != none ]; then
    echo "login:"
    echo "  driver = plaintext"
    echo "  public_name = LOGIN"
    echo "  client_send = : ${cred%%:*} : ${cred#*:}"
  fi
} > "$dir/exim.conf"
printf 'Subject: Corpus test 42\n\nHello Bob, message 42.\n' | exim4 -C "$dir/exim.conf" -v -odf -f alice@example.com "$@"
rm -rf "$dir"
