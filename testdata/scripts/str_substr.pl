# substr with 2 and 3 arguments, negative offsets and lengths.
my $s = "Hello, World";
print substr($s, 0, 5), "\n";
print substr($s, 7), "\n";
print substr($s, -5), "\n";
print substr($s, -5, 3), "\n";
print substr($s, 2, -3), "\n";
print substr($s, 0, 100), "\n";
print substr($s, 3, 0), "|\n";
print substr($s, length($s)), "|\n";
my $u = "0123456789";
print substr($u, 8, 5), "\n";
print substr($u, -3, -1), "\n";
