# !~ negates a match; return values in scalar and list context.
my @words = qw(alpha beta gamma delta);
for (@words) {
    print "$_ has no e\n" if $_ !~ /e/;
}
my $r1 = "abc" !~ /b/;
my $r2 = "abc" !~ /z/;
print "r1=[", ($r1 ? 1 : 0), "] r2=[$r2]\n";
my $re = qr/\d/;
print "no digits\n" if "abc" !~ $re;
print "has digits\n" unless "a1" !~ $re;
my @bad = grep { !/^\w+$/ } ("ok", "not ok", "fine", "x-y");
print "@bad\n";
my $count = grep { $_ !~ /a/ } @words;
print "$count\n";
