# Length-prefixed frames as a wire protocol sends them: a type byte, a
# sequence number and an N/a* payload packed into one frame, then
# unpacked again into a list of lexicals, 1,000,000 times.
use strict;
use warnings;

my @payloads = map { "msg$_:" . ("x" x ($_ % 17)) . "\xff\x00" } 0 .. 63;
my $check = 0;
my $last  = "";
for my $i (1 .. 1_000_000) {
    my $frame = pack('C n N/a*', $i % 7, $i % 65536, $payloads[$i % 64]);
    my ($type, $seq, $body) = unpack('C n N/a*', $frame);
    $check = ($check + $type * 65536 + $seq + length($body) * 31 + length($frame)) % 1_000_003;
    $last = unpack('H*', $frame) if $i % 250_000 == 0;
}
print "check: $check\n";
print "last: $last\n";
