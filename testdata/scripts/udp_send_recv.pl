# send and recv on two UDP sockets bound to 127.0.0.1 port 0: datagrams
# keep their boundaries and recv returns the sender's address.
use strict;
use Socket;

my $proto = getprotobyname("udp");
socket(my $one, PF_INET, SOCK_DGRAM, $proto) or die "socket: $!";
socket(my $two, PF_INET, SOCK_DGRAM, $proto) or die "socket: $!";
bind($one, sockaddr_in(0, INADDR_LOOPBACK)) or die "bind: $!";
bind($two, sockaddr_in(0, INADDR_LOOPBACK)) or die "bind: $!";
my $addr_one = getsockname($one);
my $addr_two = getsockname($two);
my ($port_one) = sockaddr_in($addr_one);
my ($port_two) = sockaddr_in($addr_two);
print "ports differ: ", ($port_one != $port_two ? "yes" : "no"), "\n";

# send with a destination returns the bytes sent.
print "sent: ", send($one, "first datagram", 0, $addr_two), "\n";
print "sent: ", send($one, "second", 0, $addr_two), "\n";
print "sent: ", send($one, "", 0, $addr_two), "\n";

my $buf = "old contents";
my $from = recv($two, $buf, 1024, 0);
die "recv: $!" unless defined $from;
my ($from_port, $from_ip) = sockaddr_in($from);
print "got [$buf] length ", length($buf), "\n";
print "from family: ", (sockaddr_family($from) == AF_INET ? "AF_INET" : sockaddr_family($from)), "\n";
print "from address length: ", length($from), "\n";
print "from ip: ", inet_ntoa($from_ip), "\n";
print "from port is the sender's: ", ($from_port == $port_one ? "yes" : "no"), "\n";

# A short buffer truncates the datagram; the rest of it is lost.
$from = recv($two, $buf, 3, 0);
print "truncated: [$buf]\n";
# An empty datagram is received as an empty string.
$from = recv($two, $buf, 100, 0);
print "empty: defined=", (defined $from ? 1 : 0), " [$buf] length ", length($buf), "\n";

# MSG_PEEK leaves the datagram queued.
send($two, "peek at me", 0, $addr_one);
$from = recv($one, $buf, 100, MSG_PEEK);
print "peeked: [$buf]\n";
$from = recv($one, $buf, 100, 0);
print "then read: [$buf] from port is two's: ", ((sockaddr_in($from))[0] == $port_two ? "yes" : "no"), "\n";

# Nothing queued: MSG_DONTWAIT fails at once with EAGAIN.
$from = recv($one, $buf, 100, MSG_DONTWAIT);
print "dontwait: ", (defined $from ? "defined" : "undef"), " err=$!\n";

# A connected UDP socket may send without a destination.
connect($one, $addr_two) or die "connect: $!";
print "sent connected: ", send($one, "connected", 0), "\n";
$from = recv($two, $buf, 100, 0);
print "got [$buf]\n";
# syswrite works on it too.
print "syswrite: ", syswrite($one, "via syswrite"), "\n";
my $n = sysread($two, $buf, 100);
print "sysread: $n [$buf]\n";

# An unconnected socket without a destination cannot send.
my $r = send($two, "nowhere", 0);
print "no destination: ", (defined $r ? $r : "undef"), " $!\n";
close $one;
close $two;
