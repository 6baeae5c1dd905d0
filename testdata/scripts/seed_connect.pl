   $domain = 2; # Internet domain
   $host = pack('C4', 216,109,118,67); # =
   $port = 80;
   $address = pack('S n a4 x8', $domain, $port, $host);
   connect(SOCK, $address);
print "connect without socket: [", connect(SOCK, $address), "] $!\n";
