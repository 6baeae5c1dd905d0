# UUIDs, MAC addresses and hex identifiers.
my $uuid = qr/^[0-9a-f]{8}-[0-9a-f]{4}-([1-5])[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
for ("123e4567-e89b-42d3-a456-426614174000", "123E4567-E89B-12D3-A456-426614174000", "not-a-uuid", "123e4567e89b42d3a456426614174000") {
    print "$_: ", ($_ =~ $uuid ? "v$1" : "invalid"), "\n";
}
for ("00:1A:2b:3C:4d:5E", "00-1a-2b-3c-4d-5e", "001a.2b3c.4d5e", "00:1A:2b:3C:4d") {
    if (/^([0-9a-f]{2})([:-])(?:[0-9a-f]{2}\2){4}[0-9a-f]{2}$/i) { (my $n = lc $_) =~ tr/-/:/; print "mac $n\n" }
    elsif (/^(?:[0-9a-f]{4}\.){2}[0-9a-f]{4}$/i) { (my $n = lc $_) =~ s/\.//g; $n =~ s/(..)(?!$)/$1:/g; print "cisco $n\n" }
    else { print "bad $_\n" }
}
