# The nine steps of the connection diagram, client and server in one program.
# Step 7 completes before step 4 returns because the kernel queues the connection.
my $domain = 2;
my $localhost = pack('C4', 127, 0, 0, 1);

socket(SOCK, 2, 1, 6) or die "1 socket: $!\n";
print "1 server socket\n";
bind(SOCK, pack('S n a4 x8', $domain, 0, $localhost)) or die "2 bind: $!\n";
my ($d, $serverPort) = unpack('S n', getsockname(SOCK));
print "2 server bound\n";
listen(SOCK, 5) or die "3 listen: $!\n";
print "3 listening\n";

socket(CSOCK, 2, 1, 6) or die "5 socket: $!\n";
print "5 client socket\n";
bind(CSOCK, pack('S n a4 x8', $domain, 0, $localhost)) or die "6 bind: $!\n";
my ($cd, $clientPort) = unpack('S n', getsockname(CSOCK));
print "6 client bound\n";
connect(CSOCK, pack('S n a4 x8', $domain, $serverPort, $localhost)) or die "7 connect: $!\n";
print "7 connected\n";

my $peer = accept(NEWSOCK, SOCK) or die "4 accept: $!\n";
my ($pd, $peerPort, $peerHost) = unpack('S n a4', $peer);
print "4 accepted from ", join('.', unpack('C4', $peerHost)), "\n";
print "8 peer port is the client's port: ", ($peerPort == $clientPort ? "yes" : "no"), "\n";

select(CSOCK); $| = 1; select(NEWSOCK); $| = 1; select(STDOUT);
print CSOCK "ping from client\n";
my $got = <NEWSOCK>;
print "9 server got: $got";
print NEWSOCK scalar reverse("pong from server"), "\n";
$got = <CSOCK>;
print "9 client got: $got";
close(CSOCK);
$got = <NEWSOCK>;
print "server sees end of stream: ", (defined $got ? "no" : "yes"), "\n";
close(NEWSOCK);
close(SOCK);
