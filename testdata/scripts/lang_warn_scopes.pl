# Lexical warning scopes: no warnings, no warnings 'CATEGORY', FATAL,
# $SIG{__WARN__} and $^W without a pragma.
use strict;
my $u;
my $s = "a$u";    # no pragma, no -w: silent
{
    local $^W = 1;
    $s = "b$u";   # $^W turns them on where no pragma is in force
}
{
    use warnings;
    $s = "c$u";
    {
        no warnings 'uninitialized';
        $s = "d$u";
        $s = "abc" + 1;
    }
    {
        no warnings;
        $s = "e$u" . ("abc" + 1);
    }
    local $SIG{__WARN__} = sub { print "caught: $_[0]" };
    $s = "f$u";
    warn "plain\n";
    warn "no newline";
}
{
    use warnings FATAL => 'all';
    my $r = eval { my $t = "g$u"; 1 };
    print "fatal: ", ($r ? "no" : "yes"), " $@";
    eval { my $t = "abc" + 1; };
    print "fatal numeric: $@";
}
{
    use warnings FATAL => 'uninitialized';
    eval { $s = "abc" + 1; $s = "h$u"; };
    print "mixed: $@";
}
sub quiet { no warnings; return $_[0] . "x" }
use warnings;
$s = quiet(undef);
print "done\n";
