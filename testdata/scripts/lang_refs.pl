# ref(), reference shapes (never addresses), equality of references and
# anonymous constructors.
use strict;
use warnings;
my @a = (1);
my %h = (k => 1);
sub f { 1 }
my $x = 5;
my @refs = (\$x, \@a, \%h, \&f, \\$x, [1], {}, sub { 2 }, qr/x/);
print join(" ", map { ref } @refs), "\n";
for my $r (\$x, \@a, \%h, \&f) {
    my $s = "$r";
    $s =~ s/0x[0-9a-f]+/ADDR/;
    print "$s\n";
}
my $r1 = \@a;
my $r2 = \@a;
print "same: ", ($r1 == $r2 ? "yes" : "no"), " ", ($r1 eq $r2 ? "yes" : "no"), "\n";
print "different: ", (\@a == [1] ? "yes" : "no"), "\n";
my $obj = bless {}, 'My::Class';
print ref($obj), "\n";
(my $os = "$obj") =~ s/0x[0-9a-f]+/ADDR/;
print "$os\n";
print "not a ref: '", ref("text"), "' '", ref(5), "'\n";
print "numeric ref is true: ", ($r1 ? 1 : 0), "\n";
