# The bind() and listen() snippets after socket(), on port 0 so the system picks a free port.
socket(SOCK, 2, 1, 6) or die "socket: $!\n";
   $domain = 2; # Internet domain
   $host = pack('C4', 127,0,0,1); # localhost =
   $port = 0;
   $address = pack('S n a4 x8', $domain, $port, $host);
   bind(SOCK, $address) or die "bind: $!\n";
   $queueSize = 5;
   listen(SOCK, $queueSize) or die "listen: $!\n";
my ($family, $boundPort, $boundHost) = unpack('S n a4', getsockname(SOCK));
print "family: $family\n";
print "host: ", join('.', unpack('C4', $boundHost)), "\n";
print "port chosen: ", ($boundPort > 0 ? "yes" : "no"), "\n";
close(SOCK);
