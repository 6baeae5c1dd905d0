# Stripping line endings of a line protocol: s/\r?\n$//, chomp, \R.
my @raw = ("HELO host\r\n", "MAIL FROM:<a\@b>\n", "DATA\r\n", "no ending", "\r\n", "dots...\r\r\n");
for my $l (@raw) {
    (my $c = $l) =~ s/\r?\n$//;
    my $shown = $c =~ s/\r/\\r/gr;
    print "[$shown]\n";
}
for my $l (@raw) {
    (my $c = $l) =~ s/\R\z//;
    print length($c), " ";
}
print "\n";
my $buf = "a\r\nb\nc\r\n";
my @lines = split /\r?\n/, $buf;
print join(",", @lines), "\n";
while ($buf =~ /([^\r\n]*)\r?\n/g) { print "<$1>" }
print "\n";
