# qr objects as split separators, with flags and captures.
my $sep = qr/\s*[,;]\s*/;
print join("|", split $sep, "a , b;c ;  d"), "\n";
my $ci = qr/and/i;
print join("|", split $ci, "salt AND pepper and oil"), "\n";
my $cap = qr/(=)/;
print join("|", split $cap, "k=v=w"), "\n";
my @seps = (qr/,/, qr/:/);
for my $s (@seps) { print join("+", split $s, "1,2:3"), "\n" }
my $ws = qr/\s+/;
print scalar(my @f = split $ws, " lead and trail "), "\n";
