# Single quotes: no interpolation, only \\ and \' are special.
my $x = "nope";
print 'plain $x @a \n', "\n";
print 'it\'s', "\n";
print 'back\\slash', "\n";
print 'other \q \t stays', "\n";
print 'multi
line', "\n";
print length('\n'), "\n";
print '', "|\n";
print 'a' . 'b', "\n";
