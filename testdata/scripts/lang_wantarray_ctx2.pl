# Context propagation: the last statement of a sub gets the caller's
# context, through map, ternaries and nested calls.
use strict;
use warnings;
sub ctx { wantarray ? "L" : defined wantarray ? "S" : "V" }
sub pass { return ctx() }
sub tern { $_[0] ? ctx() : ctx() }
my @r = (pass(), scalar(pass()), tern(1), scalar(tern(0)));
print "@r\n";
my @m = map { ctx() } 1 .. 2;
print "@m\n";
my $s = (sort { $a cmp $b } (ctx(), ctx()))[0];
print "$s\n";
my @g = grep { ctx() } 1;
print scalar(@g), "\n";
my %h = (k => pass());
print "$h{k}\n";
my $str = "x" . pass();
print "$str\n";
if (pass()) { print "cond: ", scalar(pass()), "\n" }
for (pass()) { print "foreach: $_\n" }
