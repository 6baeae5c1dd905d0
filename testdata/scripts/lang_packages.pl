# Packages: package NAME; and package NAME { }, qualified names,
# __PACKAGE__, and subs in packages.
use strict;
use warnings;
package Counter;
our $count = 0;
sub bump { $count++; return __PACKAGE__ . " $count" }
package main;
print Counter::bump(), "\n";
print Counter::bump(), "\n";
print "count: $Counter::count\n";
package Shape {
    our $sides = 4;
    sub describe { return __PACKAGE__ . " has $sides sides" }
}
print Shape::describe(), "\n";
print __PACKAGE__, "\n";
$Shape::sides = 3;
print Shape::describe(), "\n";
{
    package Inner::Deep;
    sub name { return __PACKAGE__ }
}
print Inner::Deep::name(), "\n";
print "still ", __PACKAGE__, "\n";
no strict 'refs';
my $name = "Counter::bump";
print &$name(), "\n";
print &{"Shape::describe"}(), "\n";
${"main::dyn"} = 5;
our $dyn;
print "dyn=$dyn\n";
print "exists: ", (defined &Counter::bump ? 1 : 0), (defined &Counter::nope ? 1 : 0), "\n";
