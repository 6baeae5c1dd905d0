#!/usr/bin/perl
# server.pl - a simple socket server: it answers every line a client sends
# with the same line reversed, until the client sends a line holding just ".".
#
# Usage: perl server.pl [PORT [MAXCONN [HOST]]]
#   PORT     the port to listen on (default 8888)
#   MAXCONN  stop after this many connections (default: serve forever)
#   HOST     the local address to bind (default 0.0.0.0, every interface)
#
# Written with the built-in socket functions and numeric constants only,
# no modules: the address structures are packed by hand.

my ($port, $maxconn, $bindHost) = @ARGV;
$port = 8888 unless $port;
$maxconn = 0 unless $maxconn;
$bindHost = "0.0.0.0" unless $bindHost;

$| = 1; # the status lines must reach a pipe at once

my $domain = 2; # Internet domain
my $type = 1;   # Sequenced, reliable, two-way connection, byte streams
my $proto = 6;  # Transmission Control Protocol (TCP)

socket(SOCK, $domain, $type, $proto) or die "socket: $!\n";

my $host = pack('C4', split(/\./, $bindHost)); # 0.0.0.0: any local address
my $address = pack('S n a4 x8', $domain, $port, $host);
bind(SOCK, $address) or die "bind: $!\n";

my $queueSize = 5;
listen(SOCK, $queueSize) or die "listen: $!\n";

print "Server host: ", join('.', unpack('C4', $host)), "\n";
print "Server port: $port\n";

my $count = 0;
my $addr;
while ($addr = accept(NEWSOCK, SOCK)) {
   my ($peerDomain, $peerPort, $peerHost) = unpack('S n a4', $addr);
   print "Client host: ", join('.', unpack('C4', $peerHost)), "\n";
   print "Client port: $peerPort\n";

   select(NEWSOCK); $| = 1; select(STDOUT);
   print NEWSOCK "Hello from the reverse server. Send '.' to quit.\n";

   my $line;
   while ($line = <NEWSOCK>) {
      chomp($line);
      last if $line eq ".";
      print NEWSOCK scalar reverse($line), "\n";
   }
   print NEWSOCK "Bye.\n";
   close(NEWSOCK);
   print "Connection closed\n";

   $count++;
   last if $maxconn && $count >= $maxconn;
}
close(SOCK);
print "Server stopped after $count connection(s)\n";
