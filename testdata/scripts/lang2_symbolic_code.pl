# Symbolic code: defined/exists &$name and &{"..."} without calling, \&$name, dispatch tables by name, stashes %main:: and %Pkg::, $::{name}.
sub handler_get { "get(@_)" } sub handler_put { "put(@_)" }
for my $cmd (qw(get put del)) {
  my $name = "handler_$cmd";
  if (defined &$name) { print &$name(1), " ", &{"handler_$cmd"}(2), " ", $name->(3), " ", &{\&$name}(4), "\n" } else { print "no $cmd\n" }
  print "exists: ", (exists &{"main::$name"} ? 1 : 0), " code slot: ", (defined *{"main::$name"}{CODE} ? 1 : 0), "\n";
}
print "can: ", main->can('handler_get')->('x'), "\n";
my @subs = grep { defined &{"main::$_"} } sort keys %main::; print "stash: @subs\n";
print "has: ", (exists $main::{handler_get} ? 1 : 0), (exists $::{nothere} ? 1 : 0), "\n";
package Plug; sub a1 {} sub a2 {} package main;
print join(",", sort grep { defined &{"Plug::$_"} } keys %Plug::), "\n";
my $calls = 0; sub counted { $calls++ } my $cn = "counted";
print "defined does not call: ", (defined &$cn ? 1 : 0), " calls=$calls\n";
my $stub = \&{"not_yet"}; eval { $stub->() }; print "stub: $@";
print "same ref: ", (\&{"handler_get"} == \&handler_get ? "yes" : "no"), "\n";
our $pkgvar = 1; print "var glob: ", (exists $main::{pkgvar} ? 1 : 0), " ", ref(\$main::{pkgvar}), "\n";
