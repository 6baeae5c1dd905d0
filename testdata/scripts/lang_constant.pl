# use constant: scalars, lists, hashes of constants, and constants in
# expressions and interpolation via @{[ ]}.
use strict;
use warnings;
use constant PI => 3.14159;
use constant E => 2.71828;
use constant DEBUG => 0;
use constant COLORS => qw(red green blue);
use constant { ALPHA => 1, BETA => 2, NAME => "const" };
use constant EMPTY => ();
print PI, " ", E, " ", PI * 2, "\n";
print "debug off\n" unless DEBUG;
my @c = (COLORS);
print scalar(@c), " ", (COLORS)[1], " ", join(",", COLORS), "\n";
print ALPHA + BETA, " ", NAME, "\n";
print "interp: @{[ PI ]} and ${\ NAME}\n";
my %h = (ALPHA, "one", BETA, "two");
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
my %k = (NAME => 1);
print join(",", keys %k), "\n";
print scalar(my @e = EMPTY), "\n";
print __PACKAGE__->can('PI') ? "can PI\n" : "cannot\n";
print main::PI(), " ", &PI, "\n";
