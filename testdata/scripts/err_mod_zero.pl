# Modulus zero is a runtime error too.
my $a = 7;
my $b = 0;
print "7 % 3 = ", $a % 3, "\n";
print $a % $b, "\n";
