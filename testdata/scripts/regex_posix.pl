# POSIX bracket classes and their negations.
my $s = "aB3 _\t!\x7f";
for my $c (qw(alpha digit alnum upper lower space punct word blank cntrl xdigit print graph)) {
    my $n = () = $s =~ /[[:$c:]]/g;
    my $not = () = $s =~ /[[:^$c:]]/g;
    print "$c $n $not\n";
}
print "mixed\n" if "x-" =~ /^[[:alpha:]-]+$/;
my @hex = "0x1F zz 0xab" =~ /0x([[:xdigit:]]+)/g;
print "@hex\n";
