# while (<STDIN>) puts each line in $_.
my $n = 0;
while (<STDIN>) {
    chomp;
    $n++;
    print "$n [", uc, "] ", length, "\n";
}
print "read $n lines\n";
