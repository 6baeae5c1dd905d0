# A length-prefixed binary protocol over a socketpair: pack("N/a*") frames
# written with syswrite and collected with sysread at growing offsets.
use strict;
use Socket;
socketpair(my $w, my $r, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";

# read_exact collects exactly $len bytes, or fewer at end of file.
sub read_exact {
    my ($fh, $len) = @_;
    my $buf = "";
    while (length($buf) < $len) {
        my $n = sysread($fh, $buf, $len - length($buf), length($buf));
        die "sysread: $!" unless defined $n;
        last if $n == 0;
    }
    return $buf;
}

sub write_all {
    my ($fh, $data) = @_;
    my $off = 0;
    while ($off < length($data)) {
        my $n = syswrite($fh, $data, length($data) - $off, $off);
        die "syswrite: $!" unless defined $n;
        $off += $n;
    }
    return $off;
}

my @payloads = ("", "x", "hello, frames", join("", map { chr($_ % 256) } 0 .. 999), "\0" x 5000, "ab" x 25000);
for my $p (@payloads) {
    my $frame = pack("N/a*", $p);
    my $sent = write_all($w, $frame);
    my $head = read_exact($r, 4);
    my $len = unpack("N", $head);
    my $body = read_exact($r, $len);
    my $sum = unpack("%32C*", $body);
    print "sent $sent, length $len, got ", length($body), ", checksum $sum, same: ", ($body eq $p ? "yes" : "no"), "\n";
}

# Several frames in one write come apart again.
write_all($w, join("", map { pack("N/a*", "frame $_") } 1 .. 5));
for (1 .. 5) {
    my $len = unpack("N", read_exact($r, 4));
    print read_exact($r, $len), "\n";
}
# A frame cut short by the peer closing.
write_all($w, pack("N", 100) . "only this");
close $w;
my $len = unpack("N", read_exact($r, 4));
my $body = read_exact($r, $len);
print "announced $len, got ", length($body), ": $body\n";
print "then: [", read_exact($r, 4), "]\n";
