package Counter::Limited;
use parent -norequire, 'Counter';
sub new { my ($class, %args) = @_; my $self = Counter::new($class, %args); $self->{max} = $args{max}; $self }
sub inc { my $self = shift; $self->SUPER::inc() if $self->value < $self->{max}; $self }
1;
