# A WebSocket upgrade request: required headers checked with regexes.
my $req = "GET /chat HTTP/1.1\r\nHost: server.test\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n"
        . "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: chat, superchat\r\n\r\n";
my ($line, @hdr) = split /\r\n/, $req;
my %h = map { /^([^:]+):\s*(.*)$/ ? (lc $1, $2) : () } @hdr;
my @problems;
push @problems, "method" unless $line =~ m{^GET\s+(/\S*)\s+HTTP/1\.1$};
push @problems, "upgrade" unless ($h{upgrade} || "") =~ /^websocket$/i;
push @problems, "connection" unless ($h{connection} || "") =~ /\bupgrade\b/i;
push @problems, "key" unless ($h{"sec-websocket-key"} || "") =~ m{^[A-Za-z0-9+/]{22}==$};
push @problems, "version" unless ($h{"sec-websocket-version"} || "") =~ /^13$/;
print @problems ? "reject: @problems\n" : "accept\n";
my @protos = split /\s*,\s*/, $h{"sec-websocket-protocol"};
print "protocols: @protos\n";
