# Validating numeric fields: /^ \d+ $/x, signed, decimals, ports, ranges.
for my $v ("42", " 42", "42 ", "-7", "+3", "3.14", "1e5", "", "007", "12a") {
    my @k;
    push @k, "uint" if $v =~ /^ \d+ $/x;
    push @k, "int" if $v =~ /^ [+-]? \d+ $/x;
    push @k, "dec" if $v =~ /^ [+-]? (?: \d+ (?: \. \d* )? | \. \d+ ) $/x;
    push @k, "sci" if $v =~ /^ [+-]? \d+ (?:\.\d+)? [eE] [+-]? \d+ $/x;
    print "[$v] @k\n";
}
for my $p (qw(0 80 65535 65536 99999 8080)) {
    my $ok = $p =~ /^\d{1,5}$/ && $p > 0 && $p <= 65535;
    print "port $p ", ($ok ? "ok" : "bad"), "\n";
}
