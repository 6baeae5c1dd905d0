# Closures made inside eval strings keep the lexicals they capture,
# also those of the enclosing scope.
use strict;
use warnings;
my @counters;
for my $start (1, 10) {
    my $n = $start;
    push @counters, eval 'sub { return $n++ }' or die $@;
}
print $counters[0]->(), $counters[0]->(), " ", $counters[1]->(), $counters[1]->(), "\n";
my $shared = 0;
my $inc = eval 'sub { $shared += shift }';
my $get = eval 'sub { $shared }';
$inc->(5);
$inc->(7);
print $get->(), " $shared\n";
my $make = eval q{
    sub {
        my $prefix = shift;
        return sub { "$prefix: @_" };
    }
};
my $hello = $make->('hello');
print $hello->('a', 'b'), "\n";
my $x = 'outer';
my $f = eval 'my $x = "inner"; sub { $x }';
print $f->(), " $x\n";
