# vec as a value: every width, bit order within bytes, reads past the end
# and odd offsets.
my $s = "abc\x00\xff\x81";
for my $bits (1, 2, 4, 8, 16, 32, 64) {
    my $n = int(length($s) * 8 / $bits) + 2;
    print "$bits:";
    print " ", vec($s, $_, $bits) for 0 .. $n - 1;
    print "\n";
}
# Bit N of a 1-bit vector is bit N%8 of byte N/8, least significant first.
my $byte = "\x01";
print "bit0=", vec($byte, 0, 1), " bit7=", vec($byte, 7, 1), "\n";
$byte = "\x80";
print "bit0=", vec($byte, 0, 1), " bit7=", vec($byte, 7, 1), "\n";
# Nibbles: the low one comes first.
print "nibbles of 0x12: ", vec("\x12", 0, 4), " ", vec("\x12", 1, 4), "\n";
# 16 bits and up are big-endian.
print "16-bit of AB: ", vec("AB", 0, 16), " = ", 0x4142, "\n";
print "32-bit partial: ", vec("AB", 0, 32), " = ", 0x41420000, "\n";
# Past the end, negative offsets and empty or undef strings read 0.
print "past end: ", vec("a", 1, 8), vec("a", 100, 1), vec("", 0, 64), "\n";
print "negative: ", vec("abc", -1, 8), vec("abc", -5, 1), "\n";
my $undef;
print "undef: ", vec($undef, 0, 8), " still undef: ", defined($undef) ? "no" : "yes", "\n";
# Offsets are numbers: strings and fractions are truncated.
print "offset '1': ", vec("abc", "1", 8), " offset 1.9: ", vec("abc", 1.9, 8), "\n";
# A number is read through its string form.
print "vec(5,0,8) = ", vec(5, 0, 8), " vec(12,1,8) = ", vec(12, 1, 8), "\n";
# The largest element is unsigned.
print "all ones: ", vec("\xff" x 8, 0, 64), "\n";
my @list = (vec("xyz", 2, 8), vec("xyz", 0, 8));
print "in a list: @list\n";
print "sum: ", vec("\x01\x02", 0, 8) + vec("\x01\x02", 1, 8), "\n";
