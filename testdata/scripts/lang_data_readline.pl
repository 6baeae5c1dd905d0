# Reading __DATA__ line by line with $., chomp, last and redo-free
# parsing, and slurping the rest.
use strict;
use warnings;
my %sections;
my $current = "none";
while (my $line = <DATA>) {
    chomp $line;
    next if $line =~ /^\s*$/;
    if ($line =~ /^== (\w+) ==$/) { $current = $1; next }
    last if $line eq "STOP";
    push @{ $sections{$current} }, "$.:$line";
}
print "$_: @{$sections{$_}}\n" for sort keys %sections;
local $/;
my $rest = <DATA>;
print "rest has ", scalar(split /\n/, $rest), " lines\n";
__DATA__
== alpha ==
one
two

== beta ==
three
STOP
after stop 1
after stop 2
