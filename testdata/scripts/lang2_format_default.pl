# format = (STDOUT) over a foreach-aliased lexical, @* fields, and pages without a top format.
my @items = ("alpha", "beta");
my $it;
format =
Item: @<<<<<< @*
$it, "multi\nline"
.
for $it (@items) { write; }
$it = "x";
write;
print "lines: $-\n";
