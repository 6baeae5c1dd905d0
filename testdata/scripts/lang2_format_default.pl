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
our %h2 = (format => 1); my $rf = {format => 2}; print "$h2{format} $rf->{format}\n";
if (1) {
format INNER =
inner @<<
"x"
.
}
$~ = "INNER"; write;
