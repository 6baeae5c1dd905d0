# Eval strings as sort and map bodies; $a and $b of the current package.
my @data = (5, 3, 9, 1);
my $order = '$a <=> $b';
my $cmp = eval "sub { $order }";
print join(",", sort $cmp @data), "\n";
my @doubled = map { eval '$_ * 2' } @data;
print "@doubled\n";
my @long = grep { eval 'length($_) > 3' } qw(a abcd xyz hello);
print "@long\n";
my $rev = eval 'sub { $b cmp $a }';
print join(",", sort $rev qw(pear apple fig)), "\n";
my $sum = 0;
eval '$sum += $_ for @data';
print "$sum\n";
