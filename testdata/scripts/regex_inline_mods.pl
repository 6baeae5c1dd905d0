# Inline modifiers: (?i) (?-i) (?i:...) (?s) (?m) (?x) and scoped forms.
print "1\n" if "HELLO" =~ /(?i)hello/;
print "2\n" if "HELLO world" =~ /(?i:hello) world/;
print "3\n" unless "HELLO WORLD" =~ /(?i:hello) world/;
print "4\n" if "aB" =~ /a(?i)b/;
print "5\n" unless "AB" =~ /a(?i)b/;
print "6\n" if "ABc" =~ /(?i)ab(?-i)c/;
print "7\n" unless "ABC" =~ /(?i)ab(?-i)c/;
print "8\n" if "a\nb" =~ /(?s)a.b/;
print "9\n" if "x\ny" =~ /(?m)^y$/;
print "10\n" if "ab" =~ /(?x) a  b /;
print "11\n" if "AB" =~ /(?ix) a b/;
print "12\n" if "Ab" =~ /((?i)a)b/;
print "13\n" unless "AB" =~ /((?i)a)b/;
my $re = qr/hello/;
print "14\n" if "HELLO" =~ /(?i)$re/ ? 0 : 1;
print "15\n" if "HeLLo" =~ /(?i:$re)/ ? 0 : 1;
