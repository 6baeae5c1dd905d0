# A socket-style program without a socket: parse an HTTP request from a
# heredoc, route it through a dispatch table of code refs and build the
# response with heredocs and sprintf.
use strict;
use warnings;
my $raw = <<"REQ";
GET /users/42?fields=name,email&verbose=1 HTTP/1.1\r
Host: example.test\r
User-Agent: test-client/1.0\r
Accept: */*\r
X-Trace: abc123\r
\r
REQ
my ($head) = split /\r\n\r\n/, $raw, 2;
my ($request_line, @header_lines) = split /\r\n/, $head;
my ($method, $target, $proto) = split ' ', $request_line;
my ($path, $query) = split /\?/, $target, 2;
my %headers = map { my ($k, $v) = split /:\s*/, $_, 2; (lc $k, $v) } @header_lines;
my %params = map { my ($k, $v) = split /=/, $_, 2; ($k, $v // '') } split /&/, $query // '';
my %routes = (
    'GET /users' => sub { my ($id) = @_; return (200, { id => $id, name => "user$id", email => "u$id\@example.test" }) },
    'GET /health' => sub { return (200, { status => "ok" }) },
    'POST /users' => sub { return (201, { created => 1 }) },
);
my ($base, $id) = $path =~ m{^(/\w+)(?:/(\d+))?$};
my $handler = $routes{"$method $base"} // sub { return (404, { error => "no route" }) };
my ($status, $data) = $handler->($id);
my @fields = $params{fields} ? split(/,/, $params{fields}) : sort keys %$data;
my $body = join("", map { sprintf("%-6s = %s\n", $_, $data->{$_} // '-') } @fields);
$body .= "trace: $headers{'x-trace'}\n" if $params{verbose};
my %reason = (200 => "OK", 201 => "Created", 404 => "Not Found");
my $response = <<"RESP";
$proto $status $reason{$status}\r
Content-Type: text/plain\r
Content-Length: @{[ length $body ]}\r
Server: mini/0.1\r
\r
$body
RESP
$response =~ s/\r\n/\\r\\n\n/g;
print $response;
printf "host=%s agent=%s headers=%d params=%s\n", $headers{host}, $headers{'user-agent'}, scalar(keys %headers), join(",", map { "$_=$params{$_}" } sort keys %params);
