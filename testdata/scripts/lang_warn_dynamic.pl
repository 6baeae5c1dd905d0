# Warnings without a pragma: $^W set at run time turns the dynamic ones
# on; -w style behaviour via local $^W; lexical scopes take precedence.
my $u;
my $s = "quiet $u";
$^W = 1;
$s = "loud $u";
$s = "abc" + 1;
{
    local $^W = 0;
    $s = "quiet again $u";
}
$s = "loud again $u";
{
    no warnings;
    $s = "lexically quiet $u";
}
sub f { return "in sub $_[0]" }
$s = f(undef);
print "done\n";
