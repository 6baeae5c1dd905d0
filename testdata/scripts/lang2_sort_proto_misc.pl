# sort with a ($$) sub, use vars, in-memory handles, local @array, redo in a bare block, and other everyday constructs.
use strict; use warnings;
use vars qw($gv @ga);
$gv = 5; @ga = (1,2); print "$gv @ga\n";
sub by_num($$) { my ($x, $y) = @_; $x <=> $y }
my @s = sort by_num 10, 9, 100; print "@s\n";
my $byname = sub { $b cmp $a }; my @t = sort $byname qw(a c b); print "@t\n";
my $data = "line1\nline2\n"; open(my $fh, '<', \$data) or die; my @l = <$fh>; close $fh; print scalar(@l), " $l[1]";
my $out = ""; open(my $oh, '>', \$out) or die; print $oh "to string"; printf $oh " %03d", 7; close $oh; print "$out\n";
my @rep = (1, 2) x 2; print "@rep\n";
our @glob = (1,2,3); sub lg { local @glob = (9); return "@glob" } print lg(), " @glob\n";
my $i = 0; { $i++; redo if $i < 3; } print "redo $i\n";
printf STDOUT "%*d|%-*d|\n", 5, 42, 4, 7;
my %deep; $deep{a}{b}{c} = 1; print join(",", keys %{$deep{a}}), " ", exists $deep{a}{b} ? "y" : "n", "\n";
print "file: ", __FILE__, " line: ", __LINE__, " pkg: ", __PACKAGE__, "\n";
my @arr = map { { name => $_, len => length } } qw(aa b); print join(",", map { "$_->{name}:$_->{len}" } @arr), "\n";
my @pairs = map { [$_, $_ ** 2] } 1..3; print join(" ", map { "@$_" } @pairs), "\n";
my %inverted = reverse (a => 1, b => 2); print join(",", map {"$_=$inverted{$_}"} sort keys %inverted), "\n";
my ($p, $q) = (1, 2); ($p, $q) = ($q, $p); print "$p $q\n";
my $aref = [1..5]; print "slice: @{$aref}[1..2] @$aref[0] ${$aref}[4] last=$$aref[-1] n=${\ scalar @$aref}\n";
my $href = {x => 1, y => 2}; print "hslice: @{$href}{qw(x y)} @$href{x}\n";
my @sorted = sort { $a->[1] <=> $b->[1] } ([a => 3], [b => 1]); print $sorted[0][0], "\n";
print "nested: ", join(",", map { @$_ } ([1,2],[3])), "\n";
my $sref = \"str"; print "$$sref ${$sref}\n";
my $cref = \&by_num; { local ($a, $b); print "cref: ", $cref->(1, 2), "\n"; }
print "ok\n";
