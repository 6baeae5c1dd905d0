# The line reported is the line of the die, not of the call.
sub check {
    my $n = shift;
    die "bad value: $n" if $n > 2;
    return $n;
}
for my $i (1 .. 5) {
    print "checked ", check($i), "\n";
}
