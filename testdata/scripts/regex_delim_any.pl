# Match operators with many delimiters: m{} m[] m<> m() m!! m,, m## m||.
my $s = "path/to/file.txt";
print "braces\n" if $s =~ m{^path/to};
print "brackets\n" if $s =~ m[file\.txt$];
print "angles\n" if $s =~ m<to/(\w+)>;
print "got $1\n";
print "parens\n" if $s =~ m(\.(txt)$);
print "bang $1\n" if $s =~ m!^(\w+)/!;
print "comma\n" if $s =~ m,/to/,;
print "hash\n" if $s =~ m#file#;
print "pipe\n" if $s =~ m|path|;
print "nested {} ok\n" if "aaa" =~ m{^a{3}$};
print "nested [] ok\n" if "x1" =~ m[^[a-z][0-9]$];
print "nested () ok\n" if "abab" =~ m((ab)+);
my @m = ("k1=v1;k2=v2" =~ m{(\w+)=(\w+)}g);
print join(",", @m), "\n";
print "slash escape\n" if "a/b" =~ /a\/b/;
print "spaces m {}\n" if "xy" =~ m {xy};
