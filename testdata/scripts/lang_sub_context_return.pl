# return in list and scalar context: arrays, hashes, lists, slices and
# bare return.
use strict;
use warnings;
sub arr { my @a = (4, 5, 6); return @a }
sub lst { return (4, 5, 6) }
sub hsh { my %h = (a => 1); return %h }
sub bare { return }
sub slice { my @a = (1 .. 5); return @a[1, 2] }
my $s1 = arr();
my $s2 = lst();
my @l1 = arr();
my ($f) = lst();
my $s3 = bare();
my @l3 = bare();
my $s4 = slice();
my %h = hsh();
print "$s1 $s2 @l1 $f ", (defined $s3 ? "def" : "undef"), " ", scalar(@l3), " $s4 $h{a}\n";
sub ctx { return wantarray ? "list" : defined(wantarray) ? "scalar" : "void" }
my @x = (ctx(), scalar(ctx()));
print "@x\n";
print "in string: @{[ctx()]} ${\ ctx()}\n";
my %hh = (k => ctx());
print "hash value: $hh{k}\n";
my @arr = (ctx()) x 2;
print "@arr\n";
sub early { my $n = shift; return "neg" if $n < 0; return "zero" unless $n; "pos" }
print join(",", map { early($_) } (-1, 0, 1)), "\n";
