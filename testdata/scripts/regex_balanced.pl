# Checking balanced brackets with \G scanning and a stack (no recursion).
my %pair = (")" => "(", "]" => "[", "}" => "{");
for ("(a[b]{c})", "((x)", "a)b(", "{[()()]}", "no brackets", "[(])") {
    my @st;
    my $ok = 1;
    my $s = $_;
    while ($s =~ /([(\[{])|([)\]}])/g) {
        if (defined $1) { push @st, $1 }
        elsif (!@st || pop(@st) ne $pair{$2}) { $ok = 0; last }
    }
    $ok = 0 if @st;
    printf "%-12s %s\n", $_, $ok ? "balanced" : "unbalanced";
}
my $depth = 0; my $max = 0;
for ("((a)(b((c))))" =~ /[()]/g) { $depth += $_ eq "(" ? 1 : -1; $max = $depth if $depth > $max }
print "max depth $max\n";
