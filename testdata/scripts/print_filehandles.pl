# print and printf to named handles, STDERR, and a lexical handle in braces.
my $h = pack('C4', 127, 0, 0, 1);
print STDOUT "a", join('.', unpack('C4', $h)), "\n";
print STDERR "to stderr\n";
printf STDOUT "%s-%d\n", "printf", 5;
printf STDERR "%s %d\n", "err", 7;
print(STDOUT "parens\n");
my $file = "/tmp/miniperl-test-print_filehandles.txt";
open(my $fh, '>', $file) or die "open: $!\n";
print {$fh} "braced handle\n";
print $fh "plain lexical handle\n";
printf {$fh} "%03d\n", 9;
close($fh);
open($fh, '<', $file) or die "open: $!\n";
while (my $l = <$fh>) {
    print "read: $l";
}
close($fh);
print "list", " ", "of", " ", "items", "\n";
print STDOUT;
$_ = "topic printed by bare print\n";
print;
print STDOUT;
my $x = "x";
print $x, "\n";
print "" . $x x 2, "\n";
