# Code built at run time: generated accessors, computed expressions.
use strict;
use warnings;
for my $field (qw(name age)) {
    eval "sub get_$field { \$_[0]{$field} } 1" or die $@;
}
my $rec = { name => 'ann', age => 31 };
print get_name($rec), " ", get_age($rec), "\n";
my @exprs = ('1 + 2 * 3', '2 ** 10', 'join "-", 1 .. 4', 'uc "abc"', 'int(7 / 2)', '10 % 3');
for my $e (@exprs) {
    my $v = eval $e;
    print "$e = $v\n";
}
my %ops = ('+' => 'a + b', '*' => 'a * b');
for my $op (sort keys %ops) {
    (my $src = $ops{$op}) =~ s/\b([ab])\b/\$$1/g;
    my $f = eval "sub { my (\$a, \$b) = \@_; $src }" or die $@;
    print "3 $op 4 = ", $f->(3, 4), "\n";
}
my $cfg = eval 'my $c = { port => 8080, hosts => [qw(a b)] }';
print "$cfg->{port} @{$cfg->{hosts}}\n";
# A string holding { key => ... } is an anonymous hash, not a block.
my $cfg2 = eval "{ port => 81, 'name' => 'x' }";
print ref($cfg2), " $cfg2->{port} $cfg2->{name}\n";
my $blk = eval "{ 5 }";
print "$blk\n";
