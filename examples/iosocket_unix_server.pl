#!/usr/bin/perl
# iosocket_unix_server.pl - a line server on a Unix-domain socket with
# IO::Socket::UNIX: it answers each line in upper case with its length,
# until "bye". The socket file is left for the caller to remove.
#
# Usage: perl iosocket_unix_server.pl PATH [MAXCONN]
use strict;
use warnings;
use IO::Socket::UNIX;
use Socket qw(SOCK_STREAM);

my ($path, $max) = @ARGV;
die "usage: $0 PATH [MAXCONN]\n" unless defined $path;
$max ||= 0;

my $server = IO::Socket::UNIX->new(
    Type   => SOCK_STREAM,
    Local  => $path,
    Listen => 5,
) or die "Can't listen on $path: $!\n";

$| = 1;
print "listening on ", $server->hostpath, "\n";

my $served = 0;
while (my $client = $server->accept) {
    print "client connected to ", $client->hostpath, "\n";
    print $client "welcome\n";
    while (defined(my $line = <$client>)) {
        chomp $line;
        last if $line eq 'bye';
        print $client uc($line), " (", length($line), ")\n";
    }
    close $client;
    last if $max && ++$served >= $max;
}
print "done\n";
