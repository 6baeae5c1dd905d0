# $1.. survive a failed match, and are restored when a block exits.
"abc" =~ /(b)/;
print "1: $1\n";
"abc" =~ /(z)/;
print "2 after failed: $1\n";
{
    "xyz" =~ /(y)/;
    print "3 inner: $1\n";
}
print "4 outer again: $1\n";
sub f { "sub" =~ /(u)/; return $1 }
my $r = f();
print "5 sub returned $r, outer $1\n";
for my $w (qw(a1 b2)) { $w =~ /(\d)/; print "6 loop $1\n" }
print "7 after loop: $1\n";
if ("k=v" =~ /(\w)=(\w)/) { print "8 $1 $2\n" }
print "9 after if: $1 $2\n";
my @c = ("m" =~ /(m)/);
print "10 $1\n";
