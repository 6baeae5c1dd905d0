# More warnings: in hash and array element contexts, with $_ and @_
# names, inside subs, from sort and from interpolated method-like text.
use strict;
use warnings;
my %h = (a => 1);
my @a = (1, 2);
my $k = "missing";
my $s = "val: $h{$k}";
$s = "idx: $a[5]";
sub show { my ($x) = @_; return "got $x" }
$s = show(undef);
sub direct { return "first $_[0]" }
$s = direct(undef);
for (undef, 1) { my $t = "topic $_"; }
my @u = (undef);
$s = "list @u";
my $total = 0;
$total += $_ for (1, undef, 3);
print "total $total\n";
my $n = undef;
$s = $n . "x" if 1;
my ($p, $q) = (1);
$s = $p + $q;
$s = $h{b} + $h{c};
my $r = {};
$s = $r->{x} . "y";
$s = ${ \undef } . "z";
print "done\n";
