<?php
// PEAR Net_SMTP with setDebug(true): it prints "DEBUG: Send: …" and "DEBUG: Recv: …" for every line.
//   php pear_net_smtp_client.php <plain|starttls|smtps> <port> <auth|noauth|badauth> [rcpt ...]
require_once 'Net/SMTP.php';
[$self, $mode, $port, $auth] = array_slice($argv, 0, 4);
$rcpts = array_slice($argv, 4) ?: ['bob@example.net'];
$host = $mode === 'smtps' ? 'ssl://127.0.0.1' : '127.0.0.1';
$tls = ['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]];
$smtp = new Net_SMTP($host, (int) $port, 'client.example', false, 0, $tls);
$smtp->setDebug(true);
function check($r) { if (PEAR::isError($r)) { echo 'Error: ', $r->getMessage(), "\n"; return false; } return true; }
if (!check($smtp->connect(10))) exit(1);
if ($auth !== 'noauth') check($smtp->auth('alice@example.com', $auth === 'auth' ? 's3cret-Pa55' : 'wrong', 'PLAIN', $mode === 'starttls'));
if (check($smtp->mailFrom('alice@example.com'))) {
  $ok = 0;
  foreach ($rcpts as $r) { if (check($smtp->rcptTo($r))) $ok++; }
  if ($ok) check($smtp->data("Subject: Corpus test 42\r\nFrom: alice@example.com\r\n\r\nHello Bob, message 42.\r\n"));
}
$smtp->disconnect();
