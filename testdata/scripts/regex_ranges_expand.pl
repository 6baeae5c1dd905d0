# Expanding range lists like "1-3,7,10-12" and compressing them back.
sub expand {
    my @out;
    for (split /\s*,\s*/, shift) {
        if (/^(\d+)-(\d+)$/) { push @out, $1 .. $2 }
        elsif (/^(\d+)$/) { push @out, $1 }
    }
    return @out;
}
my @n = expand("1-3, 7,10-12,bad,15");
print "@n\n";
sub compress {
    my $s = join ",", @_;
    1 while $s =~ s/\b(\d+)(?:-(\d+))?,(\d+)\b/(defined $2 ? $2 : $1) + 1 == $3 ? "$1-$3" : "$1" . (defined $2 ? "-$2" : "") . ";$3"/e;
    $s =~ tr/;/,/;
    return $s;
}
print compress(@n), "\n";
print compress(1, 2, 3, 5, 6, 9), "\n";
