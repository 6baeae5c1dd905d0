# pack and unpack of sockaddr_in structures, as socket programs build
# them: pack('S n a4 x8') from a port and a packed IPv4 address, then
# unpack('S n a4') and unpack('C4') to read them back.
use strict;
use warnings;

my $check = 0;
my $last  = "";
for my $i (1 .. 900_000) {
    my $port = 1024 + $i % 60000;
    my $host = pack('C4', 127, $i % 256, ($i >> 8) % 256, 1);
    my $addr = pack('S n a4 x8', 2, $port, $host);
    my ($family, $p, $h) = unpack('S n a4', $addr);
    my @octets = unpack('C4', $h);
    $check = ($check + $family + $p + $octets[1] * 3 + $octets[2]) % 1_000_003;
    $last = join('.', @octets) . ":" . $p if $i % 225_000 == 0;
}
print "check: $check\n";
print "last: $last\n";
print "hex: ", unpack('H*', pack('S n a4 x8', 2, 8080, pack('C4', 10, 0, 0, 7))), "\n";
