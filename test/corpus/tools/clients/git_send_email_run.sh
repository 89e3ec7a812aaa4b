#!/bin/bash
# git send-email --smtp-debug=1 sending one patch file to the scripted server (no repository needed).
#   git_send_email_run.sh <plain|starttls|smtps> <port> <user:password|none> rcpt...
set -u
mode=$1 port=$2 cred=$3; shift 3
dir=$(mktemp -d /tmp/corpus-gse.XXXXXX)
cat > "$dir/0001-corpus-test-42.patch" <<'PATCH'
From 4f2a91c0b3e5d6a7b8c9d0e1f2a3b4c5d6e7f809 Mon Sep 17 00:00:00 2001
From: Alice <alice@example.com>
Date: Sun, 6 Dec 2026 10:15:00 +0000
Subject: [PATCH] Corpus test 42

---
 README | 1 +
 1 file changed, 1 insertion(+)

diff --git a/README b/README
index e69de29..d00491f 100644
--- a/README
+++ b/README
@@ -0,0 +1 @@
+message 42
--
2.39.5
PATCH
args=(--smtp-server=127.0.0.1 --smtp-server-port="$port" --smtp-domain=client.example --smtp-debug=1 --confirm=never
  --from='Alice <alice@example.com>' --suppress-cc=all --no-validate --smtp-ssl-cert-path "")
[ "$mode" = starttls ] && args+=(--smtp-encryption=tls)
[ "$mode" = smtps ] && args+=(--smtp-encryption=ssl)
[ "$cred" != none ] && args+=(--smtp-user="${cred%%:*}" --smtp-pass="${cred#*:}" --smtp-auth=LOGIN)
for r in "$@"; do args+=(--to="$r"); done
cd "$dir" && HOME="$dir" git send-email "${args[@]}" 0001-corpus-test-42.patch < /dev/null
rm -rf "$dir"
