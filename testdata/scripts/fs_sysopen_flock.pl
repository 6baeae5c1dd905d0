# sysopen with Fcntl flags and permissions, flock, and the :mode tests.
use strict;
use warnings;
use Fcntl qw(:DEFAULT :flock :seek :mode);

my $f = "/tmp/fs_sysopen_flock_$$";
sysopen(my $fh, $f, O_WRONLY | O_CREAT | O_EXCL, 0640) or die "sysopen: $!";
print $fh "created\n";
close $fh;
my $mode = (stat $f)[2];
printf "mode %o regular %d dir %d type ok %d\n", S_IMODE($mode), S_ISREG($mode) ? 1 : 0,
    S_ISDIR($mode) ? 1 : 0, S_IFMT($mode) == S_IFREG ? 1 : 0;
print "excl again: ", (sysopen(my $g, $f, O_WRONLY | O_CREAT | O_EXCL) ? "opened" : "failed [$!]"), "\n";
sysopen($fh, $f, O_WRONLY | O_APPEND) or die;
print $fh "appended\n";
close $fh;
sysopen($fh, $f, O_RDWR) or die;
seek($fh, 0, SEEK_END);
print "end at ", tell($fh), "\n";
seek($fh, 0, SEEK_SET);
print "first: ", scalar(<$fh>);
close $fh;
print "missing: ", (sysopen(my $m, "/tmp/fs_sysopen_flock_none_$$", O_RDONLY) ? "opened" : "failed [$!]"), "\n";

open(my $a, '<', $f) or die;
open(my $b, '<', $f) or die;
print "LOCK_EX: ", (flock($a, LOCK_EX) ? 1 : 0), "\n";
print "second LOCK_EX|LOCK_NB: ", (flock($b, LOCK_EX | LOCK_NB) ? 1 : "0 [$!]"), "\n";
print "LOCK_UN: ", (flock($a, LOCK_UN) ? 1 : 0), "\n";
print "now: ", (flock($b, LOCK_EX | LOCK_NB) ? 1 : 0), "\n";
print "shared: ", (flock($a, LOCK_SH | LOCK_NB) ? 1 : "0 [$!]"), "\n";
close $a;
close $b;
print "constants: ", join(",", O_RDONLY, O_WRONLY, O_RDWR, LOCK_SH, LOCK_EX, LOCK_NB, LOCK_UN, SEEK_SET, SEEK_CUR, SEEK_END), "\n";
unlink $f;
