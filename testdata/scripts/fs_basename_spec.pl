# File::Basename and File::Spec on Unix paths.
use strict;
use warnings;
use File::Basename;
use File::Spec;
use File::Spec::Functions qw(catfile catdir canonpath no_upwards);

for my $p ("/a/b/c.txt", "c.txt", "/a/b/", "/", "a/", "a", "", "/a//b//", "./x", "../y/z.tar.gz") {
    my ($n, $d, $s) = fileparse($p, qr/\.[^.]*/);
    print "[$p] basename=[", basename($p), "] dirname=[", dirname($p), "] fileparse=[$n|$d|$s]\n";
}
print "suffix: ", basename("/x/y.txt", ".txt"), " ", basename("/x/.txt", ".txt"), " ", basename("a.c", ".h", ".c"), "\n";
my @parts = fileparse("/tmp/a.b.c", ".c", ".b");
print "two suffixes: @parts\n";
print "regex suffix: ", join("|", fileparse("x.tar.gz", qr/\.tar\.gz/, qr/\.gz/)), "\n";
my $only = fileparse("/q/r.pl");
print "scalar fileparse: $only\n";

print "catfile: ", File::Spec->catfile("a", "b", "c.txt"), " ", catfile("/", "x"), " ", catfile("only"), "\n";
print "catdir: ", File::Spec->catdir("/a/", "b/", "./c"), " [", catdir(), "] ", catdir("", "x"), "\n";
for my $p ("/a/./b//c/", "/../x", "./", "a/.", "/..", "x/../y", "//") {
    print "canonpath($p) = ", canonpath($p), "\n";
}
print "dirs: ", File::Spec->curdir, " ", File::Spec->updir, " ", File::Spec->rootdir, " ", File::Spec->devnull, "\n";
print "splitdir: ", join(",", File::Spec->splitdir("/a/b/c")), "\n";
print "absolute: ", (File::Spec->file_name_is_absolute("/x") ? 1 : 0), (File::Spec->file_name_is_absolute("x/y") ? 1 : 0), "\n";
my ($vol, $dir, $file) = File::Spec->splitpath("/a/b/c.txt");
print "splitpath: [$vol][$dir][$file]\n";
print "catpath: ", File::Spec->catpath("", "/a/b", "c.txt"), "\n";
print "no_upwards: ", join(",", no_upwards(".", "..", "x", ".y")), "\n";
print "rel2abs: ", File::Spec->rel2abs("b/c", "/a"), " ", File::Spec->rel2abs("/x/./y"), "\n";
print "abs2rel: ", File::Spec->abs2rel("/a/b/c", "/a"), "\n";
