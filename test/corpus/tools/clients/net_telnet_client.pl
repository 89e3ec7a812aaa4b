#!/usr/bin/perl
# Perl's Net::Telnet (Debian libnet-telnet-perl) as a quick SMTP test script, Telnetmode off, with input_log and
# output_log both on STDOUT: every byte received and every line sent, as they pass, in one stream. Each argument is
# sent after the previous reply's final line arrived; one starting with '#' is message text (no reply awaited).
#   net_telnet_client.pl <port> LINE...
use strict;
use warnings;
use Net::Telnet;

$| = 1;
my ($port, @lines) = @ARGV;
my $t = Net::Telnet->new(Host => '127.0.0.1', Port => $port, Telnetmode => 0, Timeout => 10,
                         Output_record_separator => "\r\n", Errmode => 'return');
$t->input_log(\*STDOUT);
$t->output_log(\*STDOUT);

sub reply {
    while (defined(my $l = $t->getline)) {
        return 1 if $l =~ /^\d{3}(?: |\r?\n)/;
    }
    print 'Error: ', ($t->errmsg || 'connection closed'), "\n";
    return 0;
}

reply() or exit 1;
for my $line (@lines) {
    if ($line =~ s/^#//) { $t->print($line); next; }
    $t->print($line);
    reply() or last;
}
$t->close;
