# An alarm during waitpid: a handler that returns lets the wait go on; one
# that dies ends it, the usual timeout idiom.
use strict;
use warnings;

$| = 1;
$SIG{ALRM} = sub { print "alarm handler ran\n" };
my $pid = open(my $fh, '-|', 'sleep', '2') or die "open: $!";
alarm 1;
my $w = waitpid($pid, 0);
print "waitpid resumed and reaped: ", ($w == $pid ? 1 : 0), " status: $?\n";
close $fh;

$pid = open($fh, '-|', 'sleep', '10') or die;
my $r = eval {
    local $SIG{ALRM} = sub { die "timeout\n" };
    alarm 1;
    waitpid($pid, 0);
    alarm 0;
    1;
};
print "eval: ", (defined $r ? "done" : "died: $@");
print "child still there: ", kill(0, $pid), "\n";
kill 'KILL', $pid;
waitpid($pid, 0);
print "killed: ", $? & 127, "\n";
close $fh;
