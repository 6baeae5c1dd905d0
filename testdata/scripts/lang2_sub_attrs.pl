# Sub attributes (:method, :prototype(...)) before or after a prototype, and a label on the empty statement before a closing brace.
use strict; use warnings;
sub m1 : method { "m1" }
sub m2($) :method { "m2(@_)" }
sub pr :prototype($$) { "pr(@_)" }
sub blk :prototype(&@) { my $c = shift; join ",", map { $c->($_) } @_ }
print main->m1, " ", m2(5), " ", pr(1, 2), " ", blk(sub { $_ * 3 }, 1, 2), "\n";
print prototype('pr'), " ", prototype(\&blk), "\n";
for my $i (1..4) {
  next if $i == 2;
  goto DONE if $i == 3;
  print "i=$i\n";
  DONE:
}
my $n = 0;
{
  $n++;
  redo if $n < 2;
  END_OF_BLOCK:
}
print "n=$n\n";
