# tr counting: characters in a set, per line, without changing the string.
my $dna = "AGCTTAGCTAAGGCT";
my %count = (A => ($dna =~ tr/A//), C => ($dna =~ tr/C//), G => ($dna =~ tr/G//), T => ($dna =~ tr/T//));
print join(" ", map { "$_=$count{$_}" } sort keys %count), "\n";
my $gc = ($dna =~ tr/GC//);
printf "GC %.2f\n", $gc / length $dna;
my $text = "line one\nline two\nline three\n";
my $lines = ($text =~ tr/\n//);
print "lines $lines\n";
my $spaces = ($text =~ tr/ //);
print "spaces $spaces\n";
my $up = "MiXeD CaSe";
print "upper ", ($up =~ tr/A-Z//), " lower ", ($up =~ tr/a-z//), "\n";
print "unchanged: $dna\n";
my $bytes = "\x00\x01abc\xff";
print "nonprint ", ($bytes =~ tr/\x20-\x7e//c), "\n";
my $digits = ($text =~ tr/0-9//);
print "digits $digits\n";
