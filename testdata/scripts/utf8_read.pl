# read on a :utf8 handle counts characters; the buffer holds characters.
my $file = "/tmp/utf8_read_$$.txt";
open(my $out, '>:utf8', $file) or die "open: $!";
print $out "\x{263A}\x{263B}ab\x{e9}\n";
close $out;
open(my $in, '<:encoding(UTF-8)', $file) or die "open: $!";
my $n = read($in, my $buf, 2);
print "$n ", length($buf), " ", join(",", map { sprintf "%x", ord } split //, $buf), "\n";
$n = read($in, $buf, 3, length $buf);
print "$n ", length($buf), " ", join(",", map { sprintf "%x", ord } split //, $buf), "\n";
close $in;
open($in, '<', $file) or die "open: $!";
$n = read($in, $buf, 4);
print "$n ", length($buf), "\n";
close $in;
system("rm", "-f", $file);
