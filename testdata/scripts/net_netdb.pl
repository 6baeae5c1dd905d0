# getproto*, getserv* and gethost* in list and scalar context, found and
# not found.
use strict;
use warnings;
use Socket qw(inet_aton inet_ntoa AF_INET AF_INET6 inet_pton);

sub show { my $label = shift; print "$label: (", join("|", map { defined $_ ? $_ : 'undef' } @_), ") n=", scalar(@_), "\n" }

show("proto tcp", getprotobyname("tcp"));
show("proto alias", getprotobyname("UDP"));
show("proto icmp", getprotobyname("icmp"));
show("proto none", getprotobyname("no-such-proto"));
show("proto 6", getprotobynumber(6));
show("proto 17", getprotobynumber(17));
show("proto 0", getprotobynumber(0));
show("proto 9999", getprotobynumber(9999));
show("proto '6'", getprotobynumber("6"));
my $s = getprotobyname("tcp"); show("scalar name", $s);
$s = getprotobyname("no-such-proto"); show("scalar none", $s);
$s = getprotobynumber(17); show("scalar number", $s);
$s = getprotobynumber(9999); show("scalar number none", $s);

show("serv http tcp", getservbyname("http", "tcp"));
show("serv alias", getservbyname("www", "tcp"));
show("serv domain udp", getservbyname("domain", "udp"));
show("serv http udp", getservbyname("http", "udp"));
show("serv no proto", getservbyname("ssh", ""));
show("serv none", getservbyname("no-such-service", "tcp"));
show("port 22", getservbyport(22, "tcp"));
show("port 53 udp", getservbyport(53, "udp"));
show("port 25", getservbyport(25, "tcp"));
show("port none", getservbyport(1, "udp"));
show("port 65000", getservbyport(65000, "tcp"));
$s = getservbyname("smtp", "tcp"); show("scalar serv", $s);
$s = getservbyname("no-such-service", "tcp"); show("scalar serv none", $s);
$s = getservbyport(80, "tcp"); show("scalar port", $s);
$s = getservbyport(65000, "tcp"); show("scalar port none", $s);

my @h = gethostbyname("127.0.0.1");
show("host numeric", @h[0 .. 3], map { inet_ntoa($_) } @h[4 .. $#h]);
@h = gethostbyname("localhost");
show("host localhost", @h[0 .. 3], map { inet_ntoa($_) } @h[4 .. $#h]);
$s = gethostbyname("localhost"); show("scalar host", inet_ntoa($s));
$s = gethostbyname("127.0.0.1"); show("scalar numeric", inet_ntoa($s));
my ($name, $aliases, $type, $len, @addrs) = gethostbyname("localhost");
print "fields: $name $type $len ", scalar(@addrs), "\n";
show("by addr", gethostbyaddr(inet_aton("127.0.0.1"), AF_INET));
$s = gethostbyaddr(inet_aton("127.0.0.1"), AF_INET); show("scalar by addr", $s);
