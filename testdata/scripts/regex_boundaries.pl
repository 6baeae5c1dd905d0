# \b and \B word boundaries.
my $s = "cat concat category cat.";
my $n = () = $s =~ /\bcat\b/g;
print "whole cat: $n\n";
my $m = () = $s =~ /\Bcat/g;
print "inner cat: $m\n";
my @w = $s =~ /\b(\w+)\b/g;
print scalar(@w), " words\n";
(my $t = "hello world") =~ s/\b(\w)/\U$1/g;
print "$t\n";
print "start b\n" if "abc" =~ /^\b/;
print "B in word\n" if "abc" =~ /a\Bb/;
print "no b mid\n" unless "abc" =~ /a\bb/;
my @e = "a,b c" =~ /\b/g;
print "boundaries: ", scalar(@e), "\n";
print "empty no b\n" unless "" =~ /\b/;
print "B on empty\n" if "" =~ /\B/;
