# Case mapping: characters use Unicode rules, bytes above 0x7F are left
# alone (no unicode_strings).
binmode(STDOUT, ':utf8');
print uc("\x{e9}t\x{e9}"), "|", uc("\xe9t\xe9") eq "\xe9T\xe9" ? "bytes kept" : "bytes changed", "\n";
my $w = "stra\x{df}e \x{3c3}\x{3c4}";
utf8::upgrade($w);
print uc($w), " ", length(uc $w), "\n";
print lc("\x{100}\x{102}ABC"), "\n";
print ucfirst("\x{3b1}\x{3b2}"), " ", lcfirst("\x{391}\x{392}"), "\n";
print "\U\x{3b1}bc\E \L\x{391}BC\E \u\x{3b1}x\n";
my $mixed = "abc\x{263A}";
print uc($mixed), " ", lc(uc $mixed), "\n";
