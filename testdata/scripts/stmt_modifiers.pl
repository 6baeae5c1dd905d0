# Statement modifiers: if unless while until for foreach.
my $x = 3;
print "if modifier\n" if $x == 3;
print "not printed\n" if $x == 4;
print "unless modifier\n" unless $x == 4;
my $i = 0;
print "while ", $i++, "\n" while $i < 3;
my $j = 0;
$j++ until $j >= 5;
print "j=$j\n";
print "for $_\n" for 1 .. 3;
print "foreach $_\n" foreach ("a", "b");
my @list = (4, 5, 6);
my $total = 0;
$total += $_ for @list;
print "total=$total\n";
my $k = 10;
$k-- while $k > 7;
print "k=$k\n";
