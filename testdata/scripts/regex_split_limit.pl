# split with positive, negative and zero limits.
my $s = "a:b:c:::";
print scalar(my @a = split /:/, $s), "\n";
my @b = split /:/, $s, 2;     print join("|", @b), "\n";
my @c = split /:/, $s, -1;    print scalar(@c), ": ", join("|", @c), "\n";
my @d = split /:/, $s, 0;     print scalar(@d), "\n";
my @e = split /:/, $s, 10;    print scalar(@e), ": ", join("|", @e), "\n";
my @f = split /:/, $s, 1;     print join("|", @f), "\n";
my ($k, $v) = split /=/, "key=val=ue", 2;
print "$k => $v\n";
my @g = split /,/, "a,b,c,,,", 4;
print scalar(@g), ": ", join("|", @g), "\n";
my @h = split //, "abcd", 3;
print join("|", @h), "\n";
my $cnt = () = split /,/, "x,y,z";
print "cnt $cnt\n";
my $n = split /,/, "p,q,r,s";
print "scalar $n\n";
