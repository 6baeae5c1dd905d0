# Matching, substitution and tr on $_ implicitly; in for, map, grep, while.
my @lines = ("  foo = 1", "bar=2  ", "# comment", "", "baz = three");
for (@lines) {
    next if /^\s*#/;
    next unless /\S/;
    s/^\s+//;
    s/\s+$//;
    my ($k, $v) = /^(\w+)\s*=\s*(.*)$/;
    print "$k -> $v\n";
}
my @nums = grep { /^\d+$/ } qw(1 a 22 b3 333);
print "@nums\n";
my @up = map { (my $t = $_) =~ tr/a-z/A-Z/; $t } qw(ab cd);
print "@up\n";
$_ = "x1y2z3";
my @d = /(\d)/g;
print "@d\n";
my $n = tr/0-9//;
print "$n digits\n";
for (my @copy = @lines) { s/=/:/ }
print "$lines[0]\n";
