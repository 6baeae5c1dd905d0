# y/// is tr///; with ranges, counts and on $_.
$_ = "The quick brown fox";
my $v = y/aeiou//;
print "vowels $v\n";
y/a-z/A-Z/;
print "$_\n";
my $s = "a,b;c";
$s =~ y/,;/  /;
print "$s\n";
my @l = ("abc", "xyz");
y/a-c/A-C/ for @l;
print "@l\n";
my $r = "1010" =~ y/01/10/r;
print "$r\n";
