# Nested eval strings and eval blocks.
use strict;
my $depth = 0;
my $r = eval q{
    $depth++;
    eval q{
        $depth++;
        eval q{ $depth++; die "deep\n" };
        print "inner: $@";
        "inner value";
    } . " seen";
};
print "$r depth=$depth\n";
my $code = 'my $n = shift; $n <= 1 ? 1 : $n * fact($n - 1)';
sub fact { eval $code }
print fact(6), "\n";
my $v = eval { eval 'die "x\n"'; "after: $@" };
print $v;
eval { eval '1'; die "outer\n" };
print "outer: $@";
my $s = eval 'eval "2 * 21"';
print "$s\n";
