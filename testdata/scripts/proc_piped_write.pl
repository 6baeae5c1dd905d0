# open(FH, '|-', LIST) and "| cmd": feeding a child; its output appears
# where STDOUT goes.
use strict;
use warnings;

$| = 1;
print "before\n";
open(my $fh, '|-', 'cat') or die "open: $!";
print $fh "line to cat\n";
printf $fh "%s\n", "printf to cat";
close($fh) or die "close: $! $?";
print "after cat\n";

open($fh, "| tr a-z A-Z") or die;
print $fh "shouted\n";
close $fh;
print "after tr\n";

open($fh, '|-', 'sh', '-c', 'cat >/dev/null; exit 4') or die;
print $fh "ignored\n";
my $ok = close $fh;
print "close: ", ($ok ? 1 : 0), " exit: ", $? >> 8, "\n";

my $f = "/tmp/proc_piped_write_$$";
open($fh, '|-', "sort -r > $f") or die;
print $fh "$_\n" for qw(b a c);
close $fh;
open(my $in, '<', $f) or die;
print "sorted: ", join("", <$in>);
close $in;
unlink $f;
