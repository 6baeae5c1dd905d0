package Scope::Guard;
# A guard object: its code runs when the last reference to it goes.
use strict;
use warnings;

sub new {
    my ($class, $name, $code) = @_;
    return bless { name => $name, code => $code }, $class;
}

sub DESTROY {
    my $self = shift;
    $self->{code}->($self->{name}) if $self->{code};
}

1;
