use IO::Socket::INET;
use strict; use warnings;
sub DESTROY {}  # makes the program reference counted, as perl always is
my $f = "/tmp/fhclose2_$$.txt";
sub w { open(my $fh, '>', $f) or die; print $fh "written in sub\n"; }
w();
open(my $in, '<', $f) or die; print "read: ", <$in>;
close $in;
my $server = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => 0, Listen => 5) or die;
my $port = $server->sockport;
my @clients = map { IO::Socket::INET->new(PeerAddr => "127.0.0.1:$port") or die } 1 .. 2;
my $n = 0;
while ($n < 2) {
    my $c = $server->accept;
    print $c "hello $n\n";
    $n++;
}
for my $cl (@clients) {
    my @lines = <$cl>;
    print "client got: @lines";
}
system("rm", "-f", $f);
