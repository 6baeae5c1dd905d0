# Scalar //g on several strings at once: each keeps its own position.
my @s = ("a1a2a3", "b1b2", "c1c2c3c4");
my @out;
for my $round (1 .. 4) {
    for my $i (0 .. $#s) {
        if ($s[$i] =~ /(\d)/g) { push @out, "$i:$1\@" . pos($s[$i]) } else { push @out, "$i:done" }
    }
}
print join(" ", @out), "\n";
my ($x, $y) = ("xyxy", "xyxy");
my @seq;
while (1) {
    my $mx = $x =~ /x/g;
    my $my = $y =~ /y/g;
    last unless $mx || $my;
    push @seq, ($mx ? pos($x) : "-") . "/" . ($my ? pos($y) : "-");
}
print "@seq\n";
