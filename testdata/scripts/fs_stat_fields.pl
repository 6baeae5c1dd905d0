# stat and lstat: 13 fields, scalar context, failures, and the _ buffer.
use strict;
use warnings;

my $f = "/tmp/fs_stat_fields_$$";
open(my $fh, '>', $f) or die "open: $!";
print $fh "0123456789\n";
close($fh) or die "close: $!";
chmod 0640, $f;

my @st = stat($f);
print "fields: ", scalar(@st), "\n";
printf "mode: %o\n", $st[2] & 07777;
printf "type is file: %d\n", ($st[2] & 0170000) == 0100000 ? 1 : 0;
print "size: $st[7]\n";
print "nlink: $st[3]\n";
print "uid matches: ", ($st[4] == $< ? 1 : 0), "\n";
print "mtime recent: ", (abs($st[9] - time) < 60 ? 1 : 0), "\n";

my ($dev, $ino, $mode, $nlink, $uid, $gid, $rdev, $size) = stat $f;
print "list assign size: $size\n";
print "scalar stat: ", scalar(stat($f)), "\n";

my @none = stat("/tmp/fs_stat_fields_missing_$$");
print "missing: ", scalar(@none), " [$!]\n";
my $r = stat("/tmp/fs_stat_fields_missing_$$");
print "missing scalar: [", (defined $r ? $r : 'undef'), "]\n";

# The _ filehandle reuses the last stat.
stat($f);
print "-f _: ", (-f _ ? 1 : 0), " -d _: ", (-d _ ? 1 : 0), " -s _: ", -s _, "\n";
my @again = stat(_);
print "stat _ size: $again[7]\n";

# stat on a filehandle
open($fh, '<', $f) or die;
my @hs = stat($fh);
print "handle size: $hs[7] same inode: ", ($hs[1] == $st[1] ? 1 : 0), "\n";
close $fh;

# lstat on a symlink
my $l = "/tmp/fs_stat_fields_link_$$";
symlink($f, $l) or die "symlink: $!";
my @ls = lstat($l);
printf "lstat is link: %d\n", ($ls[2] & 0170000) == 0120000 ? 1 : 0;
print "-l _: ", (-l _ ? 1 : 0), "\n";
my @ss = stat($l);
print "stat follows: ", ($ss[7] == 11 ? 1 : 0), "\n";
print "readlink: ", (readlink($l) eq $f ? "ok" : "bad"), "\n";
print "readlink plain file: ", (defined readlink($f) ? "def" : "undef [$!]"), "\n";

print "unlinked: ", unlink($l, $f), "\n";

# _ after a failed stat, and the lstat checks
stat("/tmp/fs_stat_fields_missing_$$");
$! = 0;
my @after = stat(_);
print "stat _ after failure: ", scalar(@after), " [", $! + 0, "]\n";
print "-e _ after failure: ", (defined(-e _) ? "defined" : "undef"), "\n";
stat("/tmp");
eval { my $x = -l _ };
print "-l _ after stat: $@";
eval { my @x = lstat _ };
print "lstat _ after stat: $@";
lstat("/tmp");
print "-l _ after lstat: ", (-l _ ? 1 : 0), "\n";
