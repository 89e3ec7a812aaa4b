# Perl Net::SMTP_auth 0.08 (Debian libnet-smtpauth-perl), a Net::SMTP subclass with its own auth(TYPE, user, pass), Debug => 1.
use strict; use warnings; use Net::SMTP_auth; use Getopt::Long;
my ($port, $ssl, $starttls, $auth, $authtype, @rcpt) = (587, 0, 0, 0, "PLAIN");
GetOptions('port=i' => \$port, 'ssl' => \$ssl, 'starttls' => \$starttls, 'auth' => \$auth, 'type=s' => \$authtype, 'rcpt=s' => \@rcpt);
@rcpt = ('bob@example.net') unless @rcpt;
my $smtp = Net::SMTP_auth->new('127.0.0.1', Port => $port, Hello => 'client.example', Debug => 1, Timeout => 10,
  ($ssl ? (SSL => 1, SSL_verify_mode => 0) : ())) or die "connect failed: $@";
if ($starttls) { $smtp->starttls(SSL_verify_mode => 0) or die "STARTTLS failed: " . $smtp->message; }
if ($auth) { $smtp->auth($authtype, 'alice@example.com', 's3cret-Pa55') or die 'AUTH failed: ' . $smtp->code . ' ' . $smtp->message; }
$smtp->mail('alice@example.com') or die 'MAIL failed: ' . $smtp->message;
my @ok = $smtp->recipient(@rcpt, { SkipBad => 1 });
if (@ok) {
  $smtp->data();
  $smtp->datasend("From: alice\@example.com\nTo: $rcpt[0]\nSubject: Corpus test 42\n\nHello from Net::SMTP_auth, message 42.\n");
  $smtp->dataend() or print STDERR 'DATA failed: ', $smtp->code, "\n";
}
$smtp->quit;
