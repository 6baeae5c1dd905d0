# s/// on each element of an array in place, and map with s///r copies.
my @lines = ("  one ", "two  ", " three");
s/^\s+|\s+$//g for @lines;
print join("|", @lines), "\n";
my @orig = qw(cat hat bat);
my @new = map { s/at/og/r } @orig;
print "@orig / @new\n";
my @paths = ("/tmp/a.txt", "/var/b.log");
my @names = map { (my $x = $_) =~ s{.*/}{}; $x } @paths;
print "@names\n";
my %h = (a => "x-y", b => "z-w");
s/-/_/ for values %h;
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
my $count = 0;
$count += s/o/0/g for my @copy = ("foo", "boo", "bar");
print "$count @copy\n";
