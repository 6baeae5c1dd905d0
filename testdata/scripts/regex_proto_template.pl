# Template expansion: {{name}}, {{name|default}}, loops of s///ge.
my %v = (user => "alice", count => 3, item => "apple");
my $tpl = "Hello {{user}}, you have {{count}} {{item}}s and {{missing|no}} news. {{ user }}";
(my $out = $tpl) =~ s/\{\{\s*(\w+)(?:\|([^}]*))?\s*\}\}/exists $v{$1} ? $v{$1} : defined $2 ? $2 : "?"/ge;
print "$out\n";
my $n = () = $tpl =~ /\{\{/g;
print "placeholders: $n\n";
my $s = '$a + ${b} = $c';
my %vars = (a => 1, b => 2, c => 3);
$s =~ s/\$\{?(\w+)\}?/$vars{$1}/g;
print "$s\n";
my $nested = "<<x>>";
1 while $nested =~ s/<(<[^<>]*>)>/[$1]/;
print "$nested\n";
