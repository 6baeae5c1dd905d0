# Directory handles: opendir, readdir in list and scalar context, rewinddir,
# telldir/seekdir, closedir, and errors.
use strict;
use warnings;

my $d = "/tmp/fs_opendir_$$";
mkdir $d or die "mkdir: $!";
for my $n (qw(b.txt a.txt c.log .hidden)) {
    open(my $fh, '>', "$d/$n") or die; close $fh;
}
opendir(my $dh, $d) or die "opendir: $!";
my @all = sort readdir($dh);
print "all: @all\n";
print "at end: ", (defined(readdir $dh) ? "more" : "undef"), "\n";
rewinddir($dh);
my @txt = sort grep { /\.txt$/ } readdir $dh;
print "txt: @txt\n";
rewinddir $dh;
my $count = 0;
while (my $e = readdir($dh)) {
    $count++;
}
print "scalar loop: $count\n";
rewinddir $dh;
my $first = readdir $dh;
my $pos = telldir $dh;
my $second = readdir $dh;
seekdir($dh, $pos);
print "seekdir: ", (readdir($dh) eq $second ? "same" : "diff"), "\n";
print "closedir: ", closedir($dh), "\n";

opendir(DIR, $d) or die;
my @names = grep { !/^\./ } readdir DIR;
closedir DIR;
print "bareword: ", join(",", sort @names), "\n";

print "missing: ", (opendir(my $x, "$d/none") ? "ok" : "fail [$!]"), "\n";
print "not a dir: ", (opendir(my $y, "$d/a.txt") ? "ok" : "fail [$!]"), "\n";

unlink map { "$d/$_" } qw(b.txt a.txt c.log .hidden);
rmdir $d or die "rmdir: $!";
