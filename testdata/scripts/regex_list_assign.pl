# List assignment from matches: counts, swapping, partial lists, undef groups.
my ($a, $b, $c) = "10:20" =~ /(\d+):(\d+)(?::(\d+))?/;
print "$a $b ", (defined $c ? $c : "undef"), "\n";
my $n = () = "10:20:30" =~ /(\d+):(\d+)(?::(\d+))?/;
print "count $n\n";
my ($x) = "no digits" =~ /(\d+)/;
print defined $x ? "x=$x\n" : "x undef\n";
my @parts = ("k=v" =~ /^(\w+)=(\w+)$/) or print "failed\n";
print "parts @parts\n";
if ((my @m = "a b c" =~ /(\w)/g) > 2) { print "more than two: @m\n" }
my ($first, @rest) = "1 2 3 4" =~ /(\d)/g;
print "first $first rest @rest\n";
my %h;
@h{qw(user host)} = "me\@there" =~ /^(\w+)@(\w+)$/;
print "$h{user} at $h{host}\n";
