# A file run with do sees globals but not the caller's lexicals; its own
# lexicals stay private; subs it defines are global.
use strict;
use warnings;
my $dir = "/tmp/dofile_lexicals_$$";
system("mkdir", "-p", $dir) == 0 or die "mkdir failed";
open my $fh, '>', "$dir/lib.pl" or die $!;
print $fh <<'PL';
our $counter;
$counter++;
my $private = "private-$counter";
sub lib_get { $private }
no strict 'vars';
$seen = defined $lexical ? "saw lexical" : "no lexical";
"loaded $counter";
PL
close $fh;
our $counter = 0;
our $seen;
my $lexical = 'mine';
print do("$dir/lib.pl"), "\n";
print "$seen\n";
print lib_get(), "\n";
print do("$dir/lib.pl"), "\n";
print lib_get(), " counter=$counter\n";
system("rm", "-rf", $dir);
