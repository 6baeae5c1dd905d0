# Objects: bless, methods, inheritance through @ISA and use parent, SUPER::, can/isa, method errors, filehandle methods, indirect new.
package Animal;
sub new { my ($class, %args) = @_; my $self = { name => $args{name} || 'x', sound => 'generic' }; return bless $self, $class; }
sub name { my $self = shift; $self->{name} = shift if @_; return $self->{name} }
sub speak { my $self = shift; return sprintf("%s says %s", $self->name, $self->sound) }
sub sound { my $self = shift; return $self->{sound} }
package Dog;
our @ISA = ('Animal');
sub new { my ($class, %args) = @_; my $self = Animal::new($class, %args); $self->{tricks} = []; return $self; }
sub sound { "Woof" }
sub add_trick { my ($self, $t) = @_; push @{$self->{tricks}}, $t; return $self }
sub tricks { @{ $_[0]{tricks} } }
package main;
my $d = Dog->new(name => 'Rex');
print $d->speak, "\n";
$d->add_trick('sit')->add_trick('roll');
print join(",", $d->tricks), "\n";
print ref($d), " ", $d->isa('Animal') ? "isa" : "not", " ", Dog->can('speak') ? "can" : "cannot", "\n";
my $m = "name"; print $d->$m, "\n";
$d->name("Max"); print $d->name, "\n";
my $a = Animal->new; print $a->speak, "\n";

STDOUT->autoflush(1);
STDOUT->print("via method\n");
printf("%s\n", Dog->can('nope') ? "yes" : "no");
eval { $d->fly }; print "err: $@";
eval { my $u; $u->x }; print "err: $@";
eval { Nope->new }; print "err: $@";
package Cat; use parent -norequire, 'Animal'; sub sound { "Meow" } sub speak { my $s = shift; "The cat: " . $s->SUPER::speak() }
package main;
print Cat->new(name => "Tom")->speak, "\n";
my $c2 = new Cat(name => "Kit"); print $c2->name, "\n";
