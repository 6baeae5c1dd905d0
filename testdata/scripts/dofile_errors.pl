# do FILE: a missing file sets $!, a compile error or die sets $@; the
# result is undef.
use strict;
use warnings;
my $dir = "/tmp/dofile_errors_$$";
system("mkdir", "-p", "$dir") == 0 or die "mkdir failed";
sub write_file { my ($name, $text) = @_; open my $fh, '>', "$dir/$name" or die $!; print $fh $text; close $fh }
write_file('bad.pl', "my \$x = (1;\n");
write_file('dies.pl', "print \"running\\n\";\ndie \"inside\\n\";\n");
write_file('dies2.pl', "\n\ndie 'plain';\n");
write_file('ok.pl', "1;\n");
$! = 0;
my $r = do "$dir/missing.pl";
print defined $r ? "defined\n" : "undef\n";
print "errno: $!\n";
print "\$\@ empty: ", ($@ eq '' ? 1 : 0), "\n";
$r = do "$dir/bad.pl";
print defined $r ? "defined\n" : "undef\n";
(my $e = $@) =~ s/\Q$dir\E/DIR/g;
print "compile: $e";
$r = do "$dir/dies.pl";
print defined $r ? "defined\n" : "undef\n";
print "died: $@";
do "$dir/dies2.pl";
($e = $@) =~ s/\Q$dir\E/DIR/g;
print "died: $e";
$r = do "$dir/ok.pl";
print "ok: $r [$@]\n";
system("rm", "-rf", $dir);
