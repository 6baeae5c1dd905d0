# warn and die with characters: bytes when they fit, else UTF-8 with a
# Wide character warning; $@ keeps the characters.
warn "caf\x{e9}\n";
warn "\x{263A} smile\n";
eval { die "\x{263A} in eval\n" };
print length($@), "\n";
eval { die "no newline \x{263A}" };
print length($@), "\n";
die "\x{263A} dies\n";
