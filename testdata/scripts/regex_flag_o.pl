# /o compiles an interpolated pattern once, even if the variable changes.
my @found;
for my $pat (qw(a b c)) {
    push @found, ("abc" =~ /$pat/o ? "o:$pat" : "o-miss:$pat");
}
print "@found\n";
my @plain;
for my $pat (qw(a x c)) {
    push @plain, ("abc" =~ /$pat/ ? "hit:$pat" : "miss:$pat");
}
print "@plain\n";
sub check { my $p = shift; return "zzz" =~ /$p/o ? 1 : 0 }
print check("z"), check("q"), "\n";
