# Leading empty fields are kept, trailing empty fields removed.
my @a = split /,/, ",a,,b,,";
print scalar(@a), ": ", join("|", @a), "\n";
my @b = split /,/, ",,,";
print "all empty: ", scalar(@b), "\n";
my @c = split /,/, "";
print "empty string: ", scalar(@c), "\n";
my @d = split /\s*/, " a b";
print join("|", @d), "\n";
my @e = split /x*/, "axxb";
print join("|", @e), "\n";
my @f = split /(,)/, ",a";
print scalar(@f), ": ", join("|", @f), "\n";
my @g = split ' ', "   ";
print "spaces only: ", scalar(@g), "\n";
my @h = split /b/, "abbbc";
print join("|", @h), "\n";
my @i = split /\t/, "a\t\tb\t";
print scalar(@i), "\n";
