# do FILE runs a file and returns its last value; it does not see the
# caller's lexicals; %INC records it.
use strict;
use warnings;
my $dir = "/tmp/dofile_basic_$$";
system("mkdir", "-p", "$dir") == 0 or die "mkdir failed";
sub write_file { my ($name, $text) = @_; open my $fh, '>', "$dir/$name" or die $!; print $fh $text; close $fh }
write_file('config.pl', "{ name => 'server', port => 8080, list => [1, 2, 3] };\n");
write_file('calc.pl', "my \$x = 6;\nmy \$y = 7;\n\$x * \$y;\n");
write_file('lex.pl', "defined(\$secret) ? 'sees' : 'does not see';\n");
write_file('list.pl', "(1, 2, 3, 4);\n");
my $cfg = do "$dir/config.pl";
print "$cfg->{name} $cfg->{port} @{$cfg->{list}}\n";
print do("$dir/calc.pl"), "\n";
my $secret = 1;
{
    no strict 'vars';
    print do("$dir/lex.pl"), "\n";
}
my @l = do "$dir/list.pl";
my $n = do "$dir/list.pl";
print "@l | $n\n";
print exists $INC{"$dir/calc.pl"} ? "in %INC\n" : "not in %INC\n";
print $INC{"$dir/calc.pl"} eq "$dir/calc.pl" ? "path ok\n" : "path differs\n";
system("rm", "-rf", $dir);
