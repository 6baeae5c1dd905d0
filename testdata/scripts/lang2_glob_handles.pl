# Globs as handles: open(local *FH), local *STDOUT redirection, local *STDOUT = *STDERR or a lexical handle (not closed on leaving), fileno of globs, *FH{NAME}.
use strict; use warnings;
sub out { my $fh = shift; print $fh "via arg\n"; print {$fh} "braced\n" }
out(*STDOUT); out(\*STDOUT);
my $file = "/tmp/t21_$$";
open(local *FH, '>', $file) or die; print FH "local fh\n"; close FH;
{ local *STDOUT; open(STDOUT, '>>', $file) or die; print "redirected\n"; close STDOUT; }
open(my $in, '<', $file) or die; print "got: $_" while <$in>; close $in;
{
  no warnings 'once';
  open(SAVE, '>&', \*STDOUT) or die; 
  local *STDOUT = *STDERR;
  print STDOUT "";
}
print "fileno: ", fileno(*STDOUT), " ", fileno(\*STDERR), "\n";
my $g = \*main::STDOUT; print $g "glob ref print\n";
print "name: ", *STDOUT{NAME}, " pkg: ", *STDOUT{PACKAGE}, " ", *{$g}{NAME}, "\n";
my %dispatch = (a => \&out); $dispatch{a}->(*STDOUT);
unlink $file;
open(my $lex, '>', $file) or die;
{ local *STDOUT = $lex; print "into lexical\n"; }
print $lex "still open\n"; close $lex;
open($in, '<', $file) or die; print "lex: $_" while <$in>; close $in; unlink $file;
