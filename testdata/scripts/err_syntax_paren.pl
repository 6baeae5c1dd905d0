# An unbalanced parenthesis.
my $x = 1;
my $y = ($x + 2;
print "$y\n";
