# Typeglob assignment: subs, aliases, package installation, local *name.
use strict; use warnings;
sub old { return "old(@_)" }
{
  no strict 'refs'; no warnings 'once';
  *foo = sub { "foo(@_)" };
  *bar = \&old;
}
print foo(1,2), "\n";
print bar(3), "\n";

# scalar, array and hash aliases
our ($x, @a, %h);
my $y = 5; my @b = (1,2); my %g = (k => 'v');
*x = \$y; *a = \@b; *h = \%g;
print "$x @a $h{k}\n";
$x = 7; push @a, 3; $h{n} = 1;
print "$y @b ", join(",", sort keys %g), "\n";

# installing into another package
*Foo::bar = sub { "Foo::bar(@_)" };
print Foo::bar('z'), "\n";

# the accessor generator idiom
package Obj;
sub new { my ($c, %a) = @_; bless {%a}, $c }
for my $f (qw(name size)) {
  no strict 'refs';
  *{"Obj::$f"} = sub { my $s = shift; $s->{$f} = shift if @_; $s->{$f} };
}
for my $m (qw(inc dec)) {
  no strict 'refs';
  my $d = $m eq 'inc' ? 1 : -1;
  *{__PACKAGE__ . "::$m"} = sub { $_[0]{size} += $d; $_[0] };
}
package main;
my $o = Obj->new(name => 'box', size => 3);
print $o->name, " ", $o->size, "\n";
$o->size(10);
$o->inc->inc->dec;
print $o->name, " ", $o->size, "\n";
print Obj->can('name') ? "can name\n" : "cannot\n";

# a symbolic name in a variable, caller's name of an installed sub
{ no strict 'refs'; my $name = "dyn"; *$name = sub { "dyn: " . (caller(0))[3] }; }
print dyn(), "\n";

# whole-glob alias
{ no warnings 'once'; *new_name = *old; }
print new_name(9), "\n";
our @list = (1,2,3);
{ no warnings 'once'; *alias = *list; }
our @alias; push @alias, 4; print "@list\n";

# handle aliases
{ no warnings 'once'; *OUT = *STDOUT; *OUT2 = \*STDOUT; }
print OUT "to OUT\n";
print OUT2 "to OUT2\n";

# redefinition warns, unless told not to
local $SIG{__WARN__} = sub { print "warn: $_[0]" };
sub f { 1 }
*f = sub { 2 };
print f(), "\n";
{ no warnings 'redefine'; *f = sub { 3 }; }
print f(), "\n";

# local *name restores the sub at scope exit
sub tst { "orig" }
sub outer { no warnings 'redefine'; local *tst = sub { "local" }; tst() }
print outer(), " ", tst(), "\n";
{
  no warnings 'redefine';
  local *tst = sub { "block" };
  print tst(), "\n";
}
print tst(), "\n";

# local *FH: the capture idiom
my $tmp = "/tmp/lang2_glob_assign_$$";
{
  local *STDOUT;
  open STDOUT, '>', $tmp or die "open: $!";
  print "hidden\n";
  close STDOUT;
}
print "back\n";
open my $in, '<', $tmp or die; print "file: ", <$in>; close $in; unlink $tmp;

# the value of a glob assignment is the glob
my $gv; { no warnings "once"; $gv = (*gl = \&old); }
print "$gv\n";
