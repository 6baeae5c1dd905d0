# Turning shell globs into regexes and filtering names with them.
sub glob2re {
    my $g = shift;
    my $re = join "", map {
        $_ eq "*" ? "[^/]*" : $_ eq "?" ? "[^/]" : /^\[(.*)\]$/ ? "[$1]" : quotemeta
    } $g =~ /(\[[^\]]+\]|\*|\?|[^*?\[]+)/g;
    return qr/^$re$/;
}
my @files = qw(main.c main.h test_1.c test_22.c README a.b.c dir/x.c);
for my $g ("*.c", "test_?.c", "[mR]*", "*.*.*", "*") {
    my $re = glob2re($g);
    print "$g => ", join(" ", grep { $_ =~ $re } @files), "\n";
}
print glob2re("a+b*.txt"), "\n";
