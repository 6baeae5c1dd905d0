# split on white space without a limit: leading, trailing and repeated
# white space of every kind, awk mode and /\s+/.
use strict;
use warnings;

for my $s ("a b c", "  a b", "a b  ", "   ", "", "a", " a", "a ", "a\tb\nc\rd\fe\x0bf",
           "\t\n lead and trail \t\n", "x  y   z", " ", "\xa0a\xa0b") {
    my @a = split ' ', $s;
    my @b = split /\s+/, $s;
    my $n = () = split /\s+/, $s;
    print scalar(@a), ":", join("|", @a), "  ", scalar(@b), ":", join("|", @b), "  $n\n";
}
$_ = "  from topic  ";
my @t = split;
print join(",", @t), "\n";
my @l = split ' ', "a b c d", 2;
print join(",", @l), "\n";
my @m = split /\s+/, " a b ", -1;
print scalar(@m), "\n";
