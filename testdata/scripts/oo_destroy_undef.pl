use strict;
use warnings;

package Obj;
sub new { my ($class, $name) = @_; return bless { name => $name }, $class }
sub DESTROY { print "DESTROY $_[0]{name}\n" }

package main;

my $o = Obj->new("first");
print "undef it\n";
undef $o;
print "after undef\n";

$o = Obj->new("second");
$o = undef;
print "after assign undef\n";

$o = Obj->new("third");
$o = Obj->new("fourth");
print "after reassign\n";

my $copy = $o;
undef $o;
print "copy still holds: ", ref($copy), "\n";
$copy = 42;
print "after copy overwritten\n";

my $p = Obj->new("p");
my $q = $p;
$p = "string";
print "q holds it\n";
$q = Obj->new("q2");
print "end\n";
