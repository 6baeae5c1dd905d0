# use warnings FATAL => ...: the warning becomes a die with the same
# message; NONFATAL and no warnings undo it.
use strict;
use warnings FATAL => 'all';
my $u;
my $r = eval { my $s = "x$u"; 1 };
print "died: ", ($r ? "no" : "yes"), ": $@";
{
    use warnings NONFATAL => 'uninitialized';
    local $SIG{__WARN__} = sub { print "warned: $_[0]" };
    my $s = "y$u";
    print "still running\n";
}
{
    no warnings 'numeric';
    my $n = "abc" + 1;
    print "n=$n\n";
}
eval { my $n = "12abc" * 2; };
print "numeric fatal: $@";
my $s = "z$u";
print "not reached\n";
