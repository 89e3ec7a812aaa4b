<?php
// Horde_Smtp 1.9.6 (Debian php-horde-smtp) with its debug stream on stdout: "C: EHLO …", "S: 250-…" among its
// own notes, then the script prints the exception a failure throws.
//   php horde_smtp_client.php <plain|starttls|smtps> <port> <auth|noauth|badauth> [rcpt ...]
spl_autoload_register(function ($c) { @include_once str_replace(['_', '\\'], '/', $c) . '.php'; });
[$self, $mode, $port, $auth] = array_slice($argv, 0, 4);
$rcpts = array_slice($argv, 4) ?: ['bob@example.net'];
$p = ['host' => '127.0.0.1', 'port' => (int) $port, 'localhost' => 'client.example', 'debug' => 'php://stdout',
      'secure' => $mode === 'smtps' ? 'ssl' : ($mode === 'starttls' ? 'tls' : false),
      'context' => ['ssl' => ['verify_peer' => false, 'verify_peer_name' => false, 'allow_self_signed' => true]]];
if ($auth !== 'noauth') { $p['username'] = 'alice@example.com'; $p['password'] = $auth === 'auth' ? 's3cret-Pa55' : 'wrong'; }
try {
  $smtp = new Horde_Smtp($p);
  $r = $smtp->send('alice@example.com', $rcpts, "Subject: Corpus test 42\r\nFrom: alice@example.com\r\n\r\nHello Bob, message 42.\r\n");
  echo 'Result: ', json_encode($r), "\n";
  $smtp->shutdown();
} catch (Exception $e) {
  echo get_class($e), ': ', $e->getMessage(), ' (', $e->getCode(), ")\n";
}
