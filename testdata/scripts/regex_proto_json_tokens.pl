# Tokenising a JSON-like text with \G and /gc alternatives.
my $src = '{"name": "x\"y", "n": -12.5e3, "ok": true, "list": [1, null, false]}';
my @t;
for ($src) {
    while (1) {
        if    (/\G\s+/gc) { }
        elsif (/\G([{}\[\]:,])/gc) { push @t, $1 }
        elsif (/\G"((?:[^"\\]|\\.)*)"/gc) { push @t, "STR($1)" }
        elsif (/\G(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/gc) { push @t, "NUM($1)" }
        elsif (/\G(true|false|null)/gc) { push @t, uc $1 }
        elsif (/\G\z/gc) { last }
        else { die "bad input at " . pos() }
    }
}
print join(" ", @t), "\n";
print scalar(@t), " tokens\n";
