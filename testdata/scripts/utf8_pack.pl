# pack U makes characters; unpack U* gives code points; C* of bytes.
binmode(STDOUT, ':utf8');
my $s = pack("U*", 0x263A, 0x41, 0xe9);
print length($s), " ", utf8::is_utf8($s) ? "chars" : "bytes", "\n";
print join(",", unpack("U*", $s)), "\n";
print join(",", unpack("U*", "\x{263A}\x{100}z")), "\n";
print join(",", unpack("C*", "abc")), "\n";
print join(",", unpack("U*", "\xe2\x98\xba")), "\n";
my $b = pack("C*", 0xe2, 0x98, 0xba);
print length($b), "\n";
utf8::decode($b);
print length($b), " ", ord($b), "\n";
print "$s\n";
print join(",", unpack("C*", pack("U0C*", 0xc3, 0xa9))), "\n";
