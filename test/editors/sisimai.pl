#!/usr/bin/perl
# Runs Sisimai, an established bounce parser, over bounce files or directories of them and prints
# one JSON object per recipient it finds: file, recipient, deliverystatus, replycode, action,
# diagnosticcode, rhost and reason. Used by test/editors/sisimai.test.ts.
use strict;
use warnings;
use Sisimai;
use JSON::PP;

my $json = JSON::PP->new->canonical;
my @files;
for my $arg (@ARGV) {
    if (-d $arg) {
        opendir(my $dh, $arg) or die "cannot read $arg: $!";
        push @files, map { "$arg/$_" } sort grep { /\.eml$/ } readdir($dh);
        closedir($dh);
    } else {
        push @files, $arg;
    }
}
for my $file (@files) {
    my $records = eval { Sisimai->make($file, 'delivered' => 1) } || [];
    for my $r (@$records) {
        print $json->encode({
            file           => $file,
            recipient      => $r->recipient ? $r->recipient->address : '',
            deliverystatus => $r->deliverystatus // '',
            replycode      => '' . ($r->replycode // ''),
            action         => $r->action // '',
            diagnosticcode => $r->diagnosticcode // '',
            rhost          => $r->rhost // '',
            reason         => $r->reason // '',
        }), "\n";
    }
}
