# chmod and utime: counts, modes, times, failures.
use strict;
use warnings;

my $a = "/tmp/fs_chmod_utime_a_$$";
my $b = "/tmp/fs_chmod_utime_b_$$";
for ($a, $b) { open(my $fh, '>', $_) or die; close $fh }
print "chmod 2: ", chmod(0600, $a, $b), "\n";
printf "a: %o b: %o\n", (stat $a)[2] & 07777, (stat $b)[2] & 07777;
print "chmod with missing: ", chmod(0644, $a, "/tmp/fs_chmod_utime_none_$$"), " [$!]\n";
printf "a: %o\n", (stat $a)[2] & 07777;
my @list = (0755, $b);
print "chmod list: ", chmod(@list), "\n";
print "-x: ", (-x $b ? 1 : 0), "\n";

print "utime: ", utime(1000000000, 1234567890, $a, $b), "\n";
my @s = stat $a;
print "atime $s[8] mtime $s[9]\n";
print "utime missing: ", utime(1, 2, "/tmp/fs_chmod_utime_none_$$"), " [$!]\n";
print "utime undef: ", utime(undef, undef, $a), "\n";
print "now-ish: ", (abs((stat $a)[9] - time) < 60 ? 1 : 0), "\n";
print "-M old: ", (-M $b > 1000 ? 1 : 0), "\n";
unlink $a, $b;

# on filehandles
open(my $h, '>', $a) or die;
print "chmod handle: ", chmod(0604, $h), "\n";
printf "mode: %o\n", (stat $a)[2] & 07777;
print "utime handle: ", utime(500, 600, $h), "\n";
print "times: ", join(",", (stat $a)[8, 9]), "\n";
close $h;
unlink $a;
