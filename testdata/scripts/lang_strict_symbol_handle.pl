# Under strict refs, print, printf, say and open refuse a filehandle
# named by a string; readline, select, syswrite and the rest accept it,
# and no strict 'refs' allows it everywhere.
use strict;
use warnings;
use feature 'say';
my $n = "STDOUT";
my %h = (out => $n);
for my $code (
    sub { print $n "print\n" },
    sub { print {$n} "block\n" },
    sub { print {$h{out}} "element\n" },
    sub { printf $n "%s\n", "printf" },
    sub { say $n "say" },
    sub { open($n, "<", "/dev/null") },
    sub { my $num = 1; print $num "number\n" },
) {
    eval { $code->(); 1 } and next;
    print "died: $@";
}
my $old = select($n);
select($old);
syswrite($n, "syswrite\n");
{
    no strict 'refs';
    print $n "no strict refs\n";
    print {$h{out}} "no strict element\n";
}
my $r = \*STDOUT;
print $r "glob ref\n";
print {*STDOUT} "glob\n";
my $file = "/tmp/lang_strict_symbol_handle_$$";
open(my $out, ">", $file) or die "$file: $!";
print $out "a line\n";
close($out);
open(my $fh, "<", $file) or die "$file: $!";
my $first = <$fh>;
print "read: $first";
close($fh);
unlink($file);
