# \x{...}, \N{U+...} and chr make character strings; length counts
# characters.
binmode(STDOUT, ':utf8');
my $smile = "\x{263A}";
my $named = "\N{U+263A}";
my $chr = chr(0x263A);
print length($smile), length($named), length($chr), "\n";
print $smile eq $named && $named eq $chr ? "same\n" : "different\n";
my $mixed = "caf\x{e9} \x{263A} na\x{ef}ve";
print length($mixed), " [$mixed]\n";
print ord($smile), " ", ord(substr($mixed, 3, 1)), "\n";
my $latin = "\x{e9}";
print length($latin), " ", ord($latin), "\n";
print length("\N{U+E9}"), "\n";
my $s = "a\x{100}b";
print join(",", map { ord } split //, $s), "\n";
printf "%d chars, %s\n", length("\x{1F600}x"), "\x{1F600}x";
print "\x{41}\x{42}\n";
