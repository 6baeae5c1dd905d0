# Hash construction warnings: odd lists, references where a list was
# expected, and anonymous hashes.
use strict;
use warnings;
my %a = (1, 2, 3);
my %b = ([1, 2]);
my %c = ({ x => 1 });
my $r = { 1, 2, 3 };
my %d = ();
my @list = (1, 2, 3);
my %e = @list;
my %f = (@list, 4);
print scalar(keys %a), scalar(keys %e), scalar(keys %f), "\n";
