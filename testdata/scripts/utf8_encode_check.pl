# Encode's CHECK argument: FB_CROAK dies at malformed input, FB_QUIET
# stops there and leaves the rest in the source.
use strict;
use warnings;
use Encode qw(decode encode FB_CROAK FB_QUIET LEAVE_SRC);
my $x = "a\xffb";
my $r = eval { decode('UTF-8', $x, FB_CROAK) };
print defined $r ? "decoded\n" : "croaked: $@";
my $w = "\x{263A}";
eval { encode('latin1', $w, FB_CROAK) };
print "croaked: $@";
my $y = "ab\xffcd";
my $q = decode('UTF-8', $y, FB_QUIET);
print length($q), " left ", length($y), "\n";
my $ok = "\xc3\xa9t\xc3\xa9";
my $d = decode('UTF-8', $ok, FB_CROAK);
print length($d), " source now ", length($ok), "\n";
$ok = "\xc3\xa9";
$d = decode('UTF-8', $ok, FB_CROAK | LEAVE_SRC);
print length($d), " source kept ", length($ok), "\n";
print Encode::FB_CROAK(), Encode::FB_QUIET(), Encode::FB_WARN(), Encode::LEAVE_SRC(), "\n";
