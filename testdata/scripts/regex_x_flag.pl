# /x: whitespace and comments ignored; \ space and [ ] keep spaces.
my $date = qr{
    (\d{4})   # year
    -
    (\d{2})   # month
    -
    (\d{2})   # day
}x;
print "$3.$2.$1\n" if "on 2026-11-25" =~ $date;
print "num\n" if " 42 " =~ / ^ \s* \d+ \s* $ /x;
print "space escaped\n" if "a b" =~ /a\ b/x;
print "space class\n" if "a b" =~ /a [ ] b/x;
print "not space\n" unless "a b" =~ /a b/x;
my @t = ("GET /x HTTP/1.0" =~ m{
    ^ (GET|POST|HEAD)   # method
    \s+ (\S+)           # path
    \s+ HTTP/ ([\d.]+)  # version
    $
}x);
print "@t\n";
print "multi\n" if "abc" =~ / a
  b
  c /x;
