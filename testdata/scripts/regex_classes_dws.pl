# \d \w \s and their negations, in and out of classes.
my $s = "ab_12 \t-!";
my @d = $s =~ /\d/g;  print "d: ", scalar(@d), "\n";
my @w = $s =~ /\w/g;  print "w: ", scalar(@w), "\n";
my @sp = $s =~ /\s/g; print "s: ", scalar(@sp), "\n";
my @D = $s =~ /\D/g;  print "D: ", scalar(@D), "\n";
my @W = $s =~ /\W/g;  print "W: ", scalar(@W), "\n";
my @S = $s =~ /\S/g;  print "S: ", scalar(@S), "\n";
my @mix = $s =~ /[\d_]/g; print "mix: @mix\n";
my @neg = $s =~ /[^\w\s]/g; print "neg: @neg\n";
print "vt is space\n" if "\x0b" =~ /\s/;
print "nbsp not space\n" unless "\xa0" =~ /\s/;
print "high not word\n" unless "\xe9" =~ /\w/;
(my $t = "a  b\t\tc\n") =~ s/\s+/ /g;
print "[$t]\n";
