#!/bin/bash
# chasquid 1.11 (Debian chasquid) as the server, SMTP on 127.0.0.1:2587 (behind recordingProxy.py), its log on stderr with
# -v=2 -alsologtostderr: "SMTP.Conn 127.0.0.1:56652: -> EHLO client.example" for each command received and
# "<- 250  mx.test.example - …\n8BITMIME\n…" for each reply (a multi-line reply joined by literal \n), among its debug lines.
# Config in /tmp/corpus-chasquid, made anew each run: domain example.net with alias bob (piped to /bin/true), the corpus
# certificate for STARTTLS, MDA /bin/true.
set -e
D=/tmp/corpus-chasquid
rm -rf "$D"; mkdir -p "$D/certs/mx.test.example" "$D/domains/example.net" "$D/data"
cp "${CORPUS_TLS:-/tmp/corpus-tls}/cert.pem" "$D/certs/mx.test.example/fullchain.pem"
cp "${CORPUS_TLS:-/tmp/corpus-tls}/key.pem" "$D/certs/mx.test.example/privkey.pem"
echo 'bob: | /bin/true' > "$D/domains/example.net/aliases"
cat > "$D/chasquid.conf" <<CONF
hostname: "mx.test.example"
smtp_address: "127.0.0.1:2587"
submission_address: "127.0.0.1:2588"
submission_over_tls_address: "127.0.0.1:2465"
data_dir: "$D/data"
mail_delivery_agent_bin: "/bin/true"
mail_log_path: "<stdout>"
CONF
exec chasquid -config_dir "$D" -v=2 -alsologtostderr
