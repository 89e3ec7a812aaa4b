# Perl Email::Sender (Debian libemail-sender-perl), SMTP transport with debug => 1: Net::SMTP's debug lines on
# stderr, then Email::Sender's own result or failure message.
#   email_sender_client.pl <plain|starttls|smtps> <port> <auth|noauth|badauth> [rcpt ...]
use strict;
use warnings;
use Email::Sender::Simple qw(sendmail);
use Email::Sender::Transport::SMTP;

my ($mode, $port, $auth, @rcpts) = @ARGV;
@rcpts = ('bob@example.net') unless @rcpts;
my %tls = $mode eq 'plain' ? () : (ssl => $mode eq 'smtps' ? 'ssl' : 'starttls', ssl_options => { SSL_verify_mode => 0 });
my %login = $auth eq 'noauth' ? () : (sasl_username => 'alice@example.com', sasl_password => $auth eq 'badauth' ? 'wrong' : 's3cret-Pa55');
my $transport = Email::Sender::Transport::SMTP->new(host => '127.0.0.1', port => $port, helo => 'client.example', debug => 1, %tls, %login);
my $msg = "From: alice\@example.com\nTo: " . join(', ', @rcpts) . "\nSubject: Corpus test 42\n\nHello Bob, message 42.\n";
my $ok = eval { sendmail($msg, { transport => $transport, from => 'alice@example.com', to => \@rcpts }) };
if ($ok) {
  print STDERR 'Sent: ', ref($ok), "\n";
} else {
  my $e = $@;
  print STDERR 'Failed: ', (ref $e && $e->can('message') ? $e->message : $e), "\n";
  if (ref $e && $e->can('failures')) {
    print STDERR '  ', join(', ', $_->recipients), ': ', $_->message, "\n" for $e->failures;
  }
}
