# tr returns counts; on arrays via for; with identical lists; on expressions.
my @words = qw(apple banana cherry);
my $total = 0;
$total += tr/a// for @words;
print "a total $total\n";
tr/a-z/A-Z/ for @words;
print "@words\n";
my $s = "hello";
my $same = ($s =~ tr/a-z/a-z/);
print "identity count $same, string $s\n";
my $n = (my $copy = "mississippi") =~ tr/s/S/;
print "$n $copy\n";
my $cnt = ("x" x 10) =~ tr/x//;
print "literal count $cnt\n";
my $v = "aabbcc";
my $r = ($v =~ tr/a-b//);
print "range count $r\n";
print "sq count ", ($v =~ tr/a-c//s), " now $v\n";
