# $SIG{__WARN__} receives perl's own warnings as well as warn's, and
# can turn them into exceptions or count them.
use strict;
use warnings;
my @seen;
local $SIG{__WARN__} = sub { push @seen, $_[0] };
my $u;
my $s = "a$u";
$s = "x" + 1;
warn "user warning\n";
my %h = (1);
print scalar(@seen), " warnings\n";
print for @seen;
{
    local $SIG{__WARN__} = sub { die "promoted: $_[0]" };
    eval { my $t = "b$u"; 1 } or print "caught $@";
}
local $SIG{__WARN__} = 'DEFAULT';
my $t = "c" . (undef // "d");
print "end $t\n";
