# ($host, $port) = @ARGV with both given.
my ($host, $port) = @ARGV;
$port = 8888 unless $port;
print "Host: $host\n";
print "Port: $port\n";
print "Port + 1: ", $port + 1, "\n";
