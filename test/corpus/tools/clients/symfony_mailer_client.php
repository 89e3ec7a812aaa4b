<?php
// Symfony Mailer's ESMTP transport; prints the SMTP log it keeps (SentMessage::getDebug(), or the exception's).
//   php symfony_mailer_client.php <plain|starttls|smtps> <port> <auth|noauth|badauth> [rcpt...]
require '/usr/share/php/Symfony/Component/Mailer/autoload.php';
require '/usr/share/php/Symfony/Component/Mime/autoload.php';

use Symfony\Component\Mailer\Exception\TransportExceptionInterface;
use Symfony\Component\Mailer\Transport\Smtp\EsmtpTransport;
use Symfony\Component\Mime\Email;

[, $mode, $port, $auth] = $argv;
$rcpts = array_slice($argv, 4) ?: ['bob@example.net'];
$transport = new EsmtpTransport('127.0.0.1', (int) $port, $mode === 'smtps');
$transport->setLocalDomain('client.example');
$stream = $transport->getStream();
$stream->setStreamOptions(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false, 'allow_self_signed' => true]]);
if ($auth !== 'noauth') {
    $transport->setUsername('alice@example.com');
    $transport->setPassword($auth === 'auth' ? 's3cret-Pa55' : 'wrong');
}
$email = (new Email())->from('alice@example.com')->to(...$rcpts)->subject('Corpus test 42')->text('Hello Bob, message 42.');
try {
    $sent = $transport->send($email);
    echo $sent->getDebug();
    echo 'Message sent: ', $sent->getMessageId(), "\n";
} catch (TransportExceptionInterface $e) {
    echo $e->getDebug();
    echo 'Error: ', $e->getMessage(), "\n";
}
