# substr with every offset and length around strings of 0, 1, 2 and 5
# bytes: clamping at the start, undef outside the string.
no warnings;
for my $s ("", "x", "ab", "abcde") {
  for my $o (-7 .. 7) {
    my $r = substr($s, $o); print defined $r ? "[$r]" : "u";
    for my $l (-7 .. 7) { my $r = substr($s, $o, $l); print defined $r ? "[$r]" : "u"; }
    print "\n";
  }
}
