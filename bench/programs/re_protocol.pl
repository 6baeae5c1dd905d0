# Regex: a line protocol parsed with match and captures over a million
# lines generated in the script: strip the line ending, split the command
# from its arguments, recognise numbers, quit commands and key=value.
use strict;
use warnings;

my @cmds = ("GET key%d\r\n", "SET key value %d\r\n", "INCR counter%d\n", "PING%.0s\r\n",
            "DEL key%d\n", "quit %d\r\n", "EXPIRE key%d 30\n", "x=%d y=2\r\n");
my @lines = map { sprintf $cmds[$_ % @cmds], $_ } 1 .. 1000;
my ($n, $sum, $quits, $nums, $kv, $bad) = (0, 0, 0, 0, 0, 0);
my %seen;
for my $round (1 .. 500) {
    for my $raw (@lines) {
        my $line = $raw;
        $line =~ s/\r?\n$//;
        if ($line =~ /^(\w+)\s+(.*)$/) {
            my ($cmd, $args) = ($1, $2);
            $seen{$cmd}++;
            $quits++ if $cmd =~ /^(?:quit|exit)$/i;
            if ($args =~ /(\d+)$/) { $sum += $1; $nums++ }
        } elsif ($line =~ /^ \w+ = \d+ /x) {
            $kv++;
        } elsif ($line =~ /^[A-Z]+$/) {
            $n++;
        } else {
            $bad++;
        }
    }
}
print join(",", map { "$_=$seen{$_}" } sort keys %seen), "\n";
print "bare=$n quits=$quits nums=$nums sum=$sum kv=$kv bad=$bad\n";
