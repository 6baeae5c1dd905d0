# Stringification of qr//: (?^flags:pattern).
print qr/abc/, "\n";
print qr/abc/i, "\n";
print qr/a.c/s, "\n";
print qr/^a$/m, "\n";
print qr/ a b /x, "\n";
print qr/a/msix, "\n";
print qr/a/xx, "\n";
print qr/(a)(b)/n, "\n";
my $r = qr/x/i;
my $s = qr/y$r/;
print "$s\n";
print "len ", length(qr/ab/), "\n";
my $str = "" . qr{a/b};
print "$str\n";
print "eq\n" if qr/z/ eq "(?^:z)";
my $q = qr/\d+/;
print "interp: [$q]\n";
