# die and eval: messages with and without newline, objects and
# references as exceptions, nested eval, $@ clearing, __DIE__ and
# __WARN__ handlers.
use strict;
use warnings;
eval { die "plain\n" };
print "1: $@";
eval { die "no newline" };
print "2: $@";
eval { die { code => 42 } };
print "3: code $@->{code}\n";
eval { die [1, 2] };
print "4: @{$@}\n";
package MyErr { sub new { my ($c, %a) = @_; bless {%a}, $c } sub msg { $_[0]{msg} } }
eval { die MyErr->new(msg => "object") };
print "5: ", ref $@, " ", $@->msg, "\n";
my $r = eval { 42 };
print "6: r=$r err='", $@, "'\n";
my @l = eval { (1, 2, 3) };
print "7: @l\n";
eval { eval { die "inner\n" }; print "8: caught $@"; die "outer\n" };
print "9: $@";
my $ok = eval { die "x\n"; 1 };
print "10: ", (defined $ok ? "defined" : "undef"), "\n";
eval { my $z = 0; my $q = 1 / $z };
print "11: $@";
eval { my @a = (1); my $h = $a[0]->{x} };
print "12: ", ($@ ? "error\n" : "no error\n");
{
    local $SIG{__DIE__} = sub { print "DIE handler: $_[0]" };
    eval { die "handled\n" };
    print "13: $@";
}
{
    local $SIG{__WARN__} = sub { print "WARN handler: $_[0]" };
    warn "careful\n";
    warn "at line";
}
eval { die "line info" };
print "14: $@";
$@ = "";
eval { 1 };
print "15: '", $@, "'\n";
eval { die };
print "16: $@";
my $err = do { local $@; eval { die "scoped\n" }; $@ };
print "17: $err";
sub thrower { die "from sub\n" }
eval { thrower() };
print "18: $@";
eval { die "a", "b", "\n" };
print "19: $@";
