# Subs defined in an eval string are installed and callable afterwards.
use strict;
use warnings;
eval 'sub double { return 2 * shift } 1' or die $@;
print double(21), "\n";
my $count = 0;
eval 'sub bump { $count++ }';
bump(); bump();
print "count=$count\n";
package Foo;
eval 'sub hello { "hello from " . __PACKAGE__ }';
package main;
print Foo::hello(), "\n";
print eval '__PACKAGE__', "\n";
package Bar;
print eval '__PACKAGE__', "\n";
package main;
my $obj = eval q{
    package Counter;
    sub new { my ($c, %a) = @_; bless { n => $a{start} || 0 }, $c }
    sub inc { $_[0]{n}++ ; $_[0] }
    sub n { $_[0]{n} }
    Counter->new(start => 5);
};
print ref($obj), " ", $obj->inc->inc->n, "\n";
my $gen = eval 'sub { my $k = shift; sub { $k++ } }';
my $it = $gen->(3);
print $it->(), $it->(), $it->(), "\n";
