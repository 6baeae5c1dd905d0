# %-: every group of a name, as an array ref including undef ones.
if ("b2" =~ /(?<l>a)?(?<l>b)(?<d>\d)/) {
    for my $k (sort keys %-) {
        my @v = map { defined $_ ? $_ : "undef" } @{ $-{$k} };
        print "$k: @v\n";
    }
    print "count l: ", scalar(@{ $-{l} }), "\n";
    print "first l: ", (defined $-{l}[0] ? $-{l}[0] : "undef"), " second: $-{l}[1]\n";
    print "plus l: $+{l}\n";
}
if ("xy" =~ /(?<a>x)(?<b>y)/) {
    print join(",", sort keys %-), "\n";
    print "exists a\n" if exists $-{a};
}
