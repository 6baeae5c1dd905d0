# defined, undef as a value and as a function.
my $x;
print defined($x) ? "defined\n" : "undefined\n";
$x = 0;
print defined($x) ? "defined\n" : "undefined\n";
$x = "";
print defined $x ? "defined\n" : "undefined\n";
undef $x;
print defined $x ? "defined\n" : "undefined\n";
$x = 5;
$x = undef;
print defined $x ? "defined\n" : "undefined\n";
my @a = (1, 2, 3);
undef @a;
print "array size: ", scalar(@a), "\n";
my @b = (1, undef, 3);
print defined $b[1] ? "b1 defined\n" : "b1 undefined\n";
print defined $b[10] ? "b10 defined\n" : "b10 undefined\n";
my $u;
print "undef as number: ", $u + 0, "\n";
print "undef as string: [", "$u", "]\n";
print "undef concatenated: [" . $u . "]\n";
sub maybe { return undef }
print defined maybe() ? "sub defined\n" : "sub undef\n";
