# Dotted quads to 32-bit numbers and back with pack/unpack.
sub to_number {
    my ($a, $b, $c, $d) = @_;
    return unpack('N', pack('C4', $a, $b, $c, $d));
}
sub to_dotted {
    my $n = shift;
    return join('.', unpack('C4', pack('N', $n)));
}
foreach my $n (to_number(127, 0, 0, 1), to_number(0, 0, 0, 0), to_number(255, 255, 255, 255), to_number(192, 168, 1, 10)) {
    printf("%-15s %10u %08x\n", to_dotted($n), $n, $n);
}
my $next = to_dotted(to_number(10, 0, 0, 255) + 1);
print "after 10.0.0.255 comes $next\n";
