   $domain = 2; # Internet domain
   $type = 1; # Sequenced, reliable, two-way connection, byte streams
   $proto = 6; # Transmission Control Protocol (TCP)
print "domain=$domain type=$type proto=$proto\n";
print "socket returned: ", socket(SOCK, $domain, $type, $proto), "\n";
