# sysread, syswrite and read on a file, with offsets, mixing buffered and
# unbuffered access as perl allows it.
# A fixed name of its own, so parallel scripts do not collide.
my $path = "/tmp/miniperl-test-sysio_file.txt";
open(my $out, '>', $path) or die "open: $!";
print "written: ", syswrite($out, "0123456789\n"), "\n";
print "written: ", syswrite($out, "abcdefghij\n", 5), "\n";
print "written: ", syswrite($out, "ABCDEFGHIJ\n", 6, 5), "\n";
print "written: ", syswrite($out, "xyz\n", 100, -4), "\n";
close($out) or die "close: $!";
print "size: ", -s $path, "\n";

open(my $in, '<', $path) or die "open: $!";
my $buf = "";
print "sysread: ", sysread($in, $buf, 4), " [$buf]\n";
print "sysread: ", sysread($in, $buf, 4, 2), " [$buf]\n";
print "sysread: ", sysread($in, $buf, 3, -1), " [$buf]\n";
my $rest = "";
my $total = 0;
while (my $n = sysread($in, $rest, 5, length($rest))) {
    $total += $n;
}
print "rest: $total bytes\n";
print "rest: $rest";
print "at eof: ", sysread($in, $buf, 10), " [$buf]\n";
close $in;

# read goes through the buffer, so it mixes with readline.
open($in, '<', $path) or die "open: $!";
my $line = <$in>;
print "line: $line";
print "read: ", read($in, $buf, 3), " [$buf]\n";
print "read: ", read($in, $buf, 4, 3), " [$buf]\n";
print "read: ", read($in, $buf, 2, -2), " [$buf]\n";
$buf = "ab";
my $n = read($in, $buf, 2, 4);
print "read: $n [", join("", map { $_ eq "\0" ? "\\0" : $_ } split(//, $buf)), "]\n";
$line = <$in>;
print "line: $line";
$n = read($in, $buf, 1000);
print "read to the end: $n\n";
print "read at eof: ", read($in, $buf, 10), " [$buf] eof=", (eof($in) ? 1 : 0), "\n";
close $in;

# syswrite on an append handle adds at the end.
open(my $app, '>>', $path) or die "open: $!";
syswrite($app, "appended\n");
close $app;
open($in, '<', $path) or die "open: $!";
my @lines = <$in>;
close $in;
print "last line: $lines[-1]";
print "lines: ", scalar(@lines), "\n";
# On a :utf8 handle read counts characters, not bytes.
open($out, '>', $path) or die "open: $!";
syswrite($out, "\xc3\xa9\xc3\xa8z\n");
close $out;
open($in, '<:utf8', $path) or die "open: $!";
print "utf8 read: ", read($in, $buf, 2), "\n";
$line = <$in>;
print "after two characters: $line";
close $in;

# Leave the file empty behind us.
open($out, '>', $path) or die "open: $!";
close $out;
print "emptied: ", -s $path ? "no" : "yes", "\n";
