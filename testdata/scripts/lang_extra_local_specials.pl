# local on the punctuation variables people use around I/O.
use strict; use warnings;
my @a = (1, 2, 3);
{
    local $, = "-";
    local $\ = "!\n";
    print @a;
}
print "@a\n";
{
    local $" = ":";
    print "@a\n";
}
my %h;
{
    local $; = "|";
    $h{1, 2} = "x";
}
print join(",", map { s/\|/+/r } keys %h), "\n";
my $text = "a\nb\n\nc\n";
{
    local $/ = "";
    open(my $fh, '<', \$text) or die;
    my @paras = <$fh>;
    print scalar(@paras), " paragraphs\n";
}
{
    local $/;
    open(my $fh, '<', \$text) or die;
    my $all = <$fh>;
    print length($all), " bytes\n";
}
