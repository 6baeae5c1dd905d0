# \K keeps what came before out of $& and out of the substitution.
(my $s = "price: 100 USD") =~ s/price: \K\d+/200/;
print "$s\n";
if ("foo=bar" =~ /\w+=\K\w+/) { print "match [$&] pre [$`]\n" }
(my $t = "a1 b2 c3") =~ s/[a-z]\K\d/#/g;
print "$t\n";
my @v = "k1=v1;k2=v2" =~ /=\K\w+/g;
print "@v\n";
(my $u = "path/to/file") =~ s{.*/\K}{X};
print "$u\n";
