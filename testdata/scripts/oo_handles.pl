use strict;
use warnings;

STDOUT->autoflush(1);
STDOUT->printf("%s-%03d\n", "fmt", 7);
STDOUT->print("print method\n");
STDOUT->say("say method") if STDOUT->can('say') || 1;
STDERR->printf("to %s\n", "stderr");

my $file = "/tmp/oo_handles_$$.txt";
open(FH, '>', $file) or die "open: $!";
print FH "line one\n";
FH->print("line two\n");
close(FH);

sub write_to { my ($fh, $text) = @_; print $fh $text; return }
sub read_all { my $fh = shift; my @l = <$fh>; close($fh); return @l }
sub read_line { my $fh = shift; return scalar readline($fh) }

open(OUT, '>>', $file) or die;
write_to(\*OUT, "via glob ref\n");
write_to(*OUT, "via glob\n");
close(OUT);

open(IN, '<', $file) or die;
my $first = read_line(\*IN);
print "first: $first";
my @rest = read_all(*IN);
print "rest: ", scalar(@rest), " lines, last: $rest[-1]";

print "ref glob ref: ", ref(\*STDOUT), "\n";
print "ref IO: ", ref(*STDOUT{IO}), "\n";
my $io = *STDOUT{IO};
print $io "print to IO object\n";
$io->print("method on IO object\n");
printf {$io} "%s\n", "printf block IO";
print {*STDOUT} "print block glob\n";
print {\*STDOUT} "print block globref\n";

our @data = (1, 2, 3);
our %data = (k => 'v');
sub data { return "code" }
print "ARRAY slot: @{ *data{ARRAY} }\n";
print "HASH slot: ${ *data{HASH} }{k}\n";
print "CODE slot: ", *data{CODE}->(), "\n";
print "SCALAR slot ref: ", ref(*data{SCALAR}), "\n";
print "no IO: ", (defined *data{IO} ? "def" : "undef"), "\n";
print "glob string: ", *STDOUT, "\n";
my $g = \*STDERR;
print "deref name: ", *{$g}, "\n";

open(my $lex, '<', $file) or die;
print "lexical ref: ", ref($lex), "\n";
print "opened: ", ($lex->opened ? 1 : 0), "\n";
my $line = $lex->getline;
print "getline: $line";
print "input_line_number: ", $lex->input_line_number, "\n";
my @more = $lex->getlines;
print "getlines: ", scalar(@more), "\n";
print "eof: ", ($lex->eof ? 1 : 0), "\n";
print "fileno defined: ", (defined $lex->fileno ? 1 : 0), "\n";
$lex->close;
print "opened after close: ", ($lex->opened ? 1 : 0), "\n";
system("rm", "-f", $file);
print "done\n";
