# @-, @+ and $& inside a //g loop: positions of every match and its groups.
my $s = "id=7 name=bob id=42";
while ($s =~ /(\w+)=(\w+)/g) {
    print "match '$&' at $-[0]..$+[0]; key at $-[1], value at $-[2]..$+[2]; groups ", scalar(@+) - 1, "\n";
}
my @starts;
push @starts, $-[0] while "abcabcabc" =~ /b/g;
print "b at @starts\n";
my $t = "aXbXXc";
my @spans;
while ($t =~ /X+/g) { push @spans, "[" . join(",", $-[0], $+[0]) . "]" }
print "@spans\n";
