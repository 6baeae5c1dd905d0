   $address = accept(NEWSOCK,SOCK);
print "accept without socket: ", (defined $address ? "[$address]" : "undef"), " $!\n";
