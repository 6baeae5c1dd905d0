# Captures in a split pattern are returned between the fields.
print join("|", split /(,)/, "a,b,c"), "\n";
print join("|", split /(-)|(\+)/, "1-2+3"), "\n" =~ s/^/ /r if 0;
my @x = split /(-)|(\+)/, "1-2+3";
print join("|", map { defined $_ ? $_ : "u" } @x), "\n";
my @y = split /\s*([=;])\s*/, "a = 1; b = 2";
print join("|", @y), "\n";
my @z = split /(\d)/, "a1b2c";
print scalar(@z), ": @z\n";
my @w = split //, "abc", 2;
print join("|", @w), "\n";
my @v = split /(a)(x)?/, "1a2";
print join("|", map { defined $_ ? $_ : "u" } @v), "\n";
my %h = split /[=&]/, "a=1&b=2&c=3";
print join(",", map { "$_$h{$_}" } sort keys %h), "\n";
