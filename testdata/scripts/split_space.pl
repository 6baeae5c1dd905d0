# split ' ' is special: leading whitespace ignored, runs of whitespace split.
my $s = "  leading  and   trailing  ";
my @w = split(' ', $s);
print scalar(@w), ": ", join("|", @w), "\n";
@w = split(' ', "tabs\tand\nnewlines  too");
print join("|", @w), "\n";
@w = split(' ', "");
print "empty: ", scalar(@w), "\n";
@w = split(' ', "one");
print join("|", @w), "\n";
$_ = "  default   topic ";
@w = split;
print scalar(@w), ": ", join("|", @w), "\n";
@w = split(' ', "a b c d", 2);
print join("|", @w), "\n";
