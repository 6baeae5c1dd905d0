# Blocks, my scoping and shadowing.
my $x = "outer";
{
    my $x = "inner";
    print "in block: $x\n";
    {
        my $x = "innermost";
        print "deeper: $x\n";
    }
    print "back: $x\n";
}
print "outside: $x\n";
my $y = 1;
{
    $y = 2; # no my: assigns the outer variable
}
print "y=$y\n";
if (1) {
    my $z = "if-scoped";
    print "$z\n";
}
for my $i (1 .. 2) {
    my $t = $i * 10;
    print "t=$t\n";
}
my $counter = 0;
for (1 .. 3) {
    my $fresh;
    $fresh++;
    $counter += $fresh;
}
print "counter=$counter\n";
$global = "package variable";
print "$global\n";
$main::other = "qualified";
print "$other\n";
my $s = "shadow";
my $s2 = $s;
{
    my $s = $s . "ed";
    print "$s\n";
}
print "$s $s2\n";
