#!/bin/bash
# Re-creates the printed-transcript corpus (test/corpus/transcripts/{dev,holdout}). Not run by CI.
# Run as root on a machine with loopback only; ports 465, 587 and 2587 on 127.0.0.1 must be free.
# See ../transcripts/README.md for the producers, their versions and the one-time setup below.
#
#   bash test/corpus/tools/capture.sh [producer/name-substring ...]
#
# One-time setup (Debian 12):
#   apt-get install -y --no-install-recommends swaks msmtp ruby php-cli libphp-phpmailer libjakarta-mail-java \
#     golang-go s-nail neomutt telnet netcat-openbsd libio-socket-ssl-perl libnet-ssleay-perl libauthen-sasl-perl
#   mkdir -p /tmp/corpus-tls && openssl req -x509 -newkey rsa:2048 -nodes -keyout /tmp/corpus-tls/key.pem \
#     -out /tmp/corpus-tls/cert.pem -days 3650 -subj /CN=mail.test.example
#   mkdir -p /tmp/corpus-node && cd /tmp/corpus-node && npm init -y && npm install nodemailer smtp-server Haraka
#   Haraka: haraka -i /tmp/haraka/cfg; then config/smtp.ini listen=127.0.0.1:2587 nodes=0, log.ini level=protocol
#     timestamps=true, plugins = rcpt_to.in_host_list + queue/test, host_list = example.net, me = mx.test.example
#   Go:   mkdir /tmp/corpus-go && cp clients/GoClient.go /tmp/corpus-go/main.go && (cd /tmp/corpus-go && go mod init corpusgo && go build -o goclient .)
#   Java: mkdir /tmp/corpus-java && javac -cp /usr/share/java/jakarta-mail.jar:/usr/share/java/jakarta-activation.jar -d /tmp/corpus-java clients/JavaMailClient.java
#   The MTAs conflict as Debian packages (mail-transport-agent): install exim4-daemon-light, capture exim-bh; then
#   opensmtpd (config in README), capture opensmtpd; then postfix (postconf settings in capture.py), capture postfix.
# Later rounds (dev2 … dev5): their one-time setup is in ../transcripts/README.md (each group's section) and in capture.py.
# dev9: run `python3 dev9Corrections.py` after expect.py (see the Dev9 group in the README).
# dev10: run `python3 dev10Corrections.py` after expect.py (see the Dev10 group in the README).
# dev11: run `python3 dev11Corrections.py` after expect.py (see the Dev11 group in the README).
# dev12: run `python3 dev12Corrections.py` after expect.py (see the Dev12 group in the README).
# dev13: run `python3 dev13Corrections.py` after expect.py (see the Dev13 group in the README).
set -euo pipefail
cd "$(dirname "$0")"
python3 capture.py "$@"
python3 expect.py --audit
