# tr/// counting in a variable: byte strings of every length, numbers,
# undef (warning), character strings, and aliases.
use strict;
use warnings;

local $SIG{__WARN__} = sub { print "warn: $_[0]" };
for my $s ("", "a", "ab", "abc", "abcd", "abcde", "aeiouAEIOUxyz" x 3, "0123456789") {
    my $v = ($s =~ tr/aeiouAEIOU//);
    my $d = ($s =~ tr/0-9//);
    print length($s), " $v $d\n";
}
my $n = 1234567;
print "digits: ", ($n =~ tr/0-9//), "\n";
my $u;
print "undef: ", ($u =~ tr/a//), "\n";
my $w = "caf\x{e9}\x{263a}aa";
print "wide: ", ($w =~ tr/a//), "\n";
my @list = ("xax", "aaa");
my $total = 0;
$total += ($_ =~ tr/a//) for @list;
for my $x (@list) { $total += ($x =~ tr/x//) }
print "total: $total\n";
