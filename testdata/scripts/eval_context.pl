# eval STRING returns the last value in the caller's context; return
# leaves the eval.
my @list = eval '(4, 5, 6)';
my $scalar = eval '(4, 5, 6)';
print "@list | $scalar\n";
my $w = eval 'wantarray ? "list" : defined(wantarray) ? "scalar" : "void"';
print "$w\n";
my @w = eval 'wantarray ? "list" : "scalar"';
print "@w\n";
my $r = eval 'return 7; 8';
print "$r\n";
my @r = eval 'for my $i (1..10) { return ($i, $i*$i) if $i == 3 } 0';
print "@r\n";
print eval('if (1) { "yes" } else { "no" }'), "\n";
my $n = eval '';
print defined $n ? "def" : "undef", "\n";
sub ctx { eval '@_' }
my @x = ctx(1, 2, 3);
my $y = ctx(1, 2, 3);
print "@x | $y\n";
eval q{print defined(wantarray) ? "not void\n" : "void\n"};
my $wa = eval q{wantarray};
print "[$wa]\n";
sub wa { wantarray }
my $sw = wa();
print "[$sw]\n";
