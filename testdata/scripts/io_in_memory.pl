# In-memory files: reading, writing and appending to scalars.
use strict;
use warnings;

my $text = "alpha\nbeta\n\ngamma\n";
open(my $in, '<', \$text) or die "open: $!";
my @lines = <$in>;
print "lines: ", scalar(@lines), " last: $lines[-1]";
print "eof: ", (eof($in) ? 1 : 0), " fileno: ", fileno($in), "\n";
close $in;

open($in, '<', \$text) or die;
while (my $l = <$in>) {
    chomp $l;
    print "$.: [$l]\n";
}
close $in;

my $buf;
open(my $out, '>', \$buf) or die;
print $out "hello";
print "visible at once: [$buf]\n";
printf $out " %s %03d\n", "world", 7;
print $out "second line\n";
print "tell: ", tell($out), "\n";
close $out;
print "buf: $buf";

my $log = "start\n";
open(my $app, '>>', \$log) or die;
print $app "appended\n";
close $app;
print "log: $log";

my $data = "0123456789";
open(my $rw, '+<', \$data) or die;
seek($rw, 3, 0);
print $rw "abc";
seek($rw, 0, 0);
my $all = <$rw>;
print "rw: $all\n";
seek($rw, 12, 0);
print $rw "Z";
close $rw;
(my $shown = $data) =~ s/\0/\\0/g;
print "padded: $shown\n";

$buf = "keep";
open($out, '>', \$buf) or die;
close $out;
print "truncated: [", $buf, "]\n";

{
    local $/ = undef;
    my $s = "a\nb\nc\n";
    open(my $fh, '<', \$s) or die;
    my $slurp = <$fh>;
    print "slurp length: ", length($slurp), "\n";
}

my $lit = "x y z";
open(my $lf, '<', \"line1\nline2\n") or die;
print "literal: ", scalar(<$lf>);
read($lf, my $chunk, 3);
print "read: $chunk\n";
