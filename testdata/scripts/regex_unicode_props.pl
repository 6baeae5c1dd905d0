# \p{...} and \P{...} properties over bytes.
my $s = "Ab1 _!";
my @l = $s =~ /\p{L}/g;   print "L: @l\n";
my @u = $s =~ /\p{Lu}/g;  print "Lu: @u\n";
my @n = $s =~ /\p{N}/g;   print "N: @n\n";
my @nl = $s =~ /\P{L}/g;  print "not L: ", scalar(@nl), "\n";
my @w = $s =~ /\p{Word}/g; print "Word: ", scalar(@w), "\n";
my @p = $s =~ /\p{Punct}/g; print "Punct: @p\n";
print "IsAlpha\n" if "x" =~ /\p{IsAlpha}/;
print "Alpha short\n" if "Z" =~ /\pL/;
print "not digit\n" if "a" =~ /\PN/;
my @sp = "a b\tc" =~ /\p{Space}/g; print "Space: ", scalar(@sp), "\n";
print "XPosixUpper\n" if "Q" =~ /\p{XPosixUpper}/;
