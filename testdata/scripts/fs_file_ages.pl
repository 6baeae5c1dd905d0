# -M, -A and -C count days back from $^T, which a script may move.
use strict;
use warnings;

my $f = "/tmp/fs_file_ages_$$";
open(my $fh, '>', $f) or die;
close $fh;
utime($^T - 86400 * 2, $^T - 86400 * 3, $f) or die "utime: $!";
printf "-A %.2f -M %.2f\n", -A $f, -M $f;
print "-C recent: ", (-C $f < 1 ? 1 : 0), "\n";
utime($^T - 3600, $^T - 43200, $f);
printf "-A %.4f -M %.4f\n", -A $f, -M $f;
$^T -= 86400;
printf "after moving \$^T: -M %.4f\n", -M $f;
$^T += 86400;
utime($^T + 86400, $^T + 86400, $f);
printf "future: %.1f\n", -M $f;
print "\$^O: $^O\n";
print "missing: ", (defined(-M "/tmp/fs_file_ages_none") ? "def" : "undef"), "\n";
unlink $f;
