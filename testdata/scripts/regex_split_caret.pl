# split /^/ splits into lines (as /^/m); other anchors.
my $text = "one\ntwo\nthree";
my @l = split /^/, $text;
print scalar(@l), ": ", join("|", map { s/\n/\\n/r } @l), "\n";
my @m = split /^/m, "a\nb\n";
print scalar(@m), "\n";
my @n = split /$/m, "a\nb";
print join("|", map { s/\n/N/r } @n), "\n";
my @o = split /\n/, "x\ny\n\n\n";
print scalar(@o), "\n";
my @p = split /(?=b)/, "abcabc";
print join("|", @p), "\n";
