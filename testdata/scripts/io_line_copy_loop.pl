# A copy loop whose line variable is only printed: lines of every length,
# many crossing the input buffer's end, must come out exactly as read,
# to a file, to a socket pair and to the default handle.
use strict;
use warnings;
use Socket;

my $dir = "/tmp/io_line_copy_loop_$$";
mkdir $dir or die "mkdir: $!";
my ($src, $dst) = ("$dir/src", "$dir/dst");
open(my $w, ">", $src) or die "$src: $!";
my $seed = 7;
for my $i (1 .. 3000) {
    $seed = ($seed * 1103515245 + 12345) % 2147483648;
    my $len = $seed % 700;
    print $w chr(97 + $i % 26) x $len, "\n";
}
print $w "no newline at the end";
close($w);

open(my $in, "<", $src) or die "$src: $!";
open(my $out, ">", $dst) or die "$dst: $!";
while (my $line = <$in>) {
    print $out $line;
}
close($in);
close($out);

sub slurp {
    my ($path) = @_;
    open(my $fh, "<", $path) or die "$path: $!";
    local $/;
    my $all = <$fh>;
    close($fh);
    return $all;
}
my ($a, $b) = (slurp($src), slurp($dst));
print "file: ", length($b), " bytes, ", ($a eq $b ? "same" : "differ"), ", sum ", unpack("%32C*", $b), "\n";

socketpair(my $x, my $y, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
select((select($y), $| = 1)[0]);
select((select($x), $| = 1)[0]);
print $x "first\n", "second line\n", "x" x 5000, "\n", "last\n";
shutdown($x, 1);
while (my $got = <$y>) {
    print $y $got;
}
shutdown($y, 1);
my $echo = do { local $/; <$x> };
print "socket: ", length($echo), " bytes, ", ($echo eq "first\nsecond line\n" . ("x" x 5000) . "\nlast\n" ? "same" : "differ"), "\n";

open(my $again, "<", $src) or die "$src: $!";
my $n = 0;
while (my $row = <$again>) {
    print $row if ++$n <= 0;
}
close($again);
open($again, "<", $src) or die "$src: $!";
my $shown = 0;
while (my $text = <$again>) {
    last if $shown++ >= 3;
    print substr("$text", 0, 10), "\n";
}
close($again);
unlink($src, $dst);
rmdir($dir);
