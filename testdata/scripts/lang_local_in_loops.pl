# local inside loops and recursion: each iteration restores the value.
use strict;
use warnings;
our $depth = 0;
our @path;
sub visit {
    my ($node, $tree) = @_;
    local $depth = $depth + 1;
    local @path = (@path, $node);
    my @out = (("  " x ($depth - 1)) . join("/", @path));
    push @out, visit($_, $tree) for @{ $tree->{$node} || [] };
    return @out;
}
my %tree = (root => [qw(a b)], a => [qw(a1 a2)], b => [qw(b1)]);
print "$_\n" for visit("root", \%tree);
print "after: depth=$depth path=@path\n";
our $x = "g";
for my $i (1 .. 3) {
    local $x = "$x$i";
    print "$x ";
}
print "| $x\n";
