# $_ as the default argument of chomp, lc, uc, length, print, ord, reverse.
$_ = "Some Text\n";
chomp;
print;
print "\n";
print length, "\n";
print lc, "\n";
print uc, "\n";
print ord, "\n";
for (1 .. 3) {
    print;
}
print "\n";
foreach ("x", "y") {
    print $_ x 2;
}
print "\n";
$_ = "restored";
for my $v (1, 2) { }
print "$_\n";
