#!/usr/bin/perl
# client.pl - a simple socket client for server.pl: it prints the server's
# greeting, sends every line of its standard input and prints each reply,
# then sends "." and prints whatever the server says until it closes.
#
# Usage: perl client.pl [PORT] < lines

my ($port) = @ARGV;
$port = 8888 unless $port;

my $domain = 2; # Internet domain
my $type = 1;   # Sequenced, reliable, two-way connection, byte streams
my $proto = 6;  # Transmission Control Protocol (TCP)

socket(SOCK, $domain, $type, $proto) or die "socket: $!\n";

# Step 6 of the diagram: bind to a local address first. Port 0 lets the
# system pick a free port.
my $localHost = pack('C4', 127,0,0,1);
my $localAddress = pack('S n a4 x8', $domain, 0, $localHost);
bind(SOCK, $localAddress) or die "bind: $!\n";

my $host = pack('C4', 127,0,0,1); # localhost
my $address = pack('S n a4 x8', $domain, $port, $host);
connect(SOCK, $address) or die "connect: $!\n";

select(SOCK); $| = 1; select(STDOUT);

my $line = <SOCK>;
die "connection closed before the greeting\n" unless defined $line;
print $line;

# A "." typed by the user ends the session just like the end of input.
my $open = 1;
my $input;
while ($input = <STDIN>) {
   chomp($input);
   last if $input eq ".";
   print SOCK "$input\n";
   $line = <SOCK>;
   unless (defined $line) {
      $open = 0; # the server hung up: writing again would raise SIGPIPE
      last;
   }
   print $line;
}

if ($open) {
   print SOCK ".\n";
   while ($line = <SOCK>) {
      print $line;
   }
}
close(SOCK);
