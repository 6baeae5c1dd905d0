# chop and chomp: return values, lists, and $/ settings.
use strict;
use warnings;
my $s = "line\n";
my $n = chomp($s);
print "[$s] removed $n\n";
$n = chomp($s);
print "[$s] removed $n\n";
my $c = chop($s);
print "[$s] chopped '$c'\n";
my @lines = ("a\n", "b\n", "c");
$n = chomp(@lines);
print "[@lines] removed $n\n";
{
    local $/ = "END";
    my $t = "textEND";
    chomp $t;
    print "[$t]\n";
}
{
    local $/ = "";
    my $t = "para\n\n\n";
    my $k = chomp $t;
    print "[$t] $k\n";
}
$_ = "topic\n";
chomp;
print "[$_]\n";
my %h = (a => "x\n", b => "y\n");
chomp(%h);
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
my $crlf = "dos\r\n";
chomp $crlf;
print length($crlf), "\n";
chomp(my $assigned = "new\n");
print "[$assigned]\n";
