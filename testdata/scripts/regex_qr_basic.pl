# qr// objects: match with them, store them, list of patterns, ref type.
my $num = qr/^\d+$/;
my $word = qr/^[a-z]+$/i;
for my $t (qw(42 abc ABC 4x)) {
    my $kind = $t =~ $num ? "number" : $t =~ $word ? "word" : "other";
    print "$t: $kind\n";
}
print ref($num), "\n";
my %rules = (int => qr/^-?\d+$/, hex => qr/^0x[0-9a-f]+$/i, float => qr/^-?\d*\.\d+$/);
for my $v (qw(12 -3 0xFF .5 1.25 z)) {
    my @k = grep { $v =~ $rules{$_} } sort keys %rules;
    print "$v => @k\n";
}
my @pats = (qr/a/, qr/b/, qr/c/);
my $str = "cab";
print join(",", map { $str =~ $_ ? 1 : 0 } @pats), "\n";
my $re = qr/(\w+)@(\w+)/;
if ("user\@host" =~ $re) { print "$1 at $2\n" }
my @all = ("a1 b2 c3" =~ /$re|(\w)(\d)/g);
print scalar(@all), "\n";
