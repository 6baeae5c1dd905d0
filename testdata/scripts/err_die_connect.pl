# connect to a closed loopback port: die with $! exits with ECONNREFUSED (111).
socket(SOCK, 2, 1, 6) or die "socket: $!\n";
bind(SOCK, pack('S n a4 x8', 2, 0, pack('C4', 127, 0, 0, 1))) or die "bind: $!\n";
my ($family, $port) = unpack('S n', getsockname(SOCK));
# SOCK is bound but not listening, so nothing accepts on $port.
socket(CLIENT, 2, 1, 6) or die "socket: $!\n";
print "connecting\n";
connect(CLIENT, pack('S n a4 x8', 2, $port, pack('C4', 127, 0, 0, 1))) or die "connect: $!\n";
print "not reached\n";
