# A whole reverse-server conversation on loopback inside one program:
# the client writes all its lines first (they fit in the socket buffers).
socket(SERVER, 2, 1, 6) or die "socket: $!\n";
bind(SERVER, pack('S n a4 x8', 2, 0, pack('C4', 127, 0, 0, 1))) or die "bind: $!\n";
listen(SERVER, 5) or die "listen: $!\n";
my ($f, $port) = unpack('S n', getsockname(SERVER));

socket(CLIENT, 2, 1, 6) or die "socket: $!\n";
connect(CLIENT, pack('S n a4 x8', 2, $port, pack('C4', 127, 0, 0, 1))) or die "connect: $!\n";
accept(CONN, SERVER) or die "accept: $!\n";
select(CLIENT); $| = 1; select(CONN); $| = 1; select(STDOUT);

for my $msg ("hello", "socket world", "12345", ".") {
    print CLIENT "$msg\n";
}
my $n = 0;
while (my $line = <CONN>) {
    chomp($line);
    last if $line eq ".";
    $n++;
    print CONN scalar reverse($line), "\n";
}
print CONN "served $n lines\n";
close(CONN);
while (my $reply = <CLIENT>) {
    print "reply: $reply";
}
close(CLIENT);
close(SERVER);
