# Patterns on character strings: characters, not bytes, under Unicode rules.
binmode(STDOUT, ':utf8');
my $s = "caf\x{e9} cr\x{e8}me";
utf8::upgrade($s);
if ($s =~ /f(.)/) { print length($1), " $1\n" }
my @w = $s =~ /(\S+)/g; print scalar(@w), " @w ", length($w[0]), "\n";
(my $t = $s) =~ s/(.)m/[$1]/; print "$t\n";
my @c = split /\s+/, $s; print length($c[1]), "\n";
my @ch = split //, $s; print scalar(@ch), "\n";
my $u = $s; $u =~ s/e/\x{263A}/g; print "$u\n";
my $v = $s; $v =~ tr/a-z/A-Z/; print "$v\n";
while ($s =~ /(\w+)/g) { print pos($s), " " } print "\n";
print "$`|$&|$'\n" if $s =~ /\x{e9}/;
my $w = "\x{263A} smile \x{263B} frown";
my @words = $w =~ /([a-z]+)/g;
print "@words\n";
(my $x = $w) =~ s/smile/grin/;
print length($x), " $x\n";
print "ci\n" if "\x{c9}COLE" =~ /^\x{e9}cole$/i;
my $d = "caf\xe9";
print "bytes: ", ($d =~ /^\w+$/ ? "word" : "not word"), "\n";
