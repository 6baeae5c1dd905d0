# Common string idioms with regexes: trim, collapse, strip comments, pad.
my @in = ("  hello  ", "\tx y\t z \n", "", "   ", "keep # comment", "a\\#b # c");
for (@in) {
    (my $t = $_) =~ s/^\s+//;
    $t =~ s/\s+$//;
    (my $c = $t) =~ s/\s+/ /g;
    (my $nc = $c) =~ s/(?<!\\)#.*//;
    $nc =~ s/\s+$//;
    print "[$t] [$c] [$nc]\n";
}
my $csv = "a, b ,c ,, d";
print join("|", map { s/^\s+|\s+$//gr } split /,/, $csv), "\n";
(my $num = "1234567.891") =~ s/(\d)(?=(\d{3})+(?!\d))/$1,/g;
print "$num\n";
