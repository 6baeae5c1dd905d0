# Possessive quantifiers and atomic groups do not give back.
print "greedy backtracks\n" if "aaa" =~ /a+a/;
print "possessive does not\n" unless "aaa" =~ /a++a/;
print "atomic does not\n" unless "aaa" =~ /(?>a+)a/;
print "atomic ok\n" if "aaab" =~ /(?>a+)b/;
my ($x) = '"abc" rest' =~ /"([^"]*+)"/;
print "quoted: $x\n";
print "?+ no\n" unless "a" =~ /^a?+a$/;
print "*+ matches\n" if "xyz" =~ /^x*+y/;
print "{n,m}+\n" unless "aaaa" =~ /^a{2,4}+a$/;
my @t = "123abc456" =~ /(\d++|[a-z]++)/g;
print "@t\n";
print "atomic alt\n" unless "abc" =~ /^(?>ab|a)bc$/;
print "plain alt\n" if "abc" =~ /^(?:ab|a)bc$/;
