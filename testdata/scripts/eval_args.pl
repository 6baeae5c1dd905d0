# eval STRING sees @_ of the enclosing sub and can change it.
sub first { eval 'shift' }
print first('a', 'b'), "\n";
sub all { eval '"@_"' }
print all(1, 2, 3), "\n";
sub mod { eval '$_[0] = "changed"'; }
my $v = 'orig';
mod($v);
print "$v\n";
sub count { my $n = eval 'scalar(@_)'; $n }
print count(1 .. 5), "\n";
