# s///r returns the new string and leaves the original alone; chains.
my $orig = "Hello World";
my $new = $orig =~ s/World/There/r;
print "$orig -> $new\n";
my $same = $orig =~ s/xyz/abc/r;
print "unchanged: $same\n";
my $chain = $orig =~ s/Hello/Bye/r =~ s/World/Moon/r;
print "$chain\n";
my @clean = map { s/^\s+|\s+$//gr } ("  a ", "b  ", " c");
print join("|", @clean), "\n";
$_ = "topic";
my $t = s/t/T/gr;
print "$_ $t\n";
my $lit = "const" =~ s/c/C/r;
print "$lit\n";
my $up = "abc" =~ tr/a-z/A-Z/r;
print "$up\n";
print "nested: ", ("a-b" =~ s/(\w)/<$1>/gr), "\n";
