#!/bin/bash
# Postfix's posttls-finger (from the unpacked postfix .deb, see capture.py) probing the scripted server: it logs
# the SMTP chat (`< `, `> `) and its TLS findings on stderr. Own empty config dir.
#   posttls_finger_run.sh <port> [options...]
set -u
port=$1; shift
dir=$(mktemp -d /tmp/corpus-ptf.XXXXXX)
touch "$dir/main.cf"
PFX=/tmp/xdeb-postfix/root
MAIL_CONFIG=$dir LD_LIBRARY_PATH=$PFX/usr/lib/postfix $PFX/usr/sbin/posttls-finger "$@" "[127.0.0.1]:$port" 2>&1
echo "exit status $?"
rm -rf "$dir"
