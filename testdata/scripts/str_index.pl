# index and rindex, with start positions and misses.
my $s = "hello world, hello perl";
print index($s, "hello"), "\n";
print index($s, "hello", 1), "\n";
print index($s, "xyz"), "\n";
print index($s, ""), "\n";
print index($s, "o", 5), "\n";
print index($s, "h", -5), "\n";
print index($s, "l", 100), "\n";
print rindex($s, "hello"), "\n";
print rindex($s, "hello", 12), "\n";
print rindex($s, "o"), "\n";
print rindex($s, "o", 7), "\n";
print rindex($s, "xyz"), "\n";
print rindex($s, ""), "\n";
print rindex($s, "h", 0), "\n";
my $pos = -1;
my @found;
while (($pos = index($s, "l", $pos + 1)) != -1) {
    push @found, $pos;
}
print "@found\n";
