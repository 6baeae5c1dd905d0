#!/usr/bin/perl
# inet_server.pl - the same kind of line server written the modern way,
# after perlipc's "Internet TCP Clients and Servers": use strict, the
# Socket module's constants and helpers, and lexical filehandles. It
# answers each line in upper case until the client sends "quit".
#
# Usage: perl inet_server.pl [PORT [MAXCONN]]   (listens on 127.0.0.1)
use strict;
use warnings;
use Socket;

my $port = shift || 2345;
my $maxconn = shift || 0;
my $proto = getprotobyname("tcp");

socket(my $server, PF_INET, SOCK_STREAM, $proto) or die "socket: $!";
setsockopt($server, SOL_SOCKET, SO_REUSEADDR, pack("l", 1)) or die "setsockopt: $!";
bind($server, sockaddr_in($port, INADDR_LOOPBACK)) or die "bind: $!";
listen($server, SOMAXCONN) or die "listen: $!";

$| = 1;
print "server started on port $port\n";

my $served = 0;
while (my $paddr = accept(my $client, $server)) {
    my ($peer_port, $iaddr) = sockaddr_in($paddr);
    my $name = gethostbyaddr($iaddr, AF_INET) || inet_ntoa($iaddr);
    print "connection from $name [", inet_ntoa($iaddr), "]\n";

    select((select($client), $| = 1)[0]);
    print $client "Hello from the server on $name. Say quit to leave.\n";
    while (my $line = <$client>) {
        chomp $line;
        last if $line eq "quit";
        print $client uc($line), "\n";
    }
    print $client "Goodbye.\n";
    close $client;
    last if $maxconn && ++$served >= $maxconn;
}
close $server;
print "served $served client(s)\n";
