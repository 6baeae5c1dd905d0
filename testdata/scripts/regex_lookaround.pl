# Lookahead and lookbehind: positive, negative, in substitutions.
(my $n = "1234567890") =~ s/(?<=\d)(?=(?:\d{3})+$)/,/g;
print "$n\n";
my @w = "foobar foobaz fooqux" =~ /foo(?=ba)(\w+)/g;
print "@w\n";
my @not = "foobar foobaz fooqux" =~ /\bfoo(?!ba)(\w+)/g;
print "@not\n";
my @after = "USD10 EUR20 USD30" =~ /(?<=USD)(\d+)/g;
print "@after\n";
my @notafter = "USD10 EUR20 USD30" =~ /(?<!USD)\b(\d+)/g;
print "@notafter|\n";
my @nb = "x10 20 y30" =~ /(?<![a-z])(\d+)/g;
print "@nb\n";
print "pw ok\n" if "abc123X" =~ /^(?=.*\d)(?=.*[A-Z]).{6,}$/;
print "pw bad\n" unless "abc123" =~ /^(?=.*\d)(?=.*[A-Z]).{6,}$/;
(my $c = "camelCaseString") =~ s/(?<=[a-z])(?=[A-Z])/_/g;
print lc $c, "\n";
print "var lb\n" if "ab:c" =~ /(?<=a|ab):c/;
