# Walking an arbitrary nested structure recursively with ref().
use strict;
use warnings;
my $data = { name => "root", kids => [ { name => "a", kids => [] }, { name => "b", kids => [ { name => "c", kids => [] } ] } ], meta => { depth => 2, tags => ["x", "y"] } };
sub walk {
    my ($node, $depth) = @_;
    my $pad = "  " x $depth;
    if (ref $node eq 'HASH') {
        for my $k (sort keys %$node) {
            my $v = $node->{$k};
            if (ref $v) { print "$pad$k:\n"; walk($v, $depth + 1) }
            else { print "$pad$k = $v\n" }
        }
    } elsif (ref $node eq 'ARRAY') {
        for my $i (0 .. $#$node) {
            if (ref $node->[$i]) { print "$pad- [$i]\n"; walk($node->[$i], $depth + 1) }
            else { print "$pad- $node->[$i]\n" }
        }
    }
}
walk($data, 0);
sub count_nodes { my $n = shift; return 1 + (ref $n->{kids} ? eval { my $t = 0; $t += count_nodes($_) for @{ $n->{kids} }; $t } : 0) }
print "nodes: ", count_nodes($data), "\n";
sub deep_copy { my $x = shift; ref $x eq 'HASH' ? { map { $_ => deep_copy($x->{$_}) } keys %$x } : ref $x eq 'ARRAY' ? [ map { deep_copy($_) } @$x ] : $x }
my $copy = deep_copy($data);
$copy->{kids}[1]{kids}[0]{name} = "changed";
print "$data->{kids}[1]{kids}[0]{name} $copy->{kids}[1]{kids}[0]{name}\n";
