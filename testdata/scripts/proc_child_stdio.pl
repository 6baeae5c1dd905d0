# Children inherit STDOUT and STDERR as the script has them: reopened to a
# file, or dup'ed; their stderr is the script's stderr.
use strict;
use warnings;

$| = 1;
print "start\n";
system('sh', '-c', 'echo child stderr >&2');
print STDERR "parent stderr\n";

my $f = "/tmp/proc_child_stdio_$$";
open(my $saved, '>&', \*STDOUT) or die "save: $!";
open(STDOUT, '>', $f) or die "reopen: $!";
print "parent into file\n";
system('echo', 'child into file');
print `echo backticks are captured, not redirected`;
open(my $p, '|-', 'cat') or die;
print $p "piped child into file\n";
close $p;
close STDOUT;
open(STDOUT, '>&', $saved) or die "restore: $!";
close $saved;

open(my $in, '<', $f) or die;
print "file: $_" while <$in>;
close $in;

open(my $fh, '-|', 'sh', '-c', 'echo out; echo err >&2') or die;
my @out = <$fh>;
close $fh;
print "piped out: @out";
print "end\n";
unlink $f;
