# sysread and syswrite on a socketpair, with LENGTH and OFFSET in every
# form perl allows.
use Socket;
socketpair(my $a, my $b, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";

sub show {
    my ($label, $n, $buf) = @_;
    my $text = join("", map { $_ eq "\0" ? "\\0" : $_ } split(//, $buf));
    print "$label: ", (defined $n ? $n : "undef"), " [$text] len ", length($buf), "\n";
}

# syswrite: the whole string, a prefix, a slice, a slice from the end.
print "whole: ", syswrite($a, "hello world"), "\n";
print "prefix: ", syswrite($a, "ABCDEFGH", 3), "\n";
print "slice: ", syswrite($a, "ABCDEFGH", 2, 4), "\n";
print "from end: ", syswrite($a, "ABCDEFGH", 10, -3), "\n";
print "at the end: ", syswrite($a, "ABCDEFGH", 5, 8), "\n";
print "zero length: ", syswrite($a, "ABCDEFGH", 0), "\n";
print "empty string: ", syswrite($a, ""), "\n";
my $data = 12345;
print "number: ", syswrite($a, $data, 2, 1), "\n";

# sysread into the buffer at an offset: the part before is kept, the part
# after is dropped.
my $buf = "XYZ";
show("offset 1", sysread($b, $buf, 5, 1), $buf);
$buf = "0123456789";
show("offset -4", sysread($b, $buf, 3, -4), $buf);
$buf = "ab";
show("past the end", sysread($b, $buf, 3, 5), $buf);
$buf = "ignored";
show("no offset", sysread($b, $buf, 4), $buf);
my $fresh;
show("undef buffer", sysread($b, $fresh, 2), $fresh);
show("the rest", sysread($b, $buf, 100, length($buf)), $buf);
show("zero length", sysread($b, $buf, 0), $buf);

# A read returns what is there, not the whole LENGTH.
syswrite($a, "short");
$buf = "";
show("short read", sysread($b, $buf, 1000), $buf);

# Building a message with appends at the end of the buffer.
syswrite($a, "part1-");
syswrite($a, "part2");
my $msg = "";
while (length($msg) < 11) {
    my $n = sysread($b, $msg, 11 - length($msg), length($msg));
    last unless $n;
}
show("appended", length($msg), $msg);

# End of file: 0, and the buffer cut at the offset.
close $a;
$buf = "keep";
show("eof", sysread($b, $buf, 10), $buf);
$buf = "keep";
show("eof offset 2", sysread($b, $buf, 10, 2), $buf);
$buf = "keep";
show("eof offset 6", sysread($b, $buf, 10, 6), $buf);
