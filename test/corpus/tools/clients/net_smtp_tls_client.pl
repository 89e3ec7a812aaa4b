#!/usr/bin/perl
# Net::SMTP::TLS 0.12 (Debian libnet-smtp-tls-perl): always STARTTLS, then AUTH; it has no debug switch and
# croaks with the failing reply, so a script prints its progress and the croak message.
#   net_smtp_tls_client.pl <port> <user:password> [rcpt...]
use strict;
use warnings;
use IO::Socket::SSL;
IO::Socket::SSL::set_defaults(SSL_verify_mode => SSL_VERIFY_NONE);  # the scripted server's self-signed certificate
use Net::SMTP::TLS;
my ($port, $cred, @rcpt) = @ARGV;
@rcpt = ('bob@example.net') unless @rcpt;
my ($user, $pass) = split /:/, $cred, 2;
eval {
    my $smtp = Net::SMTP::TLS->new('127.0.0.1', Port => $port, Hello => 'client.example', User => $user, Password => $pass, Timeout => 10);
    print "connected, authenticated as $user\n";
    $smtp->mail('alice@example.com');
    for my $r (@rcpt) { $smtp->to($r); print "recipient $r accepted\n"; }
    $smtp->data;
    $smtp->datasend("From: alice\@example.com\nTo: @rcpt\nSubject: Corpus test 42\n\nHello Bob, message 42.\n");
    $smtp->dataend;
    print "message sent\n";
    $smtp->quit;
    1;
} or print "Error: $@";
