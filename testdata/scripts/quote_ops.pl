# q, qq and qw with various delimiters.
my $v = "val";
print q(single $v), "\n";
print q{braces {nested} ok}, "\n";
print q[brackets], "\n";
print q<angles>, "\n";
print q!bang $v!, "\n";
print q/slash/, "\n";
print q|pipe|, "\n";
print qq(double $v), "\n";
print qq{nested {braces} $v}, "\n";
print qq[$v in brackets\t!], "\n";
print qq#hash $v#, "\n";
print qq/slash $v\//, "\n";
my @w = qw(one two three);
print scalar(@w), ": @w\n";
my @x = qw/a b c/;
print "@x\n";
my @y = qw{
    multi
    line list
};
print join("|", @y), "\n";
my @z = qw<x y>;
print "$z[0]$z[1]\n";
print q(paren (nested) text), "\n";
print qq<$v>, "\n";
