# $_ in nested map/grep/for, and local $_ protecting the caller.
use strict;
use warnings;
my @m = map { my $o = $_; [ map { $o * $_ } 1 .. 3 ] } 1 .. 3;
print join(" | ", map { "@$_" } @m), "\n";
my @g = grep { my $x = $_; grep { $_ == $x } (2, 4) } 1 .. 5;
print "@g\n";
sub uses_topic { local $_ = shift; s/a/b/g; return $_ }
for (qw(banana cat)) {
    my $r = uses_topic($_);
    print "$_ -> $r\n";
}
$_ = "keep";
my @w = map { uc } qw(x y);
print "$_ @w\n";
for my $outer (1 .. 2) {
    for (qw(a b)) { print "$outer$_ " }
}
print "\n";
my @words = ("a b", "c d e");
my @counts = map { scalar(my @p = split) } @words;
print "@counts\n";
my %h = map { ($_ => [ map { $_ * 2 } 1 .. $_ ]) } 1 .. 3;
print join("; ", map { "$_: @{$h{$_}}" } sort keys %h), "\n";
