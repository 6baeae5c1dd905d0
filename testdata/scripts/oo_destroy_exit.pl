use strict;
use warnings;

package Obj;
sub new { my ($class, $name) = @_; return bless { name => $name }, $class }
sub DESTROY { print "DESTROY $_[0]{name}\n" }

package main;

my $file = Obj->new("file_lexical");
our $pkg = Obj->new("package_var");
END { print "END with status $?\n" }

sub deep {
    my $in = Obj->new("in_deep");
    print "exiting\n";
    exit 3;
}
deep();
print "not reached\n";
