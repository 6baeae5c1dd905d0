# do and require look relative names up in @INC; ./ and / paths are used
# as they are.
use strict;
use warnings;
my $dir = "/tmp/dofile_inc_$$";
system("mkdir", "-p", "$dir") == 0 or die "mkdir failed";
system("mkdir", "-p", "$dir/sub") == 0 or die "mkdir failed";
sub write_file { my ($name, $text) = @_; open my $fh, '>', "$dir/$name" or die $!; print $fh $text; close $fh }
write_file('helper.pl', "sub helper { 'helped ' . shift } 'helper loaded';\n");
write_file('sub/nested.pl', "21 * 2;\n");
write_file('counter.pl', "our \$loads; \$loads++; 1;\n");
unshift @INC, $dir;
print do('helper.pl'), "\n";
print helper('x'), "\n";
print do('sub/nested.pl'), "\n";
print exists $INC{'sub/nested.pl'} ? "recorded as given\n" : "not recorded\n";
our $loads = 0;
require 'counter.pl';
require 'counter.pl';
print "required twice, loaded $loads time(s)\n";
do 'counter.pl';
do 'counter.pl';
print "done twice more, loaded $loads time(s)\n";
my $r = do 'not-there.pl';
print defined $r ? "defined\n" : "undef: $!\n";
shift @INC;
system("rm", "-rf", $dir);
