# Bytes above 0x7F: literal matching, classes, case rules without Unicode.
my $s = "caf\xe9 na\xefve \xc9T\xc9";
my @hi = $s =~ /([\x80-\xff])/g;
print "high bytes: ", scalar(@hi), "\n";
print "literal\n" if $s =~ /caf\xe9/;
print "not word\n" unless "\xe9" =~ /\w/;
print "no fold\n" unless "\xe9" =~ /\xc9/i;
my @w = $s =~ /(\w+)/g;
print join("|", @w), "\n";
(my $t = $s) =~ s/[^\x00-\x7f]/?/g;
print "$t\n";
print "length ", length($s), "\n";
my $n = ($s =~ tr/\x80-\xff//);
print "tr high $n\n";
print "dot matches byte\n" if "\xff" =~ /^.$/;
