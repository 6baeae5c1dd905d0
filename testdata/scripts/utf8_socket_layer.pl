# A :encoding(UTF-8) layer on a socket: print sends UTF-8, <$sock> gives
# characters; the peer without the layer sees bytes.
use strict;
use warnings;
use Socket;
socketpair(my $a, my $b, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
binmode($a, ':encoding(UTF-8)');
select((select($a), $| = 1)[0]);
print $a "caf\x{e9} \x{263A}\n";
print $a "bytes \xe9\n";
my $raw = <$b>;
print "raw: ", length($raw), " bytes\n";
my $raw2 = <$b>;
print "raw2: ", join(" ", map { sprintf "%02x", ord } split //, $raw2), "\n";
syswrite($b, "h\xc3\xa9llo\n");
my $line = <$a>;
print "decoded: ", length($line), " chars, utf8=", (utf8::is_utf8($line) ? 1 : 0), "\n";
close $a;
close $b;
