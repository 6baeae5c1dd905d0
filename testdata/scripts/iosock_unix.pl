use strict;
use warnings;
use IO::Socket::UNIX;
use Socket qw(SOCK_STREAM SOCK_DGRAM AF_UNIX);

my $dir = "/tmp/iosock_unix_$$";
system("mkdir", "-p", $dir) == 0 or die "mkdir failed";
my $path = "$dir/stream.sock";

my $server = IO::Socket::UNIX->new(Type => SOCK_STREAM, Local => $path, Listen => 5)
    or die "listen: $!";
print "server isa IO::Socket: ", ($server->isa('IO::Socket') ? 1 : 0), " IO::Handle: ", ($server->isa('IO::Handle') ? 1 : 0), "\n";
print "hostpath matches: ", ($server->hostpath eq $path ? 1 : 0), "\n";
print "domain ", $server->sockdomain, " (AF_UNIX ", AF_UNIX, ") type ", $server->socktype, "\n";

my $client = IO::Socket::UNIX->new($path) or die "connect: $@";
my $conn = $server->accept or die "accept: $!";
print "accepted ref: ", ref($conn), "\n";
print "client peerpath matches: ", ($client->peerpath eq $path ? 1 : 0), "\n";
print "client hostpath: ", (defined $client->hostpath ? "named" : "undef"), "\n";
print "conn hostpath matches: ", ($conn->hostpath eq $path ? 1 : 0), "\n";
print "connected: ", ($client->connected ? 1 : 0), "\n";

print $client "line one\n";
$client->print("line two\n");
$client->printf("%s %d\n", "line", 3);
for (1 .. 3) {
    my $l = <$conn>;
    print "server got: $l";
}
$conn->send("raw reply");
my $buf;
$client->recv($buf, 100);
print "client recv: $buf\n";
print $conn "via print\n";
my $line = $client->getline;
print "client getline: $line";
$client->syswrite("sys\n");
sysread($conn, my $sbuf, 100);
print "sysread: $sbuf";

$client->shutdown(1);
my $rest = <$conn>;
print "after shutdown: ", (defined $rest ? "data" : "eof"), "\n";
$conn->close;
$client->close;
print "closed: ", ($client->opened ? 1 : 0), "\n";

my ($c2, $addr);
my $client2 = IO::Socket::UNIX->new(Peer => $path) or die;
($c2, $addr) = $server->accept;
print "list accept: ", ref($c2), " addr length ", length($addr) > 0 ? "ok" : "empty", "\n";
$client2->close;
$c2->close;
$server->close;

my $dpath = "$dir/dgram.sock";
my $dserver = IO::Socket::UNIX->new(Type => SOCK_DGRAM, Local => $dpath) or die "dgram: $!";
my $dclient = IO::Socket::UNIX->new(Type => SOCK_DGRAM, Peer => $dpath) or die "dgram peer: $@";
print "dgram type: ", $dserver->socktype, " (SOCK_DGRAM ", SOCK_DGRAM, ")\n";
$dclient->send("datagram one");
$dclient->send("datagram two");
for (1 .. 2) {
    $dserver->recv(my $d, 100);
    print "dgram got: $d\n";
}

my $bad = IO::Socket::UNIX->new(Peer => "$dir/missing.sock");
print "missing peer: ", (defined $bad ? "connected" : "undef"), " \$\@=$@ \$!=$!\n";

system("rm", "-rf", $dir);
print "done\n";
