# local on perl's special variables: $_, $/, $|, $, and $\ restored at
# scope exit.
use strict;
use warnings;
$_ = "outer";
sub topic { return "topic=$_" }
{
    local $_ = "inner";
    print topic(), "\n";
}
print topic(), "\n";
for (qw(a b)) {
    print "loop $_\n";
}
print "after loop: $_\n";
{
    local $, = "-";
    local $\ = "!\n";
    print "a", "b", "c";
}
print "a", "b", "c", "\n";
{
    local $" = ":";
    my @a = (1, 2, 3);
    print "@a\n";
}
my @b = (4, 5);
print "@b\n";
{
    local $/ = undef;
    print defined $/ ? "defined\n" : "slurp mode\n";
}
print length($/), "\n";
{
    local $| = 1;
    print "autoflush $|\n";
}
print "autoflush $|\n";
my %h;
{
    local $; = "|";
    $h{1, 2} = "x";
}
$h{3, 4} = "y";
print join(",", map { my $k = $_; $k =~ s/\x1c/^/; $k } sort keys %h), "\n";
