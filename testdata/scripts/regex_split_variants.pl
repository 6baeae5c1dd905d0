# split with string patterns, classes, /i, single characters and regex metas.
print join("|", split /,\s*/, "a, b,c,   d"), "\n";
print join("|", split /[;:]/, "a;b:c"), "\n";
print join("|", split /x/i, "aXbxc"), "\n";
print join("|", split /\|/, "p|q|r"), "\n";
print join("|", split '\.', "1.2.3"), "\n";
print join("|", split ",", "u,v,,w"), "\n";
print join("|", split /(?<=,)/, "a,b,c"), "\n";
print join("|", split /\b/, "hi there"), "\n";
print join("|", split /(?:ab)+/, "xababy"), "\n";
my $sep = qr/\s*=\s*/;
print join("|", split $sep, "k = v=w"), "\n";
my $str = "1-2-3";
my $dash = "-";
print join("|", split $dash, $str), "\n";
print join("|", split /\d/, "a1b2c3"), "\n";
