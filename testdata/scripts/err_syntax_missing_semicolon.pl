# A missing semicolon between two statements.
my $a = 1
my $b = 2;
print "$a $b\n";
