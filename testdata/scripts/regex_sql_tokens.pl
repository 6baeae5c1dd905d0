# Tokenising a small SQL statement with a single alternation and named groups.
my $sql = q{SELECT id, name FROM users WHERE age >= 21 AND name LIKE 'A%' -- adults
ORDER BY name DESC LIMIT 10;};
my @tok;
while ($sql =~ /\G(?:(?<ws>\s+)|(?<comment>--[^\n]*)|(?<kw>(?i:SELECT|FROM|WHERE|AND|LIKE|ORDER|BY|DESC|LIMIT)\b)|(?<id>[A-Za-z_]\w*)|(?<num>\d+)|(?<str>'(?:[^']|'')*')|(?<op>>=|<=|<>|[=<>,;*]))/gc) {
    my ($kind) = grep { defined $+{$_} } qw(kw id num str op comment);
    next unless defined $kind;
    push @tok, "$kind:$+{$kind}";
}
print join(" ", @tok), "\n";
print "complete\n" if pos($sql) == length $sql;
my %count;
$count{(split /:/)[0]}++ for @tok;
print join(", ", map { "$_=$count{$_}" } sort keys %count), "\n";
