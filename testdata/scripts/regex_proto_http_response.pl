# HTTP status lines and chunked transfer sizes.
for ("HTTP/1.1 200 OK", "HTTP/1.0 404 Not Found", "HTTP/2 204", "HTTP/1.1 abc Bad", "ICY 200 OK") {
    if (m{^HTTP/(\d)(?:\.(\d))?\s+(\d{3})(?:\s+(.*))?$}) {
        my ($maj, $min, $code, $reason) = ($1, $2, $3, $4);
        printf "v%d.%d status %d reason '%s'%s\n", $maj, (defined $min ? $min : 0), $code, (defined $reason ? $reason : ""), ($code =~ /^2/ ? " success" : "");
    } else {
        print "not a status line: $_\n";
    }
}
my $chunked = "4\r\nWiki\r\n5;ext=1\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\n\r\n";
my $body = "";
while ($chunked =~ /\G([0-9A-Fa-f]+)(?:;[^\r]*)?\r\n/gc) {
    my $n = hex $1;
    last if $n == 0;
    $body .= substr($chunked, pos($chunked), $n);
    pos($chunked) += $n + 2;
}
print "body: [", $body =~ s/\r\n/|/gr, "] length ", length $body, "\n";
