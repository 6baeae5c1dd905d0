# connect to a port where nothing listens: false, and $! says why.
socket(HOLDER, 2, 1, 6) or die "socket: $!\n";
bind(HOLDER, pack('S n a4 x8', 2, 0, pack('C4', 127, 0, 0, 1))) or die "bind: $!\n";
my ($family, $port) = unpack('S n', getsockname(HOLDER));
# HOLDER owns the port but never listens, so a connect is refused.
socket(SOCK, 2, 1, 6) or die "socket: $!\n";
my $r = connect(SOCK, pack('S n a4 x8', 2, $port, pack('C4', 127, 0, 0, 1)));
print "connect returned: ", (defined $r ? "[$r]" : "undef"), "\n";
print "error: $!\n";
print "errno: ", $! + 0, "\n";
unless ($r) {
    print "refused as expected\n";
}
