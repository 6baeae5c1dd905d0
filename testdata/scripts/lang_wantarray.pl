# wantarray in list, scalar and void context, and context-dependent
# returns.
use strict;
use warnings;
sub ctx {
    my $w = wantarray;
    print "context: ", (defined $w ? ($w ? "list" : "scalar") : "void"), "\n";
    return;
}
my @l = ctx();
my $s = ctx();
ctx();
my ($x) = ctx();
print "in if: "; if (ctx()) { }
sub both { return wantarray ? (1, 2, 3) : "scalar" }
my @all = both();
my $one = both();
print "@all | $one\n";
print "interp: @{[ both() ]} ${\ scalar both() }\n";
sub lastval { return (4, 5, 6) }
my $last = lastval();
my ($f) = lastval();
my $count = () = lastval();
print "last=$last first=$f count=$count\n";
sub arr { my @r = (7, 8, 9); return @r }
my $n = arr();
print "array in scalar: $n\n";
my $c = (my @tmp = arr());
print "list assign count: $c\n";
