   $domain = 2; # Internet domain
   $host = pack('C4', 127,0,0,1); # localhost =
   $port = 8888;
   $address = pack('S n a4 x8', $domain, $port, $host);
   bind(SOCK, $address);
print "bind without socket: [", bind(SOCK, $address), "] $!\n";
