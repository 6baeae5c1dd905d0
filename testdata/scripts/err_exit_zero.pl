# exit inside a sub and a loop ends everything, status 0.
sub finish {
    print "finishing\n";
    exit 0;
}
for my $i (1 .. 10) {
    print "i=$i\n";
    finish() if $i == 2;
}
print "not reached\n";
