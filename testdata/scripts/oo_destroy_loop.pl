use strict;
use warnings;

package Obj;
sub new { my ($class, $name) = @_; return bless { name => $name }, $class }
sub DESTROY { print "DESTROY $_[0]{name}\n" }

package main;

for my $i (1 .. 3) {
    my $o = Obj->new("iter$i");
    print "body $i\n";
}
print "after for\n";

my @queue = map { Obj->new("q$_") } 1 .. 3;
while (my $item = shift @queue) {
    print "processing $item->{name}\n";
}
print "after while\n";

for my $i (1 .. 4) {
    my $o = Obj->new("n$i");
    next if $i % 2;
    last if $i == 4;
    print "kept going at $i\n";
}
print "after next/last\n";

my $n = 0;
while ($n < 2) {
    my $o = Obj->new("w$n");
    $n++;
}
print "after counted while\n";

for my $o (Obj->new("list1"), Obj->new("list2")) {
    print "visiting $o->{name}\n";
}
print "after list loop\n";

my $slot;
for my $i (1 .. 3) {
    $slot = Obj->new("slot$i");
}
print "slot holds $slot->{name}\n";
print "end\n";
