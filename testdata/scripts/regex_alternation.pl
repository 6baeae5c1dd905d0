# Alternation: leftmost alternative wins, grouping, empty alternatives.
my ($m) = "foobar" =~ /(foo|foobar)/;
print "first alt: $m\n";
my ($n) = "foobar" =~ /(foobar|foo)/;
print "longer first: $n\n";
for (qw(cat dog bird cow)) { print "$_ ", (/^(?:cat|dog|cow)$/ ? "pet" : "other"), "\n" }
my @ext = map { /\.(jpe?g|png|gif)$/i ? lc $1 : "-" } qw(a.JPG b.png c.txt d.jpeg);
print "@ext\n";
my ($e) = "ac" =~ /a(b|)c/;
print "empty alt: [$e]\n";
my @w = "one two three" =~ /(one|two|three)/g;
print "@w\n";
print "anchored alt\n" if "xabc" =~ /^x(?:a|b)+c$/;
print "alt precedence\n" if "ab" =~ /^a|b$/ && "zb" =~ /^a|b$/;
print "grouped\n" unless "zb" =~ /^(?:a|b)$/;
