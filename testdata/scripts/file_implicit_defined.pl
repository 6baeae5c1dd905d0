# while (my $l = <FH>) stops only at end of file: a last line "0" without newline still counts.
my $file = "/tmp/miniperl-test-file_implicit_defined.txt";
open(my $out, '>', $file) or die "open: $!\n";
print $out "1\n\n0";
close($out);
open(my $in, '<', $file) or die "open: $!\n";
my $count = 0;
while (my $l = <$in>) {
    $count++;
    print "line $count: [$l]\n";
}
close($in);
print "lines: $count\n";
open(FH, '<', $file) or die "open: $!\n";
my $c2 = 0;
while (<FH>) {
    chomp;
    $c2++;
    print "topic: [$_]\n";
}
close(FH);
print "lines again: $c2\n";
