# close return values and $!, eof with and without arguments.
use strict;
use warnings;

my $f = "/tmp/io_close_eof_$$";
open(my $fh, '>', $f) or die;
print $fh "l1\nl2\n";
print "close: ", close($fh), "\n";
{
    no warnings;
    my $r = close($fh);
    print "close again: [", (defined $r ? $r : 'undef'), "] $!\n";
    $r = close(NEVER_OPENED);
    print "close unopened: [", (defined $r ? $r : 'undef'), "] $!\n";
}
open($fh, '<', $f) or die;
print "eof before read: ", (eof($fh) ? 1 : 0), "\n";
my $l = <$fh>;
print "eof mid: ", (eof($fh) ? 1 : 0), " eof no arg: ", (eof ? 1 : 0), "\n";
$l = <$fh>;
print "eof end: ", (eof($fh) ? 1 : 0), " eof no arg: ", (eof ? 1 : 0), "\n";
print "readline at eof: ", (defined(<$fh>) ? "def" : "undef"), "\n";
close $fh;
{
    no warnings;
    print "eof closed: ", (eof($fh) ? 1 : 0), "\n";
}
open(FH, '<', $f) or die;
print "eof(FH): ", (eof(FH) ? 1 : 0), "\n";
my @rest = <FH>;
print "eof FH: ", (eof FH ? 1 : 0), "\n";
close(FH) or die;
print "close FH ok\n";
unlink $f;
