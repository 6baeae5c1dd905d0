# map over a range of strings, one value and two values per element
my @x = map { "<$_>" } "aa" .. "ad"; print "@x\n";
my @y = map { ($_, 1) } "a" .. "c"; print "@y\n";
my @z = map { $_ * 2 } 1 .. 5; print "@z\n";
