# caller reports eval frames ((eval), evaltext), die/warn handlers see the dying frames, wantarray propagates into tail calls.
use strict; use warnings;
sub show { my @c; my $i = 0; while (my @f = caller($i)) { push @c, "$i:$f[3]:" . (defined $f[5] ? $f[5] : 'u') . ":$f[2]"; $i++ } print join(" | ", @c), "\n" }
sub a1 { show() }
a1();
eval { show() };
eval { a1() };
eval "show()";
eval "a1(); 1" or die;
sub b1 { eval { show(); 1 } }
b1();
my @l = eval { show(); (1,2) };
local $SIG{__DIE__} = sub { my @f = caller(0); print "die handler: $f[3] line $f[2]\n"; my @g = caller(1); print "g: ", (defined $g[3] ? $g[3] : 'none'), "\n" };
eval { die "x\n" };
sub thrower { die "y\n" }
eval { thrower() };
sub ctx { my $w = wantarray; print defined $w ? ($w ? "list\n" : "scalar\n") : "void\n" }
sub last_stmt { ctx() }
last_stmt();
my $s = last_stmt();
my @a = last_stmt();
ctx();
sub ret { return ctx() }
ret(); my $r = ret(); my @rr = ret();
sub inner_eval { eval { ctx() } }
inner_eval(); $r = inner_eval(); @rr = inner_eval();
sub ifl { if (1) { ctx() } }
ifl(); $r = ifl(); @rr = ifl();
for (1) { ctx() }
print "str: ", (eval "ctx(); 5"), "\n";
my $x = do { ctx() };
sub caller_pkg { my @c = caller; print "pkg=$c[0] line=$c[2]\n"; my $c = caller; print "scalar caller: $c\n" }
caller_pkg();
package Foo; main::caller_pkg(); package main;
print defined(caller) ? "has caller\n" : "top level\n";
sub evaltext { my @f = caller(1); print "evaltext: $f[3] $f[6]\n" if defined $f[6]; }
eval "evaltext(); 1";
sub s1 { eval { my @c = caller(0); print "c0: $c[3] $c[2]\n"; my @d = caller; print "bare: @d[0..2]\n"; my $p = caller; print "sc: $p\n" } }
s1();
eval { my @c = caller(0); print "top c0: $c[3] $c[2] [$c[6]] [$c[7]] $c[4]\n"; my @d = caller; print "top bare: ", scalar(@d), "\n"; };
eval q{ my @c = caller(0); print "str c0: $c[3] $c[2] [$c[6]] [$c[7]] $c[4] $c[1]\n"; my @d = caller; print "str bare: @d[0..2]\n"; };
sub s2 { my @c = caller(1); print "s2 c1: $c[3] $c[1] $c[2]\n" }
eval "\n\ns2();";
print "file: ", (eval "__FILE__"), "\n";
local $SIG{__WARN__} = sub { my @f = caller(0); my @g = caller(1); print "warn handler: $f[3] line $f[2]; outer: ", ($g[3] // 'none'), "\n" };
sub warner { warn "careful\n" }
warner();
eval { warner() };
sub deep { my @out; for my $i (0..5) { my @f = caller($i) or last; push @out, $f[3] } join ",", @out }
sub d1 { eval { eval "deep()" } }
print d1(), "\n";
sub ctx2 { my $w = wantarray; defined $w ? ($w ? "list" : "scalar") : "void" }
sub via_ternary { $_[0] ? ctx2() : ctx2() }
my @l2 = via_ternary(1); my $s2 = via_ternary(0);
print "$l2[0] $s2\n";
sub show_ctx { print ctx2(), "\n"; my $w = wantarray; print defined $w ? "def\n" : "void call\n" }
sub do_tail { do { show_ctx() } }
do_tail();
my $cr = sub { show_ctx() };
$cr->();
sub meth_tail { main->show_ctx() }
meth_tail();
