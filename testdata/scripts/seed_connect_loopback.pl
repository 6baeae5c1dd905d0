socket(SOCK, 2, 1, 6) or die "socket: $!\n";
   $domain = 2; # Internet domain
   $host = pack('C4', 127,0,0,1); # =
   $port = 1;
   $address = pack('S n a4 x8', $domain, $port, $host);
   connect(SOCK, $address);
print "connect to 127.0.0.1 port 1: $!\n";
