use strict;
use warnings;

package Guard;
sub new { my ($class, $code) = @_; return bless { code => $code }, $class }
sub dismiss { $_[0]{code} = undef }
sub DESTROY {
    my $self = shift;
    local $?;
    local $@;
    $self->{code}->() if $self->{code};
}

package main;

my @log;
sub with_guard {
    my $name = shift;
    my $g = Guard->new(sub { push @log, "cleanup $name" });
    push @log, "work $name";
    $g->dismiss if $name eq "dismissed";
    return "ret $name";
}
push @log, with_guard("one");
push @log, with_guard("dismissed");
eval {
    my $g = Guard->new(sub { push @log, "cleanup on die" });
    die "oops\n";
};
push @log, "error: $@";
print "$_\n" for @log;

my $counter = 0;
{
    my $g1 = Guard->new(sub { $counter += 1 });
    my $g2 = Guard->new(sub { $counter *= 10 });
}
print "counter $counter\n";
