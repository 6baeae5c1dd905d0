   $queueSize = 5;
   listen(SOCK, $queueSize);
print "listen without socket: [", listen(SOCK, $queueSize), "] $!\n";
