# File::Path, File::Copy, File::Temp and Cwd.
use strict;
use warnings;
use File::Path qw(make_path remove_tree mkpath rmtree);
use File::Copy qw(copy move cp);
use File::Temp qw(tempfile tempdir);
use Cwd qw(getcwd cwd abs_path);

my $base = "/tmp/fs_path_copy_temp_$$";
my @made = make_path("$base/x/y", "$base/z", { mode => 0750 });
print "made: ", join(" ", map { s{^\Q$base\E}{BASE}r } @made), "\n";
printf "mode: %o\n", (stat "$base/x/y")[2] & 0777;
print "again: ", scalar(make_path("$base/x/y")), "\n";
mkpath(["$base/old/style"], 0, 0700);
print "mkpath: ", (-d "$base/old/style" ? 1 : 0), "\n";
eval { make_path("/proc/fs_path_copy_temp/no") };
print "error: ", ($@ =~ /^mkdir \/proc\/fs_path_copy_temp: / ? "croaked" : $@), "\n";

open(my $fh, '>', "$base/x/y/f") or die;
print $fh "hello\n" x 3;
close $fh;
print "copy to dir: ", copy("$base/x/y/f", "$base/z"), " size ", -s "$base/z/f", "\n";
print "copy to name: ", copy("$base/x/y/f", "$base/g"), "\n";
print "move: ", move("$base/g", "$base/h"), " old ", (-e "$base/g" ? 1 : 0), " new ", (-e "$base/h" ? 1 : 0), "\n";
print "copy missing: ", copy("$base/none", "$base/q"), " [$!]\n";
open(my $in, '<', "$base/h") or die;
open(my $out, '>', "$base/k") or die;
print "copy handles: ", copy($in, $out), "\n";
close $in;
close $out;
print "copied size: ", -s "$base/k", "\n";
chmod 0750, "$base/h";
cp("$base/h", "$base/cp") or die;
print "cp: ", (-s "$base/cp"), "\n";

print "rmtree count: ", remove_tree("$base/old"), "\n";
print "remove_tree: ", remove_tree($base, "$base/none"), "\n";
print "gone: ", (-e $base ? 0 : 1), "\n";

my $td = tempdir(CLEANUP => 1);
print "tempdir: ", (-d $td ? "dir" : "none"), " mode ", sprintf("%o", (stat $td)[2] & 0777), "\n";
my ($tfh, $tname) = tempfile(DIR => $td, SUFFIX => ".dat");
print $tfh "temp";
close $tfh;
print "tempfile: ", ($tname =~ m{^\Q$td\E/\w{10}\.dat$} ? "named" : $tname), " mode ", sprintf("%o", (stat $tname)[2] & 0777), " size ", -s $tname, "\n";
my ($t2, $n2) = tempfile("fs_pctXXXXXX", TMPDIR => 1, UNLINK => 1);
print "template: ", ($n2 =~ m{^/tmp/fs_pct\w{6}$} ? "ok" : $n2), "\n";
my $only = tempfile(DIR => $td);
print "scalar tempfile: ", ref($only), "\n";
eval { tempfile("bad", DIR => $td) };
print "bad template: ", ($@ =~ /The template must end with at least 4 'X' characters/ ? "croaked" : $@), "\n";
print "cwd: ", (getcwd() eq cwd() ? "same" : "differ"), " abs_path: ", abs_path("/tmp/../tmp"), "\n";
