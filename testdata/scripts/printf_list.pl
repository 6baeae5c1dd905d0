# printf and sprintf take their arguments from any list, arrays flattened.
my @row = ("apple", 3, 1.25);
printf("%-6s x%d @ %.2f\n", @row);
my @fmt_and_args = ("%s+%s=%s\n", 1, 2, 3);
my $line = sprintf("%s|%s|%s", @row);
print "$line\n";
my @table = ("a", 1, "bb", 22, "ccc", 333);
while (@table) {
    my $name = shift @table;
    my $val = shift @table;
    printf("%-4s|%4d|\n", $name, $val);
}
printf("%s\n", join(",", map_free(1, 2, 3)));
sub map_free { my @r; push @r, $_ * 2 for @_; return @r }
printf("%d%%\n", 50);
printf("no args\n");
printf STDOUT ("%s to STDOUT\n", "explicit");
my $count = 3;
printf("%d %s\n", $count, $count == 1 ? "item" : "items");
