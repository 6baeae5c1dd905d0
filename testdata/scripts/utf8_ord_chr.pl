# ord and chr across the byte/character boundary.
binmode(STDOUT, ':utf8');
for my $n (65, 233, 255, 256, 0x263A, 0x1F600) {
    my $c = chr($n);
    printf "%6d len=%d ord=%d utf8=%d\n", $n, length($c), ord($c), utf8::is_utf8($c) ? 1 : 0;
}
print ord(""), " ", ord("\x{263A}abc"), "\n";
my $s = join("", map { chr } 0x3b1 .. 0x3b5);
print "$s ", length($s), "\n";
print join(" ", map { sprintf "U+%04X", ord } split //, "a\x{e9}\x{263A}"), "\n";
