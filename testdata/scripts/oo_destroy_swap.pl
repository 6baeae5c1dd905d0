use strict;
use warnings;

package Obj;
sub new { my ($class, $name, $next) = @_; return bless { name => $name, next => $next }, $class }
sub DESTROY { print "DESTROY $_[0]{name}\n" }

package main;

my $a = Obj->new("A");
my $b = Obj->new("B");
($a, $b) = ($b, $a);
print "swapped: $a->{name} $b->{name}\n";

my @pair = ($a, $b);
@pair = reverse @pair;
print "reversed: $pair[0]{name}\n";
undef $a; undef $b;
print "pair keeps them\n";
@pair = ();
print "pair cleared\n";

my $list;
$list = Obj->new("n$_", $list) for 1 .. 4;
print "walking\n";
while ($list) {
    print "at $list->{name}\n";
    $list = $list->{next};
}
print "list walked\n";

my $x = Obj->new("self");
$x = $x;
print "self-assign kept $x->{name}\n";
my %h = (k => $x);
%h = (k => $h{k});
print "rehash kept $h{k}{name}\n";
print "end\n";
