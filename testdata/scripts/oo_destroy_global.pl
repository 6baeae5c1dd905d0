use strict;
use warnings;

package Obj;
sub new { my ($class, $name) = @_; return bless { name => $name }, $class }
sub DESTROY { print "DESTROY $_[0]{name}\n" }

package main;

our $global = Obj->new("global");
my $file_a = Obj->new("file_a");
my $file_b = Obj->new("file_b");
my @file_list = (Obj->new("list1"), Obj->new("list2"));

sub uses_global { return $global->{name} }

END { print "END block sees ", uses_global(), "\n" }

print "main body done\n";
