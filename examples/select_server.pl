#!/usr/bin/perl
# select_server.pl - one process serving many clients at the same time with
# 4-argument select, the classic alternative to forking a child per client.
# Each client is greeted with its number, and every line it sends comes back
# with that number in front: "[2] hello". The server stops once MAXCLIENTS
# clients have come and gone.
#
# Usage: perl select_server.pl [PORT [MAXCLIENTS]]   (listens on 127.0.0.1)
#
# The bit vectors select works on are built with vec and fileno, and all
# socket I/O is sysread/syswrite: buffered reads (<$fh>) would hide input
# from select in the buffer.
use strict;
use warnings;
use Socket;

my $port = shift || 2345;
my $maxclients = shift || 0;

socket(my $listener, PF_INET, SOCK_STREAM, getprotobyname("tcp")) or die "socket: $!";
setsockopt($listener, SOL_SOCKET, SO_REUSEADDR, pack("l", 1)) or die "setsockopt: $!";
bind($listener, sockaddr_in($port, INADDR_LOOPBACK)) or die "bind: $!";
listen($listener, SOMAXCONN) or die "listen: $!";

$| = 1;
print "select server on port $port\n";

# The clients by descriptor: handle, number, unfinished input, lines seen.
my %clients;
my $connected = 0;
my $finished = 0;

# write_all sends all of $data; syswrite may take less than asked.
sub write_all {
    my ($fh, $data) = @_;
    my $off = 0;
    while ($off < length($data)) {
        my $n = syswrite($fh, $data, length($data) - $off, $off);
        return 0 unless defined $n;
        $off += $n;
    }
    return 1;
}

sub drop {
    my ($fd) = @_;
    my $c = delete $clients{$fd};
    print "client $c->{id} disconnected after $c->{lines} line(s)\n";
    close $c->{fh};
    $finished++;
}

while (!$maxclients || $finished < $maxclients) {
    my $rin = '';
    vec($rin, fileno($listener), 1) = 1;
    vec($rin, $_, 1) = 1 for keys %clients;

    my $nfound = select(my $rout = $rin, undef, undef, undef);
    die "select: $!" if $nfound < 0;

    if (vec($rout, fileno($listener), 1)) {
        accept(my $fh, $listener) or die "accept: $!";
        my $id = ++$connected;
        $clients{fileno($fh)} = { fh => $fh, id => $id, buf => "", lines => 0 };
        print "client $id connected\n";
        write_all($fh, "welcome, you are client $id\n") or drop(fileno($fh));
    }

    for my $fd (sort { $a <=> $b } keys %clients) {
        next unless vec($rout, $fd, 1);
        my $c = $clients{$fd};
        # Append to what is left of the last read: a line may come in
        # pieces.
        my $n = sysread($c->{fh}, $c->{buf}, 4096, length($c->{buf}));
        if (!$n) {
            drop($fd);
            next;
        }
        while ((my $end = index($c->{buf}, "\n")) >= 0) {
            my $line = substr($c->{buf}, 0, $end + 1);
            $c->{buf} = substr($c->{buf}, $end + 1);
            $c->{lines}++;
            if (!write_all($c->{fh}, "[$c->{id}] $line")) {
                drop($fd);
                last;
            }
        }
    }
}
close $listener;
print "served $finished client(s)\n";
