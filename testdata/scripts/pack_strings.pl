# pack/unpack of strings: a (null padded), A (space padded), Z (null terminated), H h (hex).
sub hex_of { return unpack('H*', $_[0]) }
print hex_of(pack('a5', "ab")), "\n";
print hex_of(pack('A5', "ab")), "\n";
print hex_of(pack('Z5', "ab")), "\n";
print hex_of(pack('Z5', "abcdefg")), "\n";
print hex_of(pack('a*', "xyz")), "\n";
print hex_of(pack('A*', "xyz")), "\n";
print hex_of(pack('Z*', "xyz")), "\n";
print hex_of(pack('a2', "abcdef")), "\n";
print hex_of(pack('a', "abc")), "\n";
print "[", unpack('A5', "ab   "), "]\n";
print "[", unpack('A*', "trail  \0 "), "]\n";
print "[", length(unpack('a5', "ab\0\0\0")), "]\n";
print "[", unpack('Z*', "abc\0def"), "]\n";
print "[", unpack('a3', "abcdef"), "]\n";
print hex_of(pack('H4', "1f2e")), "\n";
print hex_of(pack('H*', "deadbeef")), "\n";
print hex_of(pack('H3', "abc")), "\n";
print hex_of(pack('h4', "1f2e")), "\n";
print unpack('H*', "AB"), " ", unpack('h*', "AB"), "\n";
print unpack('H3', "\xab\xcd"), "\n";
print pack('H*', "48656c6c6f"), "\n";
my ($a, $b) = unpack('A3 A3', "foobar");
print "$a|$b\n";
print length(pack('a3 x2 a1', "abc", "d")), "\n";
print hex_of(pack('a3 x2 a1', "abc", "d")), "\n";
