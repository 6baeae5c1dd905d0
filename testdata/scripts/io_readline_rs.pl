# readline with every $/ form: newline, undef, paragraph mode, multi-char
# separators and fixed-size records.
use strict;
use warnings;

my $f = "/tmp/io_readline_rs_$$";
open(my $out, '>', $f) or die;
print $out "p1 l1\np1 l2\n\n\n\np2 l1\n\np3 l1\nEND;rest;tail";
close $out;

sub show { my @r = @_; s/\n/\\n/g for @r; print join(" | ", @r), "\n" }

open(my $in, '<', $f) or die;
my @all = <$in>;
print "newline records: ", scalar(@all), "\n";
close $in;

{
    local $/;
    open($in, '<', $f) or die;
    my $s = <$in>;
    print "slurp: ", length($s), " bytes\n";
    print "after slurp: ", (defined(<$in>) ? "def" : "undef"), "\n";
    close $in;
}
{
    local $/ = "";
    open($in, '<', $f) or die;
    my @p = <$in>;
    print "paragraphs: ", scalar(@p), "\n";
    show(@p);
    close $in;
}
{
    local $/ = ";";
    open($in, '<', $f) or die;
    my @r = <$in>;
    show(@r[-3 .. -1]);
    close $in;
}
{
    local $/ = "\n\n";
    open($in, '<', $f) or die;
    my @r = <$in>;
    print "double newline: ", scalar(@r), "\n";
    show($r[1]);
    close $in;
}
{
    local $/ = \7;
    open($in, '<', $f) or die;
    my @r = <$in>;
    print "records of 7: ", scalar(@r), " last: ", length($r[-1]), "\n";
    show(@r[0, 1]);
    close $in;
}
{
    my $size = 4;
    local $/ = \$size;
    open($in, '<', $f) or die;
    my $r = <$in>;
    show($r);
    print "\$.: $.\n";
    close $in;
}
open($in, '<', $f) or die;
my $c = 0;
$c++ while <$in>;
print "count: $c \$.: $.\n";
close $in;
unlink $f;
