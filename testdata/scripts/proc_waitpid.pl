# waitpid with and without WNOHANG, wait, $? and kill on piped children.
use strict;
use warnings;
use POSIX qw(WNOHANG);

my $pid = open(my $fh, '-|', 'sh', '-c', 'exit 7') or die;
my $got = waitpid($pid, 0);
print "waitpid: ", ($got == $pid ? "pid" : $got), " status: ", $? >> 8, "\n";
print "close after waitpid: ", (close($fh) ? 1 : 0), " \$?: $? \$!: $!\n";

print "wait no children: ", wait(), " \$?: $?\n";
print "waitpid unknown: ", waitpid(1, 0), " [$!]\n";

$pid = open($fh, '-|', 'sleep', '5') or die;
print "WNOHANG running: ", waitpid($pid, WNOHANG), "\n";
print "kill 0: ", kill(0, $pid), "\n";
print "kill TERM: ", kill('TERM', $pid), "\n";
$got = waitpid($pid, 0);
print "reaped: ", ($got == $pid ? 1 : 0), " signal: ", $? & 127, "\n";
close $fh;

$pid = open($fh, '-|', 'true') or die;
my $w = wait();
print "wait: ", ($w == $pid ? "pid" : $w), " \$?: $?\n";
close $fh;

my @pids;
for my $code (1, 2) {
    my $p = open(my $h, '-|', 'sh', '-c', "exit $code") or die;
    push @pids, [$p, $h];
}
my %st;
for (1 .. 2) {
    my $p = waitpid(-1, 0);
    $st{$p} = $? >> 8;
}
print "both: ", join(",", map { $st{$_->[0]} } @pids), "\n";
print "none left: ", waitpid(-1, WNOHANG), "\n";
