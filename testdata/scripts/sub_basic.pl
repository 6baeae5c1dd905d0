# Named subs: arguments through @_ and shift, return, implicit return value.
sub greet {
    my $name = shift;
    return "Hello, $name!";
}
sub add {
    my ($a, $b) = @_;
    $a + $b;
}
sub count_args {
    return scalar(@_);
}
sub first_or_default {
    my $v = shift;
    return "default" unless defined $v;
    "got $v";
}
sub nothing { return; }
sub last_statement_if {
    my $x = shift;
    if ($x) { "true branch" } else { "false branch" }
}
print greet("World"), "\n";
print add(2, 3), "\n";
print count_args(1, 2, 3, 4), "\n";
print count_args(), "\n";
print first_or_default(), "\n";
print first_or_default(7), "\n";
my $r = nothing();
print defined $r ? "defined\n" : "undef\n";
my @l = nothing();
print "empty list: ", scalar(@l), "\n";
print last_statement_if(1), "\n";
print last_statement_if(0), "\n";
print "args: ", add(add(1, 2), add(3, 4)), "\n";
sub both { return ("a", "b", "c") }
my @all = both();
my $n = @all;
print "@all $n\n";
my ($first) = both();
print "$first\n";
