# The (eval N) counter increments per string compiled.
for my $n (1 .. 3) {
    eval 'die "at"';
    print $@;
}
eval { die "block" };
print $@;
eval 'eval q{die "inner"}; print $@; die "outer"';
print $@;
my $s = eval 'sub { die "in closure" }';
eval { $s->() };
print $@;
