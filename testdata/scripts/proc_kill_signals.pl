# kill with names and numbers, to a child and to the script itself.
use strict;
use warnings;

print "kill 0 self: ", kill(0, $$), "\n";
print "kill ZERO self: ", kill('ZERO', $$), "\n";
print "kill no pid: ", kill(0, 999999999), " [$!]\n";
print "kill none: ", kill('TERM'), "\n";

my $got = 0;
$SIG{USR1} = sub { $got++; print "handler: $_[0]\n" };
print "kill USR1 self: ", kill('USR1', $$), "\n";
print "kill SIGUSR1 self: ", kill('SIGUSR1', $$), "\n";
print "kill 10 self: ", kill(10, $$), "\n";
print "handled: $got\n";
$SIG{USR2} = 'IGNORE';
print "ignored: ", kill('USR2', $$), "\n";

my $pid = open(my $fh, '-|', 'sleep', '10') or die;
print "kill INT child: ", kill('INT', $pid), "\n";
waitpid($pid, 0);
print "child signal: ", $? & 127, "\n";
close $fh;

eval { kill('NOSUCHSIG', $$) };
print "bad name: $@";
$SIG{TERM} = sub { print "TERM caught\n" };
kill 'TERM', $$;
$SIG{TERM} = 'DEFAULT';
print "about to die by TERM\n";
kill 'TERM', $$;
print "not reached\n";
