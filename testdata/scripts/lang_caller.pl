use strict; use warnings;
package Logger;
sub log_here { my ($pkg, $file, $line) = caller; print "called from $pkg at $file line $line\n" }
sub whoami { return (caller(1))[3] }
package main;
sub outer { inner(@_) }
sub inner {
    my @c0 = caller(0);
    print "inner: sub=$c0[3] line=$c0[2] pkg=$c0[0] hasargs=$c0[4] want=", (defined $c0[5] ? "'$c0[5]'" : "undef"), " n=", scalar(@c0), "\n";
    my @c1 = caller(1);
    print "outer frame: sub=$c1[3] line=$c1[2]\n";
    my @c2 = caller(2);
    print "beyond: ", scalar(@c2), "\n";
    print "scalar caller: ", scalar(caller), "\n";
    Logger::log_here();
    print "whoami: ", Logger::whoami(), "\n";
    return 1;
}
my @r = outer(1, 2);
my $s = outer();
print "top: ", (defined(caller) ? "def" : "undef"), " ", scalar(my @x = caller), "\n";
my $anon = sub { (caller(0))[3] };
print $anon->(), "\n";
package Foo;
sub new { bless {}, shift }
sub meth { my @c = caller(0); print "method: $c[3] from $c[0] line $c[2]\n" }
package main;
Foo->new->meth;
