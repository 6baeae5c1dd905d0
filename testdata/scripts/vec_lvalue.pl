# vec on the left of an assignment: the string grows with NULs, the other
# bits stay, and unpack("b*") shows the bit order.
my $v = '';
vec($v, 3, 1) = 1;
print "len ", length($v), " b* ", unpack("b*", $v), " hex ", unpack("H*", $v), "\n";
vec($v, 0, 1) = 1;
vec($v, 9, 1) = 1;
print "len ", length($v), " b* ", unpack("b*", $v), "\n";
vec($v, 3, 1) = 0;
print "cleared: ", unpack("b*", $v), "\n";

my $w = '';
vec($w, 1, 2) = 3;
vec($w, 3, 2) = 2;
print "2-bit: ", unpack("b*", $w), " ", unpack("H*", $w), "\n";
my $n = '';
vec($n, 0, 4) = 0xA;
vec($n, 1, 4) = 0x5;
vec($n, 3, 4) = 0xF;
print "4-bit: ", unpack("H*", $n), "\n";

my $b = '';
vec($b, 2, 8) = 65;
print "8-bit: ", unpack("H*", $b), "\n";
vec($b, 1, 16) = 0x4243;
print "16-bit: ", unpack("H*", $b), "\n";
vec($b, 1, 32) = 0x01020304;
print "32-bit: ", unpack("H*", $b), "\n";
vec($b, 2, 64) = 0x0102030405060708;
print "64-bit: ", unpack("H*", $b), " len ", length($b), "\n";
print "read back: ", vec($b, 1, 32), " ", vec($b, 2, 64), "\n";

# Only the low bits are stored; the assignment's value is what was stored.
my $t = "x";
my $r = (vec($t, 0, 8) = 300);
print "stored $r: ", unpack("H*", $t), "\n";
$r = (vec($t, 1, 4) = 0x1F);
print "stored $r: ", unpack("H*", $t), "\n";
vec($t, 0, 8) = -1;
print "minus one: ", unpack("H*", $t), "\n";
vec($t, 0, 8) = "66 apples";
print "string value: ", unpack("H*", $t), "\n";
vec($t, 0, 8) = undef;
print "undef value: ", unpack("H*", $t), "\n";

# Existing text is edited in place.
my $word = "cat";
vec($word, 0, 8) = ord("b");
vec($word, 2, 8) = ord("g");
print "$word\n";
my $num = 1.5;
vec($num, 0, 1) = 0;
print "number target: $num\n";

# Targets: undef, elements, dereferences.
my %h;
vec($h{bits}, 10, 1) = 1;
print "hash elem: ", unpack("b*", $h{bits}), "\n";
my @a;
vec($a[1], 0, 16) = 0x4142;
print "array elem: $a[1] (", scalar(@a), " elements)\n";
my $s = "??";
my $ref = \$s;
vec($$ref, 1, 8) = 33;
print "through ref: $s\n";

# Assignment operators.
my $o = "\x0f";
vec($o, 0, 8) |= 0xf0;
vec($o, 1, 8) ||= 7;
vec($o, 1, 8) ||= 9;
vec($o, 2, 8) += 3;
vec($o, 2, 8) *= 5;
vec($o, 3, 8) ^= 0xaa;
vec($o, 4, 16) -= 1;
vec($o, 0, 8) &&= 0x11;
vec($o, 1, 8) &= 3;
vec($o, 2, 8) <<= 1;
print "ops: ", unpack("H*", $o), "\n";
my $res = (vec($o, 0, 8) += 0x100);
print "wrapped: $res\n";

# A bitmap of many entries, counted back.
my $map = '';
for my $i (0 .. 99) {
    vec($map, $i, 1) = 1 if $i % 3 == 0 || $i % 7 == 0;
}
my $count = 0;
for my $i (0 .. 99) {
    $count++ if vec($map, $i, 1);
}
print "count $count len ", length($map), " ", unpack("b*", substr($map, 0, 3)), "\n";
print "unpack %32b*: ", unpack("%32b*", $map), "\n";
