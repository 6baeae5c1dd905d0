# substr, index, rindex and reverse on characters.
binmode(STDOUT, ':utf8');
my $s = "\x{3b1}\x{3b2}\x{3b3}\x{3b4}\x{3b5}";
print substr($s, 1, 2), " ", substr($s, -2), "\n";
print index($s, "\x{3b3}"), " ", rindex($s, "\x{3b5}"), " ", index($s, "z"), "\n";
print index("ab\x{263A}cd\x{263A}", "\x{263A}", 3), "\n";
substr($s, 0, 1, "A");
print "$s ", length($s), "\n";
my $t = "abc";
substr($t, 1, 1, "\x{263A}");
print "$t ", length($t), "\n";
print scalar reverse("\x{263A}ab\x{e9}"), "\n";
my @r = reverse("\x{263A}", "b");
print "@r\n";
print ucfirst("\x{e9}t\x{e9}"), "\n";
print join("|", map { sprintf "%04x", ord } split //, "\x{263A}\x{263B}"), "\n";
