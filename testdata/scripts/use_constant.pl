# use constant: scalars, lists and a hash of constants.
use strict;
use constant PI => 3.14159;
use constant DEBUG => 0;
use constant { PORT => 8080, HOST => '127.0.0.1', EOL => "\015\012" };
use constant COLORS => qw(red green blue);
my @c = (COLORS);
print PI * 2, " ", PORT, " ", HOST, " ", length(EOL), " ", scalar(@c), " $c[1]\n";
print "debug\n" if DEBUG;
print __PACKAGE__->PORT, " ", main::PI, "\n";
my $area = PI * 10 ** 2; print "$area\n";
