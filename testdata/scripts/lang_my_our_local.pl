# my, our and local: lexical and package variables, and local's dynamic
# scope over globals, hash and array elements.
use strict;
use warnings;
our $x = "global";
my $y = "lexical";
sub show { return "x=$x" }
sub with_local { local $x = "localized"; return show() }
print show(), "\n";
print with_local(), "\n";
print show(), "\n";
{
    my $y = "inner";
    print "inner y=$y\n";
}
print "outer y=$y\n";
our @list = (1, 2, 3);
our %conf = (a => 1, b => 2);
sub peek { return "list=@list a=$conf{a} b=" . ($conf{b} // 'undef') }
{
    local $list[1] = 20;
    local $conf{a} = 10;
    local $conf{b};
    print peek(), "\n";
}
print peek(), "\n";
{
    local @list = (7, 8);
    local %conf = (a => 'x');
    print peek(), "\n";
}
print peek(), "\n";
for my $i (1 .. 2) {
    my $count = 0;
    $count++ for 1 .. $i;
    print "i=$i count=$count\n";
}
my $n = 10;
{
    my $n = $n + 1;
    print "shadow n=$n\n";
}
print "n=$n\n";
package Other;
our $x = "other";
print "in Other: $x $main::x\n";
package main;
print "back: $x $Other::x\n";
