use strict; use warnings;
package Obj;
sub new { my ($class, $name) = @_; return bless { name => $name }, $class }
sub DESTROY { print "DESTROY $_[0]{name}\n" }
package main;
my $flag = 1;
if ($flag) { my $c = Obj->new("one_stmt"); }
print "after if1\n";
if ($flag) { my $c = Obj->new("two_stmt"); print "in if2\n"; }
print "after if2\n";
if ($flag) { print "x\n"; my $c = Obj->new("last_my"); }
print "after if3\n";
unless (!$flag) { my $c = Obj->new("unless"); 1; }
print "after unless\n";
if (!$flag) { } else { my $c = Obj->new("else"); }
print "after else\n";
sub f { if ($flag) { my $c = Obj->new("in_sub_if"); } print "in f after if\n"; }
f();
print "after f\n";

if (!$flag) { print "no\n" } else { my $c = Obj->new("else1"); }
print "after else1\n";
if (!$flag) { print "no\n" } elsif ($flag) { my $c = Obj->new("elsif1"); }
print "after elsif1\n";
for my $i (1..2) { my $o = Obj->new("for$i") }
print "after for\n";
my $n = 0;
while ($n++ < 2) { my $o = Obj->new("while$n") }
print "after while\n";
if ($flag) { my $c = Obj->new("then_with_else"); } else { print "no\n" }
print "after then_with_else\n";
{ my $c = Obj->new("bare1"); }
print "after bare\n";
do { my $c = Obj->new("do1"); };
print "after do\n";
eval { my $c = Obj->new("eval1"); };
print "after eval\n";
if (my $o = Obj->new("cond")) { print "x\n"; print "y\n" }
print "after if\n";
while (my $o = Obj->new("wcond")) { print "w\n"; last }
print "after while\n";
for (my $o = Obj->new("forinit"); $o; $o = undef) { print "f\n"; }
print "after cfor\n";
sub g2 { if (1) { my $c = Obj->new("g_const"); } print "g body\n"; }
g2();
print "end\n";
