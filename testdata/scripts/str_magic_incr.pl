# The magic string increment: letters and digits roll over like an odometer.
for my $start ("aa", "Az", "zz", "a9", "Zz", "zZ9", "az", "A99", "zzz", "a", "Z", "9", "99", "b9z", "Aa0") {
    my $v = $start;
    $v++;
    print "$start -> $v\n";
}
my $id = "x8";
for (1 .. 4) {
    print $id++, " ";
}
print "$id\n";
my $e = "";
$e++;
print "empty -> $e\n";
my $m = "a-b";
$m++;
print "a-b -> $m\n";
my $n = "12abc";
$n++;
print "12abc -> $n\n";
