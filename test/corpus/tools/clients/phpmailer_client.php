<?php
// PHPMailer with SMTPDebug 1..4 (Debian's libphp-phpmailer).
require '/usr/share/php/libphp-phpmailer/src/Exception.php';
require '/usr/share/php/libphp-phpmailer/src/PHPMailer.php';
require '/usr/share/php/libphp-phpmailer/src/SMTP.php';
use PHPMailer\PHPMailer\PHPMailer;
[$self, $level, $mode, $port, $auth] = array_pad($argv, 5, null);
$rcpts = array_slice($argv, 5) ?: ['bob@example.net'];
$m = new PHPMailer(true);
$m->isSMTP();
$m->SMTPDebug = (int)$level;
$m->Debugoutput = 'echo';
$m->Host = '127.0.0.1';
$m->Port = (int)$port;
$m->Hostname = 'client.example';
$m->SMTPAutoTLS = $mode === 'starttls';
$m->SMTPSecure = $mode === 'smtps' ? PHPMailer::ENCRYPTION_SMTPS : ($mode === 'starttls' ? PHPMailer::ENCRYPTION_STARTTLS : '');
$m->SMTPOptions = ['ssl' => ['verify_peer' => false, 'verify_peer_name' => false, 'allow_self_signed' => true]];
if ($auth === 'auth') { $m->SMTPAuth = true; $m->Username = 'alice@example.com'; $m->Password = 's3cret-Pa55'; $m->AuthType = 'LOGIN'; }
$m->setFrom('alice@example.com', 'Alice');
foreach ($rcpts as $r) { $m->addAddress($r); }
$m->Subject = 'Corpus test 42';
$m->Body = "Hello Bob,\nthis is test message 42.\n";
try { $m->send(); echo "Message has been sent\n"; } catch (Exception $e) { echo "Message could not be sent. Mailer Error: {$m->ErrorInfo}\n"; }
