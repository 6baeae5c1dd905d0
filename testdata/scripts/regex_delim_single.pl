# m'...' and s'...'...' interpolate nothing: $ and @ are regex syntax or literal.
my $x = "abc";
my @a = (1, 2);
print "dollar anchor\n" if "foo" =~ m'foo$';
print "no interp: ", ("\$x" =~ m'\$x' ? "yes" : "no"), "\n";
print "interp: ", ("abc" =~ m/$x/ ? "yes" : "no"), "\n";
my $t = 'cost $x here';
(my $u = $t) =~ s'\$x'$y';
print "$u\n";
my $at = 'mail @a now';
print "at literal\n" if $at =~ m'@a';
my $v = "a.b";
(my $w = $v) =~ s'\.'$x'g;
print "$w\n";
