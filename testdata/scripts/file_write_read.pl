# Write a file, read it back in scalar and list context, append, eof.
my $file = "/tmp/miniperl-test-file_write_read.txt";
open(OUT, ">$file") or die "Can't write $file: $!\n";
print OUT "first line\n";
print OUT "second line\n";
printf OUT "%s line\n", "third";
close(OUT) or die "close: $!\n";

open(IN, $file) or die "Can't read $file: $!\n";
my $line = <IN>;
print "scalar: $line";
my @rest = <IN>;
print "rest has ", scalar(@rest), " lines\n";
print "rest: $_" for @rest;
print "at eof: ", (eof(IN) ? "yes" : "no"), "\n";
close(IN);

open(APP, '>>', $file) or die "Can't append $file: $!\n";
print APP "appended\n";
close(APP);

open(IN, '<', $file) or die "Can't read $file: $!\n";
my @all = <IN>;
close(IN);
print "now ", scalar(@all), " lines, last: $all[-1]";

open(IN, '<', $file) or die "Can't read $file: $!\n";
my $n = 0;
until (eof(IN)) {
    my $l = <IN>;
    $n++;
}
close(IN);
print "counted $n with eof\n";

open(OUT, '>', $file) or die "Can't truncate $file: $!\n";
close(OUT);
open(IN, '<', $file) or die "Can't read $file: $!\n";
my $nothing = <IN>;
print defined $nothing ? "got a line\n" : "empty file reads undef\n";
print "empty file is at eof\n" if eof(IN);
close(IN);
