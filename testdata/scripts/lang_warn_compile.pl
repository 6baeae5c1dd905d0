# Warnings perl gives while compiling: useless constants and variables in
# void context, one-element slices, precedence traps, sort in scalar
# context. They come out before anything the program prints.
use strict;
use warnings;
print "start\n";
my (@b, %h, $i);
$i = 0;
my @x = @b[0];
@x = @h{"a"};
@x = @b[$i];
"a string";
42;
1;
0;
$i;
$i + 1;
$i == 1;
$i eq "a";
@b;
%h;
sub f { return 1 or 2 }
my @s = (3, 1);
my $n = sort @s;
print "a\n" if $i == 1 | 2;
print "b\n" if ($i == 1) | 2;
print "end\n";
