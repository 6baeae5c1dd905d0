# truncate by name and handle; seek, tell, sysseek, getc and -s $fh.
use strict;
use warnings;

my $f = "/tmp/fs_truncate_seek_$$";
open(my $fh, '+>', $f) or die "open: $!";
print $fh "line one\nline two\nline three\n";
print "tell after write: ", tell($fh), "\n";
print "seek: ", seek($fh, 0, 0), "\n";
print "tell: ", tell($fh), "\n";
my $l = <$fh>;
print "read: $l";
print "tell: ", tell($fh), "\n";
seek($fh, 5, 0);
print "getc: ", getc($fh), getc($fh), getc($fh), "\n";
seek($fh, -6, 2);
print "from end: ", scalar(<$fh>);
seek($fh, 0, 0);
<$fh>;
seek($fh, 5, 1);
print "relative: ", scalar(<$fh>);
print "eof: ", (eof($fh) ? 1 : 0), "\n";
print "-s: ", -s $fh, "\n";
print "truncate handle: ", truncate($fh, 9), "\n";
print "-s after: ", -s $fh, "\n";
print "sysseek 0: ", sysseek($fh, 0, 0), "\n";
print "sysseek 4: ", sysseek($fh, 4, 0), "\n";
close $fh;
print "truncate name: ", truncate($f, 4), "\n";
print "size: ", -s $f, "\n";
print "truncate missing: ", (defined truncate("/tmp/fs_truncate_seek_none_$$", 0) ? "def" : "undef [$!]"), "\n";
open($fh, '<', $f) or die;
print "content: ", <$fh>, "\n";
print "getc at end: ", (defined getc($fh) ? "def" : "undef"), "\n";
close $fh;
{
    no warnings;
    print "tell closed: ", tell($fh), "\n";
    print "seek closed: [", seek($fh, 0, 0), "]\n";
}
unlink $f;
