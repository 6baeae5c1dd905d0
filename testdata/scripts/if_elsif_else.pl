# if / elsif / else chains and what counts as true.
for my $n (-5, 0, 3, 10, 100) {
    if ($n < 0) {
        print "$n: negative\n";
    } elsif ($n == 0) {
        print "$n: zero\n";
    } elsif ($n < 10) {
        print "$n: small\n";
    } else {
        print "$n: big\n";
    }
}
for my $v ("0", "", "0.0", "00", " ", "a", "0E0") {
    if ($v) {
        print "'$v' is true\n";
    } else {
        print "'$v' is false\n";
    }
}
my $u;
if (defined $u) { print "defined\n" } else { print "undef is false\n" }
if (1) { print "no semicolon needed before brace\n" }
