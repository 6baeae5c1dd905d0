# s///e calling subs and using hashes; nested substitutions.
my %abbr = (btw => "by the way", imo => "in my opinion", fyi => "for your information");
my $msg = "btw, imo this is fine. FYI: done";
(my $long = $msg) =~ s/\b(\w+)\b/exists $abbr{lc $1} ? $abbr{lc $1} : $1/ge;
print "$long\n";
sub title { my $w = shift; $w =~ s/^(\w)(\w*)$/\U$1\E\L$2/; return $w }
(my $t = "the QUICK brown fox") =~ s/(\w+)/title($1)/ge;
print "$t\n";
(my $nest = "a-b c-d") =~ s/(\w-\w)/(my $x = $1) =~ s!-!+!; "[$x]"/ge;
print "$nest\n";
my @stack;
(my $r = "x1y22z333") =~ s/(\d+)/push @stack, length $1; "#"/ge;
print "$r @stack\n";
