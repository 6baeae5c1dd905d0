# (?^...) resets to the defaults, then applies what follows the caret.
print "1\n" if "ab" =~ /(?i)A(?^:b)/;
print "2\n" unless "aB" =~ /(?i)A(?^:b)/;
print "3\n" if "aB" =~ /A(?^i:b)/i;
my $q = qr/x/i;
print "4 $q\n";
print "5\n" if "X" =~ /$q/;
print "6\n" if "aX" =~ /(?^:a$q)/;
my $s = qr/a.b/s;
print "7\n" if "Qa\nb" =~ /q$s/i;
print "8\n" if "A\nB" =~ /(?^si:a.b)/;
my $nested = qr/(?^x: a b )/;
print "9 $nested\n";
print "10\n" if "ab" =~ $nested;
