# A module written at run time, loaded with eval "use ...", gets its
# import called.
use strict;
use warnings;
my $dir = "/tmp/dofile_use_runtime_$$";
system("mkdir", "-p", "$dir") == 0 or die "mkdir failed";
open my $fh, '>', "$dir/Greet.pm" or die $!;
print $fh <<'PM';
package Greet;
use strict;
use Exporter 'import';
our @EXPORT_OK = qw(hello);
my $calls = 0;
sub hello { $calls++; "hello $_[0] ($calls)" }
1;
PM
close $fh;
unshift @INC, $dir;
eval "use Greet qw(hello); 1" or die $@;
print hello('a'), "\n";
print main::hello('b'), "\n";
print Greet::hello('c'), "\n";
eval "use Greet; 1" or die $@;
print Greet::hello('d'), "\n";
system("rm", "-rf", $dir);
