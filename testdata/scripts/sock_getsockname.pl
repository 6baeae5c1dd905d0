# socket + bind to 127.0.0.1 port 0, then getsockname tells which port was chosen.
socket(SOCK, 2, 1, 6) or die "socket: $!\n";
my $ok = bind(SOCK, pack('S n a4 x8', 2, 0, pack('C4', 127, 0, 0, 1)));
print "bind: $ok\n";
my $name = getsockname(SOCK);
print "length: ", length($name), "\n";
my ($family, $port, $host) = unpack('S n a4', $name);
print "family: $family\n";
print "host: ", join('.', unpack('C4', $host)), "\n";
print "port > 0: ", ($port > 0 ? "yes" : "no"), "\n";
print "listen: ", listen(SOCK, 5), "\n";
print "close: ", close(SOCK), "\n";
