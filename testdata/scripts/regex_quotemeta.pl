# \Q...\E and quotemeta: literal metacharacters inside patterns.
my $lit = "1+1=2 (really?) [yes] {no} ^\$ .*";
print quotemeta("a.b*c"), "\n";
print "full\n" if $lit =~ /^\Q$lit\E$/;
my $dot = "a.c";
print "raw matches abc\n" if "abc" =~ /$dot/;
print "quoted does not\n" unless "abc" =~ /\Q$dot\E/;
print "quoted matches a.c\n" if "xa.cx" =~ /x\Q$dot\Ex/;
my @words = ("c++", "c#", "f*");
for my $w (@words) {
    print "$w found\n" if "I like c++ and f* but not c" =~ /\Q$w\E/;
}
my $s = "price: \$5.00";
print "price ok\n" if $s =~ /\Q$5.00\E/ || $s =~ /\$5\.00/;
print "Q to end\n" if "a.b" =~ /\Qa.b/;
my $path = "/usr/local/bin";
(my $rel = "/usr/local/bin/perl") =~ s/^\Q$path\E\///;
print "$rel\n";
