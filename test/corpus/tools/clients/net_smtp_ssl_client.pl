# Perl Net::SMTP::SSL (Debian libnet-smtp-ssl-perl) with Debug => 1: implicit TLS only, its debug lines carry its own class name.
#   perl net_smtp_ssl_client.pl PORT auth|badauth|noauth [RCPT ...]
use strict; use warnings; use Net::SMTP::SSL; use IO::Socket::SSL;
# Net::SMTP::SSL passes no SSL options of its own on: a script that accepts a self-signed certificate sets the default.
IO::Socket::SSL::set_defaults(SSL_verify_mode => SSL_VERIFY_NONE);
my ($port, $auth, @rcpt) = @ARGV;
@rcpt = ('bob@example.net') unless @rcpt;
my $smtp = Net::SMTP::SSL->new('127.0.0.1', Port => $port, Hello => 'client.example', Debug => 1, Timeout => 10, SSL_verify_mode => 0)
  or die "connect failed: $@";
if ($auth ne 'noauth') {
  $smtp->auth('alice@example.com', $auth eq 'auth' ? 's3cret-Pa55' : 'wrong') or die 'AUTH failed: ' . $smtp->code . ' ' . $smtp->message;
}
$smtp->mail('alice@example.com') or die 'MAIL failed: ' . $smtp->code . ' ' . $smtp->message;
my @ok = $smtp->recipient(@rcpt, { SkipBad => 1 });
if (@ok) {
  $smtp->data();
  $smtp->datasend("From: alice\@example.com\nTo: $rcpt[0]\nSubject: Corpus test 42\n\nHello from Net::SMTP::SSL, message 42.\n");
  $smtp->dataend() or print STDERR 'DATA failed: ', $smtp->code, ' ', $smtp->message;
}
$smtp->quit;
