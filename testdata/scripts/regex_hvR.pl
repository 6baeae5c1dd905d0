# \h, \v, \R and their negations; \R as any line ending.
my $t = "a\tb c\r\nd\ne\rf";
my @h = $t =~ /\h/g;
print "h: ", scalar(@h), "\n";
my @v = $t =~ /\v/g;
print "v: ", scalar(@v), "\n";
my @lines = split /\R/, $t;
print join("|", @lines), "\n";
my @H = "a b" =~ /\H/g;
print "H: @H\n";
my $crlf = () = "x\r\ny\r\n" =~ /\R/g;
print "R on crlf: $crlf\n";
print "R not backtracked\n" unless "\r\n" =~ /^\R\n$/;
print "V\n" if "a" =~ /\V/;
(my $u = "a\r\nb\rc\nd") =~ s/\R/\n/g;
print "$u\n";
