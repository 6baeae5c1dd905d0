# String comparisons and && || used as conditions: byte and character
# strings, numbers compared as strings, undefined operands warning with
# their names, and the truth of a && b / a || b.
use strict;
use warnings;

local $SIG{__WARN__} = sub { print "warn: $_[0]" };

my @pairs = (["abc", "abd"], ["b", "a"], ["x", "x"], [10, 9], [1.5, "1.5"],
             ["caf\x{e9}", "caf\x{263a}"], ["\x{e9}", "\xe9"], ["", "0"], ["a", "a\0"]);
for my $p (@pairs) {
    my ($x, $y) = @$p;
    my @r;
    push @r, "eq" if $x eq $y;
    push @r, "ne" if $x ne $y;
    push @r, "lt" if $x lt $y;
    push @r, "gt" if $x gt $y;
    push @r, "le" if $x le $y;
    push @r, "ge" if $x ge $y;
    push @r, "cmp" if $x cmp $y;
    print join(",", @r), "\n";
}

my $u;
print "undef eq empty\n" if $u eq "";
print "lt undef\n" unless "a" lt $u;
my %h = (k => undef);
print "elem\n" if $h{k} eq "";
my @a = (undef);
print "aelem\n" if $a[0] ne "x";

my $w = "fig";
my $k = $w eq "fig" ? "short" : $w ne "apple" && length($w) > 5 ? "long" : "other";
print "$k\n";
for my $v (qw(apple banana cherry date)) {
    my $c = $v eq "fig" ? "short"
          : $v ne "apple" && length($v) > 5 ? "long"
          : $v le "cherry" ? "early"
          : "late";
    print "$v=$c\n";
    print "either\n" if $v eq "apple" || $v eq "date";
    print "and-low\n" if $v gt "b" and $v lt "d";
    print "or-low\n" if $v lt "b" or $v gt "c";
}

my $s = "abcdef";
my $n = 0;
for (my $p = 0; $p < length $s; $p++) {
    $n++ if substr($s, $p, 1) ge "c";
}
print "n=$n\n";

my $x = "a";
print "changed\n" if $x eq ($x = "b");
my $obj = bless {}, "Foo";
print "ref ne\n" if $obj ne "Foo";
print "num str\n" if 3 . "" eq "3";
for my $p (@pairs) {
    my ($x, $y) = @$p;
    my @v = ($x cmp $y, $y cmp $x, $x eq $y, $x ne $y, $x lt $y, $x ge $y, "q" cmp $x);
    print join("|", map { defined $_ ? "<$_>" : "undef" } @v), "\n";
}
my $c = $u cmp "a";
print "c=$c\n";
