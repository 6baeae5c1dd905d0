# Binding a second socket to a port already bound fails with "Address already in use".
socket(FIRST, 2, 1, 6) or die "socket: $!\n";
bind(FIRST, pack('S n a4 x8', 2, 0, pack('C4', 127, 0, 0, 1))) or die "bind: $!\n";
listen(FIRST, 5) or die "listen: $!\n";
my ($family, $port) = unpack('S n', getsockname(FIRST));
socket(SECOND, 2, 1, 6) or die "socket: $!\n";
if (bind(SECOND, pack('S n a4 x8', 2, $port, pack('C4', 127, 0, 0, 1)))) {
    print "second bind succeeded?\n";
} else {
    print "second bind failed: $!\n";
    print "errno: ", $! + 0, "\n";
}
close(SECOND);
close(FIRST);
