# Deep recursion warnings at the 100th level of one sub, named,
# anonymous and mutual; no warnings 'recursion' silences them.
use strict;
use warnings;
sub down { my $n = shift; return $n ? 1 + down($n - 1) : 0 }
print down(150), "\n";
print down(50), "\n";
my $f;
$f = sub { $_[0] ? $f->($_[0] - 1) : "anon done" };
print $f->(120), "\n";
sub ev { $_[0] ? od($_[0] - 1) : 1 }
sub od { $_[0] ? ev($_[0] - 1) : 0 }
print ev(250), "\n";
{
    no warnings 'recursion';
    sub quiet { my $n = shift; return $n ? quiet($n - 1) : "quiet" }
    print quiet(200), "\n";
}
