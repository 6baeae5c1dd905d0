# (?#...) comments inside patterns, with and without /x.
print "1\n" if "abc" =~ /a(?#this is a comment)bc/;
print "2\n" if "2026-11-25" =~ /^(\d{4})(?# year )-(\d\d)(?# month )-(\d\d)$/;
print "$1 $2 $3\n";
my $re = qr/
    ^ (\w+)     # a word
    \s* = \s*   # equals
    (.*?) \s* $ # value
/x;
if ("name =  value  " =~ $re) { print "[$1] [$2]\n" }
my $r2 = qr/x(?#)y/;
print "3\n" if "xy" =~ $r2;
print "4\n" if "a#b" =~ /a\#b/x;
print "5\n" if "a b" =~ /a[ ]b/x;
print "6\n" if "a#b" =~ /a[#]b/x;
