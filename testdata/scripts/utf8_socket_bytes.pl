# Byte strings through a socket pair stay bytes; encoding before sending
# and decoding after receiving carries characters.
use strict;
use warnings;
use Socket;
use Encode qw(encode_utf8 decode_utf8);
socketpair(my $a, my $b, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
my $bin = join("", map { chr } 0 .. 255);
syswrite($a, $bin) == 256 or die "short write";
my $got = '';
while (length($got) < 256) {
    sysread($b, my $buf, 256 - length $got) or die "read: $!";
    $got .= $buf;
}
print $got eq $bin ? "256 bytes intact\n" : "bytes changed\n";
my $text = "caf\x{e9} \x{263A}";
my $wire = encode_utf8($text);
syswrite($a, $wire);
sysread($b, my $in, 100);
print length($wire), " bytes, ", length(decode_utf8($in)), " chars, ", (decode_utf8($in) eq $text ? "same" : "differs"), "\n";
close $a;
close $b;
