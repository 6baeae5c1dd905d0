# qr objects interpolated into bigger patterns keep their own flags.
my $word = qr/hello/i;
my $num = qr/\d+/;
print "1 ok\n" if "say HELLO 42" =~ /say $word $num/;
print "2 no\n" unless "SAY hello 42" =~ /say $word $num/;
my $pair = qr/($num)-($num)/;
if ("range 10-20" =~ /range $pair/) { print "from $1 to $2\n" }
my $alt = join "|", map { quotemeta } qw(a.b c+d e*f);
my $alt_re = qr/^(?:$alt)$/;
for (qw(a.b axb c+d ccd e*f)) { print "$_ ", ($_ =~ $alt_re ? "y" : "n"), "\n" }
my @parts = (qr/\w+/, qr/=/, qr/\S+/);
my $line = qr/^$parts[0]\s*$parts[1]\s*$parts[2]$/;
print "kv ok\n" if "key = val" =~ $line;
print "$line\n";
