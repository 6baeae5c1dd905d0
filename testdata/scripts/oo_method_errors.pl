use strict;
use warnings;

package Y;
sub new { return bless {}, shift }
sub hello { return "hello from " . ref(shift) }

package Z;
our @ISA = ('Y');

package main;

my @cases = (
    sub { Y->new->x },
    sub { my $u; $u->x },
    sub { my $r = {}; $r->x },
    sub { my $r = []; $r->method },
    sub { Nope->new },
    sub { my $s = ""; $s->foo },
    sub { Z->new->missing },
    sub { my $class = "Also::Missing"; $class->new(1) },
    sub { my $code = sub { 1 }; $code->run },
    sub { my $name = "hello"; Z->new->$name() . " ok" },
    sub { Y->can("hello") ? "can hello" : "cannot" },
    sub { Z->can("nothing") ? "can" : "cannot nothing" },
    sub { Z->isa("Y") ? "Z isa Y" : "no" },
    sub { my $m = Y->can("hello"); $m->(Z->new) },
);
for my $i (0 .. $#cases) {
    my $r = eval { $cases[$i]->() };
    if ($@) { print "$i: error: $@" } else { print "$i: $r\n" }
}
Y->new->undefined_method;
