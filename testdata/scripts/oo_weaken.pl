use strict;
use warnings;
use Scalar::Util qw(weaken isweak blessed reftype refaddr looks_like_number dualvar unweaken);

package Node;
sub new { my ($class, $name) = @_; return bless { name => $name, kids => [] }, $class }
sub add {
    my ($self, $kid) = @_;
    push @{ $self->{kids} }, $kid;
    $kid->{parent} = $self;
    Scalar::Util::weaken($kid->{parent});
    return $kid;
}
sub DESTROY { print "DESTROY $_[0]{name}\n" }

package main;

my $x = { v => 1 };
my $w = $x;
weaken($w);
print "isweak w: ", (isweak($w) ? 1 : 0), " isweak x: ", (isweak($x) ? 1 : 0), "\n";
print "w sees v=$w->{v}\n";
undef $x;
print "w after target gone: ", (defined $w ? "defined" : "undef"), "\n";

{
    my $root = Node->new("root");
    my $kid = $root->add(Node->new("kid"));
    print "kid parent: $kid->{parent}{name}, weak: ", (isweak($kid->{parent}) ? 1 : 0), "\n";
}
print "cycle with weak parent collected\n";

my $obj = Node->new("only");
my $weak = $obj;
weaken($weak);
my $strong = $weak;
print "copy of weak is weak: ", (isweak($strong) ? 1 : 0), "\n";
undef $obj;
print "still alive via copy: $weak->{name}\n";
undef $strong;
print "weak now: ", (defined $weak ? "defined" : "undef"), "\n";

my $last = Node->new("last_ref");
weaken($last);
print "weakened last ref: ", (defined $last ? "defined" : "undef"), "\n";

my $u = Node->new("unweakened");
my $uw = $u;
weaken($uw);
unweaken($uw);
undef $u;
print "unweakened keeps: $uw->{name}\n";
undef $uw;

my @cache;
my $item = Node->new("cached");
push @cache, $item;
weaken($cache[0]);
print "cache weak: ", (isweak($cache[0]) ? 1 : 0), "\n";
undef $item;
print "cache slot: ", (defined $cache[0] ? "defined" : "undef"), "\n";

my $b = bless [], 'Some::Class';
print "blessed: ", blessed($b), "\n";
print "blessed plain: ", (defined blessed([]) ? "def" : "undef"), "\n";
print "blessed string: ", (defined blessed("Some::Class") ? "def" : "undef"), "\n";
print "reftype: ", reftype($b), " ", reftype({}), " ", reftype(\1), " ", reftype(sub {}), " ", reftype(\my @a), "\n";
print "reftype non-ref: ", (defined reftype("x") ? "def" : "undef"), "\n";
my $r = {};
print "refaddr matches: ", (refaddr($r) == $r + 0 ? 1 : 0), "\n";
print "refaddr non-ref: ", (defined refaddr(5) ? "def" : "undef"), "\n";
for my $v (1, "1.5", "1e3", " 12 ", "abc", "", "0x10", "Inf", "12abc", undef) {
    print "lln(", (defined $v ? "'$v'" : "undef"), ")=", (looks_like_number($v) ? 1 : 0), "\n";
}
my $d = dualvar(5, "five");
print "dualvar: ", $d + 0, " $d\n";
print "end\n";
