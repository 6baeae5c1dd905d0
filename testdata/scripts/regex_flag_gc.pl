# /gc keeps pos() after a failed match so another pattern can try there.
my $s = "key=value;other=thing";
my @out;
while (1) {
    if ($s =~ /\G(\w+)/gc)  { push @out, "W:$1"; next }
    if ($s =~ /\G=/gc)      { push @out, "EQ"; next }
    if ($s =~ /\G;/gc)      { push @out, "SEMI"; next }
    last;
}
print "@out\n";
print "at end: ", pos($s), " of ", length($s), "\n";
my $t = "abc";
$t =~ /b/g;
print "pos ", pos($t), "\n";
$t =~ /z/gc;
print "kept ", pos($t), "\n";
$t =~ /z/g;
print "reset ", defined pos($t) ? pos($t) : "undef", "\n";
my $u = "xxyy";
my $nx = 0;
$nx++ while $u =~ /\Gx/gc;
print "leading x: $nx, pos ", pos($u), "\n";
