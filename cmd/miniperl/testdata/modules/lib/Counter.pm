package Counter;
use strict;
use warnings;
use Exporter 'import';
our @EXPORT_OK = qw(make_counter $instances);
our $instances = 0;
my $created = 0;
sub new {
    my ($class, %args) = @_;
    $instances++; $created++;
    return bless { count => $args{start} || 0, step => $args{step} || 1 }, $class;
}
sub inc { my $self = shift; $self->{count} += $self->{step}; return $self }
sub value { $_[0]{count} }
sub created { $created }
sub make_counter { Counter->new(@_) }
1;
