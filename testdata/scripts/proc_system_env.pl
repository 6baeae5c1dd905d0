# system and backticks with lists and strings; %ENV reaches children; $?.
use strict;
use warnings;

$| = 1;
my $r = system('echo', 'list', 'form');
print "system: $r \$?: $?\n";
$r = system("echo string form");
print "system string: $r\n";
$r = system('sh', '-c', 'exit 5');
print "exit 5: ", $? >> 8, " ret: ", $r >> 8, "\n";
$r = do { no warnings 'exec'; system('no_such_program_miniperl_test') };
print "missing: $r \$?: $? [$!]\n";

my $out = `echo backticks`;
print "bt: $out";
my @lines = `printf 'a\nb\nc\n'`;
print "bt list: ", scalar(@lines), "\n";
$out = qx{sh -c 'echo out; exit 2'};
print "qx: $out", "status: ", $? >> 8, "\n";

$ENV{MINIPERL_TEST_VAR} = "from parent";
print `echo \$MINIPERL_TEST_VAR`;
system('sh', '-c', 'echo "system sees: $MINIPERL_TEST_VAR"');
open(my $fh, '-|', 'sh', '-c', 'echo "pipe sees: $MINIPERL_TEST_VAR"') or die;
print <$fh>;
close $fh;
delete $ENV{MINIPERL_TEST_VAR};
print "deleted: [", `sh -c 'echo -n \$MINIPERL_TEST_VAR'`, "]\n";
{
    local $ENV{LOCAL_ONLY} = "yes";
    print `sh -c 'echo local: \$LOCAL_ONLY'`;
}
print "after local: [", `sh -c 'echo -n \$LOCAL_ONLY'`, "]\n";
print "pid: ", ($$ > 1 ? "ok" : "bad"), " ppid: ", (getppid() > 0 ? "ok" : "bad"), "\n";
my $child_ppid = `sh -c 'echo \$PPID'`;
chomp $child_ppid;
print "child's parent is us: ", ($child_ppid == $$ ? 1 : 0), "\n";
