# Joining bytes and characters upgrades the bytes, as perl does.
binmode(STDOUT, ':utf8');
my $bytes = "caf\xe9";
my $wide = "\x{263A}";
my $j = $bytes . $wide;
print length($j), " ", ord(substr($j, 3, 1)), "\n";
my $i = "$bytes-$wide";
print length($i), "\n";
my $acc = "";
$acc .= $_ for ("a", "\xe9", "\x{263A}", "\xe9");
print length($acc), " ", join(",", map { ord } split //, $acc), "\n";
my $joined = join("\x{2014}", "a", "b\xe9", "c");
print length($joined), " $joined\n";
my $rep = "\x{263A}" x 3;
print length($rep), " $rep\n";
print lc("\x{100}BC"), " ", uc("\x{101}bc"), "\n";
my $t = "x\x{263A}y";
$t =~ s/y/\x{e9}/;
print length($t), " $t\n";
my $u = "plain";
$u =~ s/a/\x{263A}/;
print length($u), " $u\n";
if ("A\x{263A}B" =~ /A(.+)/) { print length($1), " $1\n" }
