# @_ aliases the caller's variables; my copies do not.
sub bump { $_[0]++ }
sub bump_copy { my $x = shift; $x++; return $x }
sub swap_in_place { my $t = $_[0]; $_[0] = $_[1]; $_[1] = $t }
my $n = 5;
bump($n);
print "after bump: $n\n";
my $r = bump_copy($n);
print "copy: $r, original: $n\n";
my ($a, $b) = ("left", "right");
swap_in_place($a, $b);
print "$a $b\n";
my @arr = (1, 2, 3);
sub double_all { $_ *= 2 for @_ }
double_all(@arr);
print "@arr\n";
sub total { my $t = 0; $t += $_ for @_; return $t }
print total(1 .. 10), "\n";
print total(@arr, 100), "\n";
sub show { print scalar(@_), ": @_\n" }
show(@arr, @arr);
show();
