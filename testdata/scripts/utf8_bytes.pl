# Without use utf8, source bytes are bytes: length counts bytes, and
# byte strings print as they are.
my $s = "héllo";
print length($s), "\n";
print "$s\n";
print join(",", map { ord } split //, "é"), "\n";
my $bin = join("", map { chr } 0 .. 255);
print length($bin), "\n";
print length(pack("N n C", 1, 2, 3)), "\n";
my $copy = $bin;
print $copy eq $bin ? "equal\n" : "differ\n";
print utf8::is_utf8($bin) ? "chars\n" : "bytes\n";
print uc("\xe9abc"), "\n";
