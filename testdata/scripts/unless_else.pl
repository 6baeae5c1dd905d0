# unless, unless/else, unless/elsif.
my $x = 5;
unless ($x == 5) {
    print "not five\n";
} else {
    print "five\n";
}
unless ($x > 10) {
    print "not greater than ten\n";
}
unless (0) { print "unless 0 runs\n" }
unless ($x) {
    print "false\n";
} elsif ($x > 3) {
    print "elsif after unless\n";
}
