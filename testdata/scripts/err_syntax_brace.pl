# An unclosed block.
my $x = 1;
if ($x) {
    print "x\n";

print "end\n";
