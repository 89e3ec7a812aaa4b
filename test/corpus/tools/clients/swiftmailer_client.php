<?php
// Swift Mailer 6.3 (Debian php-swiftmailer) with the logger plugin and its EchoLogger: "++ Starting Swift_SmtpTransport",
// ">> EHLO …", "<< 250-…" as it goes, then the script prints the exception a failure throws.
//   php swiftmailer_client.php <plain|starttls|smtps> <port> <auth|noauth|badauth> [rcpt ...]
require_once '/usr/share/php/Egulias/EmailValidator/autoload.php';
require_once '/usr/share/php/Swift/swift_required.php';
[$self, $mode, $port, $auth] = array_slice($argv, 0, 4);
$rcpts = array_slice($argv, 4) ?: ['bob@example.net'];
$t = new Swift_SmtpTransport('127.0.0.1', (int) $port, $mode === 'smtps' ? 'ssl' : ($mode === 'starttls' ? 'tls' : null));
$t->setStreamOptions(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false, 'allow_self_signed' => true]]);
$t->setLocalDomain('client.example');
if ($auth !== 'noauth') { $t->setUsername('alice@example.com'); $t->setPassword($auth === 'auth' ? 's3cret-Pa55' : 'wrong'); }
$mailer = new Swift_Mailer($t);
$mailer->registerPlugin(new Swift_Plugins_LoggerPlugin(new Swift_Plugins_Loggers_EchoLogger(false)));
$m = (new Swift_Message('Corpus test 42'))->setFrom('alice@example.com')->setTo($rcpts)->setBody('Hello Bob, message 42.');
try {
  $failed = [];
  $n = $mailer->send($m, $failed);
  echo "Sent to $n recipient(s)", $failed ? '; refused: ' . implode(', ', $failed) : '', "\n";
} catch (Exception $e) {
  echo get_class($e), ': ', $e->getMessage(), "\n";
}
