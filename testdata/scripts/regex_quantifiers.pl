# Quantifiers: * + ? {n} {n,} {n,m} {,n} and their effect on captures.
for my $s ("", "a", "aa", "aaa", "aaaa") {
    my @r = map { $s =~ $_ ? 1 : 0 } (qr/^a*$/, qr/^a+$/, qr/^a?$/, qr/^a{2}$/, qr/^a{2,}$/, qr/^a{1,3}$/);
    printf "%-4s %s\n", "[$s]", "@r";
}
my ($last) = "abc" =~ /(\w)+/;
print "last iteration: $last\n";
my ($g) = "a1b2c3" =~ /(?:([a-z])\d)+/;
print "last group: $g\n";
print "{,2}\n" if "x" =~ /^x{,2}$/;
print "literal brace\n" if "a{b" =~ /a\{b/;
my @nums = "1 22 333 4444" =~ /\b(\d{2,3})\b/g;
print "@nums\n";
