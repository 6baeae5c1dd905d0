# Recognising base64 and hex strings; decoding hex with s///e and pack.
my $b64 = qr{^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$};
for ("aGVsbG8=", "aGVsbG8gd29ybGQ=", "not base64!", "YQ==", "YQ=", "") {
    print "[$_] ", ($_ =~ $b64 ? "base64" : "no"), "\n";
}
for ("48656c6c6f", "deadBEEF", "abc", "zz00") {
    if (/^(?:[0-9a-f]{2})+$/i) { (my $t = $_) =~ s/(..)/chr hex $1/ge; my $p = $t =~ tr/\x20-\x7e//c ? "binary" : "\"$t\""; print "$_ => $p\n" }
    else { print "$_ => not hex pairs\n" }
}
my $dump = join " ", map { sprintf "%02x", ord } split //, "Hi!";
print "$dump\n";
(my $packed = $dump) =~ s/\s+//g;
print pack("H*", $packed), "\n";
