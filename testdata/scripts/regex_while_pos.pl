# while (/.../g) with pos(): walking a string, resetting and setting pos.
my $s = "one two three";
while ($s =~ /(\w+)/g) {
    printf "%-5s ends at %d\n", $1, pos($s);
}
print "pos after loop: ", (defined pos($s) ? pos($s) : "undef"), "\n";
$s =~ /\w+/g;
print "after first: ", pos($s), "\n";
pos($s) = 8;
$s =~ /(\w+)/g;
print "from 8: $1\n";
pos($s) = 0;
my @w;
push @w, $1 while $s =~ /(\w)\w*/g;
print "@w\n";
$_ = "aXbXc";
my $n = 0;
$n++ while /X/g;
print "X count $n\n";
my $str = "aaa";
my @p;
while ($str =~ /a*?/g) { push @p, pos($str); last if @p > 5 }
print "@p\n";
