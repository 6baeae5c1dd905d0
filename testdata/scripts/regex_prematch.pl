# $&, $` and $' after matches and substitutions.
my $s = "The quick brown fox";
if ($s =~ /quick/) {
    print "pre[$`] match[$&] post[$']\n";
}
if ($s =~ /(b\w+)/) { print "[$`|$&|$']\n" }
"abc" =~ /^/;
print "empty: [$`][$&][$']\n";
"abc" =~ /$/;
print "end: [$`][$&][$']\n";
my $t = "a-b-c";
$t =~ s/-/+/;
print "after s: [$`][$&][$']\n";
while ("x1y2" =~ /\d/g) { print "g: $` $& $'\n"; last }
"hello" =~ /l+/;
print length($`), " ", length($&), " ", length($'), "\n";
