# @- and @+ as whole arrays: interpolated, counted, indexed, $#- and $#+.
if ("hello world" =~ /(o) (w)(x)?/) {
    print "starts: @-\n";
    print "ends: @+\n";
    print "count -: ", scalar(@-), " count +: ", scalar(@+), "\n";
    print "last -: $#- last +: $#+\n";
    print "neg: $-[-1] $+[-1]\n";
    my @s = @-;
    my @e = @+;
    for my $i (0 .. $#s) {
        print "group $i: ", substr("hello world", $s[$i], $e[$i] - $s[$i]), "\n";
    }
}
if ("abc" =~ /b/) { print "no groups: @- / @+ / $#- $#+\n" }
if ("aXbY" =~ /(X)|(Y)/) { print "alt: ", join(",", map { defined $_ ? $_ : "u" } @-), " $#- $#+\n" }
my @copy = map { $_ * 2 } @+;
print "@copy\n";
