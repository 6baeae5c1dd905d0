# Regex: global substitution with s///g — literal replacements, captures
# in the replacement, character classes and trimming — over generated text.
use strict;
use warnings;

my $text = "";
for my $i (1 .. 3000) {
    $text .= "  The quick brown fox $i jumps over   the lazy dog, item-$i; value=$i  \n";
}
my $total = 0;
for my $round (1 .. 20) {
    my $t = $text;
    $total += ($t =~ s/the/THE/g);
    $total += ($t =~ s/(\d+)/<$1>/g);
    $total += ($t =~ s/[ \t]+/ /g);
    $total += ($t =~ s/^ | $//mg);
    $total += ($t =~ s/(\w+)=(\S+);?/$2:$1/g);
    $total += length $t;
}
print "$total\n";
