# unlink counts, rename, link, and their errors.
use strict;
use warnings;

my $base = "/tmp/fs_unlink_rename_$$";
my @files = map { "$base.$_" } 1 .. 3;
for my $f (@files) {
    open(my $fh, '>', $f) or die "open $f: $!";
    print $fh "x";
    close $fh;
}
print "rename: ", rename($files[0], "$base.new"), "\n";
print "old gone: ", (-e $files[0] ? 0 : 1), " new there: ", (-e "$base.new" ? 1 : 0), "\n";
print "rename missing: ", rename("$base.none", "$base.other"), " [$!]\n";
print "rename into missing dir: ", rename("$base.new", "/tmp/fs_unlink_rename_nodir_$$/x"), " [$!]\n";

print "link: ", link("$base.new", "$base.hard"), "\n";
my @s = stat("$base.new");
print "nlink: $s[3]\n";
print "link exists: ", link("$base.new", "$base.hard"), " [$!]\n";

print "unlink 3 of 4: ", unlink("$base.new", $files[1], "$base.none", "$base.hard"), "\n";
print "errno: $!\n";
$_ = $files[2];
print "unlink \$_: ", unlink, "\n";
print "unlink none: ", unlink(), "\n";
my @gone = grep { -e } "$base.new", @files, "$base.hard";
print "left: ", scalar(@gone), "\n";
print "unlink dir: ", unlink("/tmp"), " [$!]\n";
