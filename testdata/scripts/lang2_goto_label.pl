# goto LABEL to a label of an enclosing block in the same sub: retry loops, forward jumps, out of loops and evals; a missing label dies.
no strict "vars";
use warnings;
my $tries = 0;
RETRY:
$tries++;
print "try $tries\n";
goto RETRY if $tries < 3;
print "done after $tries\n";
sub find_first { my @l = @_; my $i = 0;
  AGAIN: if ($i < @l) { if ($l[$i] > 10) { goto FOUND } $i++; goto AGAIN }
  return "none";
  FOUND: return "found $l[$i] at $i";
}
print find_first(1, 5, 12, 30), "\n";
print find_first(1, 2), "\n";
my $n = 0;
TOP: {
  $n++;
  for my $x (1..3) { if ($x == 2 && $n < 2) { goto TOP } }
  print "block n=$n\n";
}
our $g = "orig";
sub lg { local $g = "local"; my $k = 0; L: $k++; goto L if $k < 2; return "$g $k" }
print lg(), " $g\n";
eval { goto NOWHERE; }; print "err: $@";
my $count = 0;
START: eval { $count++; die "again\n" if $count < 3; };
goto START if $@;
print "count $count\n";
@found = ();
for my $i (1..5) { for my $j (1..5) { if ($i * $j == 6) { push @found, "$i*$j"; goto NEXT_I } } NEXT_I: ; }
print "@found\n";
$w = 0;
while (1) { $w++; goto OUT if $w > 3; }
OUT: print "w=$w\n";
sub inner { goto OUTER_LABEL } 
eval { inner() }; print "sub: $@";
goto SKIP;
print "skipped\n";
SKIP: print "after skip\n";
