#!/bin/bash
# Exim 4 as the SMTP server, in the foreground with debugging on stderr (`exim4 -bd -d+receive`), listening on
# 127.0.0.1:2587 behind recordingProxy.py. Its own throw-away config and spool under /tmp; the installed
# Exim's config and spool are untouched. bob@example.net is local, other example.net users are unknown,
# grey@example.net is greylisted (451), every other domain is refused as relaying.
#   exim_server_run.sh [debug selectors, default +receive]
set -u
dir=/tmp/corpus-exim-server
rm -rf "$dir"; mkdir -p "$dir/spool" "$dir/log" "$dir/mail"
chown -R Debian-exim: "$dir"
cat > "$dir/exim.conf" <<CONF
primary_hostname = mx.test.example
spool_directory = $dir/spool
log_file_path = $dir/log/%slog
exim_user = Debian-exim
exim_group = Debian-exim
daemon_smtp_ports = 2587
local_interfaces = 127.0.0.1
host_lookup =
rfc1413_hosts =
acl_smtp_rcpt = acl_check_rcpt
acl_smtp_data = acl_check_data
begin acl
acl_check_rcpt:
  defer   message = 4.7.1 Greylisted, please try again in 300 seconds
          recipients = grey@example.net
  deny    message = 5.7.1 Relaying denied
          !domains = example.net
  deny    message = 5.1.1 <\$local_part@\$domain>: Recipient address rejected: User unknown
          !local_parts = bob
  accept
acl_check_data:
  accept
begin routers
local:
  driver = accept
  domains = example.net
  transport = to_file
begin transports
to_file:
  driver = appendfile
  file = $dir/mail/\$local_part
  user = Debian-exim
CONF
exec exim4 -C "$dir/exim.conf" -bd -d${1:-+receive} -oX 2587
