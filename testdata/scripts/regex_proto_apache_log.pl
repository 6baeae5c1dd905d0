# Combined log format lines: fields, status classes, bytes totals.
my @log = (
    '127.0.0.1 - - [25/Nov/2026:10:00:00 +0000] "GET /index.html HTTP/1.1" 200 1043 "-" "curl/8.0"',
    '10.0.0.2 - bob [25/Nov/2026:10:00:05 +0000] "POST /login HTTP/1.1" 302 0 "http://x.test/" "Mozilla/5.0 (X11)"',
    '10.0.0.3 - - [25/Nov/2026:10:01:00 +0000] "GET /missing HTTP/1.0" 404 512 "-" "-"',
    'malformed line',
);
my $re = qr/^(\S+) \S+ (\S+) \[([^\]]+)\] "(\w+) (\S+) [^"]*" (\d{3}) (\d+|-) "([^"]*)" "([^"]*)"$/;
my (%status, $bytes);
for (@log) {
    unless (/$re/) { print "skip: $_\n"; next }
    my ($ip, $user, $when, $meth, $path, $code, $size, $ref, $ua) = ($1, $2, $3, $4, $5, $6, $7, $8, $9);
    my ($time) = $when =~ /:(\d\d:\d\d:\d\d)/;
    $status{substr($code, 0, 1) . "xx"}++;
    $bytes += $size eq "-" ? 0 : $size;
    my ($agent) = $ua =~ m{^([\w-]+)};
    print "$time $ip $user $meth $path $code agent=", (defined $agent ? $agent : "-"), "\n";
}
print join(" ", map { "$_:$status{$_}" } sort keys %status), " bytes=$bytes\n";
