# /i with ranges, negated classes, POSIX classes and backreferences.
my @t = ("Hello", "hELLO", "HeLLo World", "h3llo");
for (@t) {
    my @r = (/^h[a-z]+$/i ? 1 : 0, /^[^a-z]/i ? 1 : 0, /^[[:upper:]]/i ? 1 : 0, /(l)\1/i ? 1 : 0, /^[A-G]/i ? 1 : 0);
    print "$_: @r\n";
}
print "mixed backref\n" if "Ab aB" =~ /^(\w+) \1$/i;
my @caps = "One TWO three" =~ /\b([A-Z][a-z]*)\b/g;
print "@caps\n";
my @ci = "One TWO three" =~ /\b([a-z]+)\b/gi;
print "@ci\n";
