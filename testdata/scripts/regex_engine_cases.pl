# Engine corner cases under //g: captures in loops, lazy and possessive repeats, empty matches, /m anchors.
my @cases = (
 ['(?:(a)|b)+', 'abab'], ['(?:(a)|(b))+', 'ab'], ['(a|ab)(c|bcd)(d*)', 'abcd'], ['(?:ab)*?c', 'ababc'],
 ['(\w+?)(\d*)$', 'abc123'], ['^(?:(\d+)\.)+(\d+)$', '1.22.333'], ['x*', 'aaa'], ['\b', 'ab cd'],
 ['(?m)^', "a\nb\n"], ['(?m)$', "a\nb\n"], ['a{2,3}?', 'aaaa'], ['(a{2,3}?)(a*)', 'aaaaa'],
 ['(?:a|b)*?b', 'aab'], ['((?:a|b){2})+', 'ababa'], ['(a+)+b', 'aaab'], ['\Bb', 'abc b'],
 ['(?i)(AB)+', 'xabAbAB'], ['[^a]*+a', 'bbba'], ['(?:x|)+y', 'xy'], ['(\d+)(?:px|em)?', '12em 5 7px'],
);
for my $c (@cases) {
  my ($p, $s) = @$c;
  my @all; my $n = 0;
  while ($s =~ /$p/g) { push @all, join(",", "$-[0]-$+[0]", map { defined $-[$_] ? substr($s, $-[$_], $+[$_] - $-[$_]) : "u" } 1 .. $#-); last if ++$n > 20 }
  my @l = $s =~ /$p/g;
  print "$p: @all | ", join(",", map { defined $_ ? $_ : "u" } @l), "\n";
}
