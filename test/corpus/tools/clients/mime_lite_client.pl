#!/usr/bin/perl
# MIME::Lite 3.033 sending over SMTP with Debug => 1 (Net::SMTP's debug lines underneath), and its die
# message on failure, as a script prints them.
#   mime_lite_client.pl <plain|smtps> <port> <auth|noauth> [rcpt...]
use strict;
use warnings;
use MIME::Lite;
use IO::Socket::SSL;
IO::Socket::SSL::set_defaults(SSL_verify_mode => SSL_VERIFY_NONE);  # the scripted server's self-signed certificate
my ($mode, $port, $auth, @rcpt) = @ARGV;
@rcpt = ('bob@example.net') unless @rcpt;
my $msg = MIME::Lite->new(From => 'alice@example.com', To => join(', ', @rcpt), Subject => 'Corpus test 42',
    Data => "Hello Bob,\nthis is test message 42.\n");
my %args = (Port => $port, Hello => 'client.example', Debug => 1, Timeout => 10);
%args = (%args, SSL => 1) if $mode eq 'smtps';
%args = (%args, AuthUser => 'alice@example.com', AuthPass => 's3cret-Pa55') if $auth eq 'auth';
eval { $msg->send('smtp', '127.0.0.1', %args); print "sent\n"; 1 } or print "send failed: $@";
