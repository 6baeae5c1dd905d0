#!/usr/bin/perl
# chat_server.pl - a chat server with IO::Socket::INET and IO::Select:
# every line a client sends goes to all the other clients, prefixed with
# the sender's number. It stops when the clients it served have all left,
# after MAXCLIENTS of them (default: runs for ever).
#
# Usage: perl chat_server.pl [PORT [MAXCLIENTS]]   (listens on 127.0.0.1)
use strict;
use warnings;
use IO::Socket::INET;
use IO::Select;

my ($port, $max) = @ARGV;
$port ||= 7070;
$max  ||= 0;

my $listener = IO::Socket::INET->new(
    LocalAddr => '127.0.0.1', LocalPort => $port,
    Listen => 10, ReuseAddr => 1,
) or die "listen: $@\n";
my $sel = IO::Select->new($listener);
my %name;
my ($next, $joined, $left) = (1, 0, 0);

$| = 1;
print "chat on port ", $listener->sockport, "\n";

while (1) {
    for my $fh ($sel->can_read) {
        if ($fh == $listener) {
            my $client = $listener->accept or next;
            $name{$client} = "user" . $next++;
            $sel->add($client);
            $joined++;
            print $client "you are $name{$client}\n";
            next;
        }
        my $line = <$fh>;
        if (!defined $line) {
            $sel->remove($fh);
            delete $name{$fh};
            close $fh;
            $left++;
            next;
        }
        chomp $line;
        for my $other ($sel->handles) {
            next if $other == $listener || $other == $fh;
            print $other "$name{$fh}: $line\n";
        }
    }
    last if $max && $joined >= $max && $left == $joined;
}
print "all $joined clients left\n";
