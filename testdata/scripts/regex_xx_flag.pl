# /xx also ignores spaces and tabs inside bracketed classes.
print "1\n" if "b" =~ /[a b c]/xx;
print "2\n" unless " " =~ /^[a b c]$/xx;
print "3\n" if " " =~ /^[a b c]$/x;
print "4\n" if "5" =~ / [ 0-9 ] /xx;
my $hex = qr/ ^ [ 0-9 a-f A-F ]+ $ /xx;
for (qw(dead BEEF 12g)) { print "$_ ", ($_ =~ $hex ? "hex" : "no"), "\n" }
print "$hex\n";
print "5\n" if "a\tb" =~ /a [\t] b/xx ? 0 : 1;
