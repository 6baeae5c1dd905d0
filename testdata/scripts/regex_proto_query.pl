# Decoding a query string: split on & and =, percent-decoding with s///e.
my $qs = "name=John+Smith&city=New%20York&empty=&flag&x=1&x=2&sym=%3D%26";
my %p;
for my $pair (split /&/, $qs) {
    my ($k, $v) = split /=/, $pair, 2;
    $v = "" unless defined $v;
    for ($k, $v) { tr/+/ /; s/%([0-9A-Fa-f]{2})/chr hex $1/ge }
    push @{ $p{$k} }, $v;
}
print "$_ = [", join("][", @{ $p{$_} }), "]\n" for sort keys %p;
my $enc = join "&", map { my $v = $_; $v =~ s/([^A-Za-z0-9_.~-])/sprintf "%%%02X", ord $1/ge; $v } ("a b", "c&d", "é");
print "$enc\n";
