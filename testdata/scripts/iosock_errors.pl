use strict;
use warnings;
use IO::Socket::INET;
use IO::Socket::IP;

my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => 0, Listen => 1) or die;
my $port = $l->sockport;
$l->close;

my $s = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$port");
print "INET refused: ", (defined $s ? "connected" : "undef"), " [$@] [$!]\n";
$s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => 'no-such-service');
print "INET bad service: [$@]\n";
$s = IO::Socket::IP->new(PeerHost => '127.0.0.1', PeerPort => $port);
print "IP refused: ", (defined $s ? "connected" : "undef"), " [$@] [$!]\n";

my $a = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => 0, Listen => 1) or die;
my $b = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $a->sockport, Listen => 1);
print "INET in use: ", (defined $b ? "bound" : "undef"), " [$@]\n";
$b = IO::Socket::IP->new(LocalHost => '127.0.0.1', LocalPort => $a->sockport, Listen => 1);
print "IP in use: ", (defined $b ? "bound" : "undef"), " [$@]\n";

my $t = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => 0, Listen => 1, Timeout => 0.1) or die;
my $c = $t->accept;
print "accept timeout: ", (defined $c ? "got" : "undef"), " [$@]\n";

my $obj = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => 0, Listen => 1) or die;
eval { $obj->no_such_method };
print "method error: $@";
eval { IO::Socket::Nope->new };
print "class error: $@";
print "done\n";
