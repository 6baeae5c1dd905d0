# \G with /gc: a tokenizer that continues where the last match ended.
my $src = "let x = 42 + y1;";
my @tok;
pos($src) = 0;
while (pos($src) < length $src) {
    if    ($src =~ /\G\s+/gc)          { next }
    elsif ($src =~ /\G([a-z]\w*)/gc)   { push @tok, "ID($1)" }
    elsif ($src =~ /\G(\d+)/gc)        { push @tok, "NUM($1)" }
    elsif ($src =~ /\G([=+;])/gc)      { push @tok, "OP($1)" }
    else { die "bad at " . pos($src) }
}
print "@tok\n";
my $s = "aaabbb";
$s =~ /a+/g;
print "G b: ", ($s =~ /\Gb/ ? "yes" : "no"), "\n";
print "pos kept: ", pos($s), "\n";
$s =~ /\Gx/gc;
print "after failed gc: ", pos($s), "\n";
$s =~ /\Gx/g;
print "after failed g: ", (defined pos($s) ? pos($s) : "undef"), "\n";
my @digits = "123ab45" =~ /\G(\d)/g;
print "@digits\n";
