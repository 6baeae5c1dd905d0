# sprintf-free string building: repeat, join, reverse, lc/uc, index
# loops, and sprintf("%s") of references shapes.
use strict;
use warnings;
my $s = "The quick brown fox";
my @w = split ' ', $s;
print scalar(@w), " words, longest: ", (sort { length($b) <=> length($a) } @w)[0], "\n";
print join(" ", map { ucfirst lc } @w), "\n";
print join(" ", reverse @w), "\n";
print scalar reverse($s), "\n";
my %freq;
$freq{lc $_}++ for grep { /\w/ } split //, $s;
print join("", map { "$_$freq{$_}" } grep { $freq{$_} > 1 } sort keys %freq), "\n";
my $title = join " ", map { length > 3 ? ucfirst : $_ } split / /, "a tale of two cities";
print "$title\n";
my $csv = join ",", map { /[,"]/ ? '"' . s/"/""/gr . '"' : $_ } ("plain", "with,comma", 'with"quote');
print "$csv\n";
my $ref = [1];
my $str = sprintf("%s", $ref);
print $str =~ /^ARRAY\(0x[0-9a-f]+\)$/ ? "array ref shape ok\n" : "bad: $str\n";
print sprintf("%s", {}) =~ /^HASH\(/ ? "hash ok\n" : "bad\n";
print sprintf("%s", sub {}) =~ /^CODE\(/ ? "code ok\n" : "bad\n";
print sprintf("%s", \1) =~ /^SCALAR\(/ ? "scalar ok\n" : "bad\n";
print "abc" x 2 . "-" x 3, "\n";
print lc("ÀB") eq "Àb" ? "ascii only lc\n" : "other lc\n";
print join("|", "a" .. "c", 1 .. 3), "\n";
print "repeat join: ", join("-", ("ab") x 3), "\n";
