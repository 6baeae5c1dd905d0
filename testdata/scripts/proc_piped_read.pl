# open(FH, '-|', LIST) and "cmd |": reading a child's output, close and $?.
use strict;
use warnings;

my $pid = open(my $fh, '-|', 'printf', '%s\n', 'one', 'two', 'three') or die "open: $!";
print "pid looks right: ", ($pid > 1 ? 1 : 0), "\n";
my @lines = <$fh>;
print "got: ", join(",", map { chomp; $_ } @lines), "\n";
print "close: ", (close($fh) ? 1 : 0), " \$?: $?\n";

open($fh, '-|', 'sh', '-c', 'echo failing; exit 3') or die;
print "read: ", scalar(<$fh>);
my $ok = close($fh);
print "close failing: ", ($ok ? 1 : 0), " exit: ", $? >> 8, " \$! zero: ", ($! + 0 == 0 ? 1 : 0), "\n";

open($fh, "echo two-arg form |") or die;
print "2-arg: ", <$fh>;
close $fh;

open($fh, '-|', "echo shell string; echo second") or die;
my @two = <$fh>;
print "shell: ", scalar(@two), " lines\n";
close $fh;

my $n = 0;
open(my $seq, '-|', 'seq', '1', '1000') or die;
while (my $l = <$seq>) { $n += $l }
close $seq;
print "sum: $n\n";

my $r = do { no warnings 'exec'; open(my $bad, '-|', 'no_such_program_miniperl_test', 'arg') };
print "missing program: ", (defined $r ? "pid" : "undef [$!]"), "\n";

open($fh, '-|', 'sh', '-c', 'kill -TERM $$') or die;
my @none = <$fh>;
close $fh;
print "signal: ", $? & 127, " lines: ", scalar(@none), "\n";
