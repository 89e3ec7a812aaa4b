#!/usr/bin/perl
# Net::SMTPS (CPAN) with Debug => 1, as a user turns it on: the debug lines go to stderr.
#   perl net_smtps_client.pl <plain|starttls|smtps> <port> <auth|noauth|badauth> [rcpt...]
use strict;
use warnings;
use Net::SMTPS;

my ($mode, $port, $auth, @rcpts) = @ARGV;
@rcpts = ('bob@example.net') unless @rcpts;
my $smtp = Net::SMTPS->new('127.0.0.1', Port => $port, Hello => 'client.example', Debug => 1, Timeout => 10,
  ($mode eq 'plain' ? () : (doSSL => $mode eq 'smtps' ? 'ssl' : 'starttls')), SSL_verify_mode => 0)
  or die "Cannot connect: $@\n";
if ($auth ne 'noauth') {
  $smtp->auth('alice@example.com', $auth eq 'auth' ? 's3cret-Pa55' : 'wrong', 'LOGIN')
    or die 'Authentication failed: ' . $smtp->code . ' ' . $smtp->message;
}
$smtp->mail('alice@example.com') or die 'MAIL failed: ' . $smtp->message;
my @ok = $smtp->recipient(@rcpts, { SkipBad => 1 });
print 'Accepted recipients: ', join(', ', @ok), "\n";
if ($smtp->data()) {
  $smtp->datasend("From: alice\@example.com\nTo: bob\@example.net\nSubject: Corpus test 42\n\nHello Bob, message 42.\n");
  $smtp->dataend() or print 'Message refused: ', $smtp->message;
} else {
  print 'DATA refused: ', $smtp->message;
}
$smtp->quit;
