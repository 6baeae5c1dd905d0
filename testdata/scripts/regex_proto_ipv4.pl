# Validating and parsing IPv4 addresses and CIDR blocks.
my $octet = qr/(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)/;
my $ip = qr/^($octet)\.($octet)\.($octet)\.($octet)$/;
for my $a (qw(127.0.0.1 10.0.0.255 256.1.1.1 1.2.3 01.2.3.4 192.168.1.1 0.0.0.0)) {
    if ($a =~ $ip) { printf "%-12s ok %08x\n", $a, ($1 << 24) | ($2 << 16) | ($3 << 8) | $4 }
    else           { printf "%-12s invalid\n", $a }
}
for my $c (qw(10.0.0.0/8 192.168.0.0/33 1.2.3.4/0)) {
    if ($c =~ m{^([\d.]+)/(\d+)$} && $2 <= 32) { print "$c net=$1 bits=$2\n" }
    else { print "$c bad cidr\n" }
}
my $log = "from 10.1.2.3 to 172.16.0.9 via 999.1.1.1";
my @ips = $log =~ /\b((?:\d{1,3}\.){3}\d{1,3})\b/g;
print "@ips\n";
