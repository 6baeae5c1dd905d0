# vec's errors: widths that are not powers of two, negative offsets when
# writing, and offsets no string can reach.
my $s = "abc";
for my $bits (0, 3, 5, 6, 7, 12, -8) {
    my $v = eval { vec($s, 0, $bits) };
    print "bits $bits: ", defined $v ? "value $v" : "error $@";
}
eval { vec($s, -1, 8) = 1 };
print "negative write: $@";
print "negative read: ", vec($s, -1, 8), "\n";
eval { vec($s, 9223372036854775807, 16) = 1 };
print "huge write: $@";
eval { vec($s, 2**64, 8) = 1 };
print "float write: $@";
print "huge read: ", vec($s, 2**64, 8), " ", vec($s, 9223372036854775807, 16), "\n";
eval { vec($s, 0, 3) = 1 };
print "bad width write: $@";
print "unchanged: $s\n";
