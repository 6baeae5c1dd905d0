# Parsing HTTP request lines and their parts.
my @reqs = (
    "GET / HTTP/1.1",
    "POST /api/v1/items?id=7&x=y HTTP/1.0",
    "HEAD /index.html HTTP/1.1",
    "BREW /pot HTTP/1.1",
    "GET /missing-version",
    "get /lower HTTP/1.1",
);
for my $r (@reqs) {
    if ($r =~ m{^(GET|POST|HEAD|PUT|DELETE)\s+(/\S*)\s+HTTP/(\d)\.(\d)$}) {
        my ($m, $uri, $maj, $min) = ($1, $2, $3, $4);
        my ($path, $query) = $uri =~ /^([^?]*)(?:\?(.*))?$/;
        $query = "" unless defined $query;
        print "$m path=$path query=$query v=$maj.$min\n";
    } else {
        print "400 Bad Request: $r\n";
    }
}
