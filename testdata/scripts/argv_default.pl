# With no arguments the default applies.
my ($port) = @ARGV;
$port = 8888 unless $port;
print "port: $port\n";
print "count: ", scalar(@ARGV), "\n";
my ($h, $p) = @ARGV;
print defined $h ? "host given\n" : "no host\n";
