# next and last in a sub leave it for the caller's loop with a warning;
# with no loop at all they die.
use strict; use warnings;
sub skip_odd { next if $_[0] % 2; }
for my $i (1 .. 5) { skip_odd($i); print "i=$i\n"; }
sub stop { last }
my $n = 0;
while (1) { $n++; stop() if $n == 3; }
print "n=$n\n";
our $g = "orig";
sub loc { local $g = "temp"; next }
for (1..2) { loc(); }
print "g=$g\n";
OUTER: for my $x (1..3) { for my $y (1..3) { sub { next OUTER if $y == 2 }->(); print "$x$y "; } }
print "\n";
stop();
print "not reached\n";
