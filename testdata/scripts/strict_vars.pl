# use strict vars: perl's compile-time or run-time error.
use strict;
my $y = 1;
$x = 2;
print "$x $z\n";
my %h; @a = (1);
$h{q} = $w;
