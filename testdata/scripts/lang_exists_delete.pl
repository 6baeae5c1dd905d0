# exists and delete on hashes, arrays and slices; nested autovivification.
use strict;
use warnings;
my %h = (a => 1, b => undef, c => 3, d => 4);
for my $k (qw(a b z)) {
    printf "%s: exists=%d defined=%d\n", $k, exists $h{$k} ? 1 : 0, defined $h{$k} ? 1 : 0;
}
my $v = delete $h{a};
print "deleted $v, left: ", join(",", sort keys %h), "\n";
my @gone = delete @h{qw(c d)};
print "slice deleted: @gone, left: ", join(",", sort keys %h), "\n";
my %nest;
print "before: ", (exists $nest{x} ? "yes" : "no"), "\n";
print "deep: ", (exists $nest{x}{y} ? "yes" : "no"), "\n";
print "after (autovivified x): ", (exists $nest{x} ? "yes" : "no"), "\n";
my @a = (1, 2, 3);
print "exists a[1]: ", (exists $a[1] ? 1 : 0), " a[5]: ", (exists $a[5] ? 1 : 0), "\n";
delete $a[2];
print "after delete last: ", scalar(@a), "\n";
sub present { 1 }
print "sub exists: ", (exists &present ? 1 : 0), " ", (exists &absent ? 1 : 0), "\n";
print "sub defined: ", (defined &present ? 1 : 0), "\n";
my %kv = (x => 1, y => 2, z => 3);
my %removed = delete %kv{qw(x y)};
print join(",", map { "$_=$removed{$_}" } sort keys %removed), " left ", join(",", keys %kv), "\n";
