# print, printf and say to handles in all their spellings; select and $|.
use strict;
use warnings;
use feature 'say';

my $f = "/tmp/io_print_handles_$$";
open(my $fh, '>', $f) or die;
print $fh "print scalar handle\n";
print {$fh} "print block handle\n";
printf $fh "%s %d\n", "printf", 42;
printf {$fh} "%-5s|\n", "blk";
say $fh "say handle";
say {$fh} "say", " block";
$fh->print("method print\n");
$fh->printf("%s\n", "method printf");
$fh->say("method say");
{
    local $\ = "!\n";
    local $, = "-";
    print $fh "a", "b";
}
my $old = select($fh);
print "selected print\n";
printf "selected %s\n", "printf";
say "selected say";
$| = 1;
select($old);
print "old selected: $old\n";
close $fh;

open(OUT, '>>', $f) or die;
print OUT "bareword\n";
printf OUT "%s\n", "bareword printf";
say OUT "bareword say";
my $prev = select(OUT);
$| = 1;
select($prev);
close OUT;

open(my $in, '<', $f) or die;
print while <$in>;
close $in;

print STDOUT "to STDOUT\n";
print {*STDOUT} "to glob\n";
print {\*STDOUT} "to glob ref\n";
my $name = \*STDOUT;
print $name "to ref in scalar\n";
say STDOUT "say STDOUT";
print "\$| of STDOUT: $|\n";
{
    local $| = 1;
    print "local: $|\n";
}
print "restored: $|\n";
unlink $f;
