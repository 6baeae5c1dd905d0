use strict;
use warnings;

package MySock;
use parent -norequire, 'IO::Socket::INET';
sub new {
    my ($class, %args) = @_;
    my $self = $class->SUPER::new(%args) or return;
    ${*$self}{greeting} = $args{Greeting} || 'hi';
    return $self;
}
sub greet { my $self = shift; print $self ${*$self}{greeting}, "\n" }
sub DESTROY { my $self = shift; print "DESTROY ", ref($self), " ", (defined fileno($self) ? "open" : "closed"), "\n" }

package main;
use IO::Socket::INET;

my $server = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => 0, Listen => 5) or die;
my $port = $server->sockport;
{
    my $c = MySock->new(PeerAddr => "127.0.0.1:$port", Greeting => 'hello there') or die "new: $@";
    print "isa: ", ($c->isa('IO::Socket::INET') ? 1 : 0), " ref: ", ref($c), "\n";
    my $a = $server->accept;
    $c->greet;
    print "server read: ", scalar <$a>;
    my $raw = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$port") or die;
    bless $raw, 'MySock';
    print "reblessed: ", ref($raw), "\n";
}
print "end\n";
