# Repeated substitution until nothing changes: 1 while s///.
my $expr = "((a)(b(c)))";
my $depth = 0;
$depth++ while $expr =~ s/\([^()]*\)/X/;
print "depth-ish $depth, left $expr\n";
my $num = "12345678";
1 while $num =~ s/^(\d+)(\d{3})/$1,$2/;
print "$num\n";
my $path = "/a/b/../c/./../d";
1 while $path =~ s{/[^/]+/\.\.}{};
$path =~ s{/\./}{/}g;
print "$path\n";
my $s = "aaaa";
my $steps = 0;
$steps++ while $s =~ s/aa/a/;
print "$steps $s\n";
