# $? decoded by hand and with POSIX's W* macros.
use strict;
use warnings;
use POSIX qw(:sys_wait_h);

sub report {
    my $label = shift;
    printf "%-8s raw=%d exited=%d code=%d signaled=%d sig=%d\n", $label, $?,
        WIFEXITED($?) ? 1 : 0, WEXITSTATUS($?), WIFSIGNALED($?) ? 1 : 0, WTERMSIG($?);
    printf "%-8s by hand: code=%d sig=%d\n", $label, $? >> 8, $? & 127;
}
system('true');
report("true");
system('sh', '-c', 'exit 42');
report("exit 42");
system('sh', '-c', 'kill -TERM $$');
report("TERM");
my $out = `sh -c 'echo x; exit 1'`;
report("qx");
open(my $fh, '-|', 'sh', '-c', 'exit 9') or die;
close $fh;
report("close");
print "WNOHANG: ", WNOHANG, "\n";
