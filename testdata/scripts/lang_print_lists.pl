# print and say with lists, $, and $\, filehandle forms and return
# values.
use strict;
use warnings;
use feature 'say';
my @a = (1, 2, 3);
print @a, "\n";
print "@a\n";
say "said";
say @a;
{
    local $, = ", ";
    local $\ = ".\n";
    print @a;
    print "x", "y";
}
print STDOUT "to stdout\n";
print {*STDOUT} "glob block\n";
my $fh = \*STDOUT;
print $fh "via ref\n";
print {$fh} "via block\n";
my $ok = print "";
print "print returned $ok\n";
printf STDOUT "%s\n", "printf to handle";
printf("%d items\n", scalar @a);
say for 1 .. 2;
