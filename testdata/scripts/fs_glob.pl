# glob and <*.txt>: sorting, braces, hidden files, no-magic patterns, and
# the scalar-context iterator.
use strict;
use warnings;

my $d = "/tmp/fs_glob_$$";
mkdir $d or die;
for my $n (qw(b.txt A.txt a.txt c.log .hid.txt)) {
    open(my $fh, '>', "$d/$n") or die; close $fh;
}
mkdir "$d/sub";
open(my $fh, '>', "$d/sub/x.txt") or die; close $fh;

my @t = glob("$d/*.txt");
print join(" ", map { s{.*/}{}r } @t), "\n";
my @angle = <$d/*.log>;
print "angle: ", join(" ", map { s{.*/}{}r } @angle), "\n";
print "braces: ", join(" ", map { s{.*/}{}r } glob("$d/{c,b}.*")), "\n";
print "nomagic: ", join(" ", map { s{.*/}{}r } glob("$d/{none,b.txt}")), "\n";
print "two words: ", join(" ", map { s{.*/}{}r } glob("$d/*.log $d/b*")), "\n";
print "question: ", join(" ", map { s{.*/}{}r } glob("$d/?.txt")), "\n";
print "class: ", join(" ", map { s{.*/}{}r } glob("$d/[ab].txt")), "\n";
print "hidden: ", join(" ", map { s{.*/}{}r } glob("$d/.*.txt")), "\n";
print "subdir: ", join(" ", map { s{^\Q$d\E/}{}r } glob("$d/*/*.txt")), "\n";
print "no match: ", scalar(my @n = glob("$d/*.none")), "\n";
my $count = 0;
while (my $f = glob("$d/*.txt")) {
    $count++;
}
print "iterated: $count\n";
my @it;
while (<$d/*.txt>) {
    push @it, s{.*/}{}r;
}
print "angle loop: @it\n";

unlink glob("$d/*.txt $d/.*.txt $d/*.log $d/sub/*");
rmdir "$d/sub";
rmdir $d or die "rmdir: $!";
