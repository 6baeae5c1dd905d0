# Programs are found through the script's $ENV{PATH}, for system, backticks
# and piped opens alike.
use strict;
use warnings;

my $dir = "/tmp/proc_env_path_$$";
mkdir $dir or die "mkdir: $!";
open(my $fh, '>', "$dir/mp_custom_tool") or die;
print $fh "#!/bin/sh\necho \"custom tool: \$1 (\$MP_GREETING)\"\n";
close $fh;
chmod 0755, "$dir/mp_custom_tool" or die;

$| = 1;
$ENV{PATH} = "$dir:$ENV{PATH}";
$ENV{MP_GREETING} = "hello";
system('mp_custom_tool', 'system');
print `mp_custom_tool backticks`;
open(my $p, '-|', 'mp_custom_tool', 'pipe') or die "pipe: $!";
print <$p>;
close $p;
$ENV{PATH} = "/nonexistent_dir";
my $r = do { no warnings 'exec'; system('mp_custom_tool', 'gone') };
print "not found: $r\n";
unlink "$dir/mp_custom_tool";
rmdir $dir;
