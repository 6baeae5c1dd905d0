# The eval "use Foo; 1" and eval "require $mod" idioms for optional modules.
use strict;
sub clean { my $m = shift; $m =~ s/\(\@INC contains: [^)]*\)/(\@INC contains: ...)/; $m }
my $ok = eval "use No::Such::Module; 1";
print $ok ? "loaded\n" : "missing: " . clean($@);
for my $mod (qw(List::Util Also::Missing)) {
    if (eval "require $mod; 1") {
        print "$mod ok\n";
    } else {
        print "$mod failed: ", clean($@);
    }
}
print eval { require Not::Here; 1 } ? "yes\n" : "no: " . clean($@);
my $have = eval { require Scalar::Util; 1 };
print "Scalar::Util: ", ($have ? 1 : 0), "\n";
eval "use List::Util qw(sum max); 1" or die $@;
print List::Util::sum(1, 2, 3), "\n";
