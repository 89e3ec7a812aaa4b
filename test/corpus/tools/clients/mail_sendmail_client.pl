# Mail::Sendmail with its protocol debug on ($mailcfg{debug} > 5 prints "<reply" and ">command" lines),
# as its documentation suggests for finding out why a message is not sent.
#   perl mail_sendmail_client.pl <port> [--auth user:password] [rcpt ...]
use strict;
use warnings;
use Mail::Sendmail;

my $port = shift @ARGV;
my %auth;
if (@ARGV && $ARGV[0] eq '--auth') {
  shift @ARGV;
  my ($user, $pass) = split /:/, shift(@ARGV), 2;
  %auth = (auth => { user => $user, password => $pass, method => 'LOGIN', required => 1 });
}
my $to = @ARGV ? join(', ', @ARGV) : 'bob@example.net';
$Mail::Sendmail::mailcfg{debug} = 6;
my %mail = (To => $to, From => 'alice@example.com', Subject => 'Corpus test 42', Message => 'Hello Bob, message 42.',
  smtp => '127.0.0.1', port => $port, %auth);
sendmail(%mail) or print "Error sending mail: $Mail::Sendmail::error\n";
print "\$Mail::Sendmail::log says:\n", $Mail::Sendmail::log, "\n";
