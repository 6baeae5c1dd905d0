use strict;
use warnings;

package Obj;
sub new { my ($class, $name) = @_; return bless { name => $name }, $class }
sub DESTROY { print "DESTROY $_[0]{name}\n" }

package main;

our $current = Obj->new("outer");
our %config = (obj => Obj->new("config"));
our @stack = (Obj->new("stack"));

sub show { print "current is $current->{name}\n" }

sub nested {
    local $current = Obj->new("inner");
    show();
}
nested();
show();

{
    local $config{obj} = Obj->new("temp_config");
    print "config is $config{obj}{name}\n";
}
print "config back to $config{obj}{name}\n";

{
    local @stack = (Obj->new("local_stack"));
    print "stack top $stack[0]{name}\n";
}
print "stack top $stack[0]{name}\n";
undef $current; %config = (); @stack = ();
print "end\n";
