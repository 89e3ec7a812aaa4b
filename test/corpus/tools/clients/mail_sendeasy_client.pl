#!/usr/bin/perl
# Mail::SendEasy 1.2 (Debian libmail-sendeasy-perl): no debug switch; a script prints its error() as users paste it.
#   perl mail_sendeasy_client.pl <port> <auth|noauth|wrong> [rcpt]
use strict;
use Mail::SendEasy;
my ($port, $auth, $to) = @ARGV;
my %login = $auth eq 'auth' ? (user => 'alice@example.com', pass => 's3cret-Pa55')
          : $auth eq 'wrong' ? (user => 'alice@example.com', pass => 'wrong') : ();
my $mail = Mail::SendEasy->new(smtp => '127.0.0.1', port => $port, %login);
my $status = $mail->send(from => 'alice@example.com', to => $to || 'bob@example.net',
                         subject => 'Corpus test 42', msg => 'Hello Bob, message 42.');
if ($status) { print "Mail sent.\n" } else { print "ERROR: " . $mail->error . "\n" }
