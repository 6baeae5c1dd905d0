# Nested data: hashes of arrays, arrays of hashes, autovivification and
# the dereference forms.
use strict;
use warnings;
my %db;
push @{ $db{fruits} }, "apple", "pear";
push @{ $db{veg} }, "leek";
$db{count}{apple} += 3;
$db{count}{pear}++;
for my $k (sort keys %db) {
    my $v = $db{$k};
    if (ref $v eq 'ARRAY') {
        print "$k: @$v (", scalar(@$v), ")\n";
    } else {
        print "$k: ", join(",", map { "$_=$v->{$_}" } sort keys %$v), "\n";
    }
}
my @recs = ({ name => "ann", tags => [qw(a b)] }, { name => "bob", tags => [] });
for my $r (@recs) {
    printf "%s has %d tags: %s\n", $r->{name}, scalar @{ $r->{tags} }, join("/", @{ $r->{tags} });
}
print "second tag of first: $recs[0]{tags}[1] $recs[0]->{tags}->[1] ${$recs[0]{tags}}[1]\n";
my $deep = {};
$deep->{a}[2]{b} = "x";
print "deep: ", ref $deep->{a}, " ", scalar @{ $deep->{a} }, " ", ref $deep->{a}[2], " $deep->{a}[2]{b}\n";
my @matrix = ([1, 2, 3], [4, 5, 6]);
print join(";", map { join(",", @$_) } @matrix), "\n";
print "m[1][2]=$matrix[1][2] last row: @{$matrix[-1]}\n";
my $code = { add => sub { $_[0] + $_[1] } };
print "code: ", $code->{add}->(2, 3), " ", $code->{add}(4, 5), "\n";
my $sref = \"str";
my $rref = \$sref;
print "scalar refs: $$sref $$$rref ${${$rref}}\n";
my @copy = map { [@$_] } @matrix;
$copy[0][0] = 99;
print "orig $matrix[0][0] copy $copy[0][0]\n";
