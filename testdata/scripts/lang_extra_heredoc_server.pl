# A response built from heredocs and sprintf, as a small HTTP server does.
use strict; use warnings;
my %routes = (
    '/'      => sub { (200, "OK", "<h1>home</h1>") },
    '/hello' => sub { my ($q) = @_; (200, "OK", sprintf("hello %s", $q->{name} // "nobody")) },
);
for my $req ("GET / HTTP/1.0", "GET /hello?name=ann HTTP/1.1", "GET /nope HTTP/1.0", "BAD") {
    my ($method, $path, $proto) = split ' ', $req;
    unless (defined $proto) { print "400 for '$req'\n"; next }
    my %q;
    ($path, my $qs) = split /\?/, $path, 2;
    %q = map { split /=/, $_, 2 } split /&/, $qs // "";
    my ($code, $msg, $body) = $routes{$path} ? $routes{$path}->(\%q) : (404, "Not Found", "no $path");
    my $len = length $body;
    print <<"END" . <<'RAW';
$proto $code $msg\r
Content-Length: $len\r
\r
$body
END
--- (end of response) ---
RAW
}
