# What eval STRING returns for different final statements.
my @cases = (
    '42',
    '"str"',
    '(1, 2, 3)',
    'my @a = (4, 5); @a',
    'my %h = (a => 1); scalar(keys %h)',
    'undef',
    '()',
    'unless (0) { "unless" }',
    'do { 7 }',
    'sub { 1 }; 5',
);
for my $c (@cases) {
    my @l = eval $c;
    my $s = eval $c;
    printf "%-38s list=(%s) scalar=%s\n", $c, join(",", map { defined $_ ? $_ : 'undef' } @l), defined $s ? $s : 'undef';
}
