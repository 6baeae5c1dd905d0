# Bracketed classes: ranges, negation, escapes, literal ] and -, dot inside.
my $s = "a-b]c^d.e\\f";
my @r = $s =~ /([]])/g;        print "rbracket: @r\n";
my @d = $s =~ /([a\-c])/g;     print "dash: @d\n";
my @e = $s =~ /([-x])/g;       print "leading dash: @e\n";
my @c = $s =~ /([\^])/g;       print "caret: @c\n";
my @p = $s =~ /([.])/g;        print "dot: @p\n";
my @b = $s =~ /([\\])/g;       print "backslash: @b\n";
my @n = $s =~ /([^a-z])/g;     print "not lower: @n\n";
my @h = "0x1F, 0xZZ" =~ /0x([0-9A-Fa-f]+)/g; print "hex: @h\n";
my @t = "tab\there" =~ /([\t])/g; print "tab count: ", scalar(@t), "\n";
my @x = "A1!b2?" =~ /([\x41-\x5a\d])/g; print "hex range: @x\n";
my @w = "a b_c" =~ /([\w\s])/g; print "w+s: ", scalar(@w), "\n";
print "empty negation\n" if "]" =~ /[^]a]/ ? 0 : 1;
