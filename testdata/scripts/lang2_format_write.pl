# Formats: format/write with top-of-page, pages ($= $% $-), ^ fields with ~~, $~ per handle, file and lexical handles.
use strict; use warnings;
our ($name, $amount, $desc);
my @rows = map { ["item$_", $_ * 11.5, "description number $_ is a somewhat long text that wraps"] } 1..5;
format STDOUT_TOP =
Page @<<
$%
Name     Amount  Description
-------- ------- --------------------
.
format STDOUT =
@<<<<<<< @###.## ^<<<<<<<<<<<<<<<<<<<
$name,   $amount, $desc
~~                ^<<<<<<<<<<<<<<<<<<<
                  $desc
.
$= = 12;
for my $r (@rows) { ($name, $amount, $desc) = @$r; write; }
print "lines left: $-, page: $%\n";
format SUMMARY =
== @|||||||||||| ==
"summary"
.
{
  local $~ = "SUMMARY";
  write;
}
print "fmt: $~ top: ", $^, "\n";
my $file = "/tmp/f4_$$.txt";
open(REPORT, '>', $file) or die;
format REPORT =
[@>>>>>] [@<<<<<]
$name, $amount
.
($name, $amount) = ("r1", 1); write REPORT;
($name, $amount) = ("r2", 2); write(REPORT);
my $old = select(REPORT); $~ = "SUMMARY"; select($old);
write REPORT;
close REPORT;
open(my $in, '<', $file) or die; print "file: $_" for <$in>; close $in;
open(my $fh, '>', $file) or die;
select((select($fh), $~ = "SUMMARY")[0]);
write $fh; close $fh;
open($in, '<', $file) or die; print "lex: $_" for <$in>; close $in; unlink $file;
eval { local $~ = "NOPE"; write; }; print "err: $@";
package Other;
format OTHERFMT =
other @<<<<
$main::name
.
package main;
$~ = "Other::OTHERFMT"; write;
no strict;
our @data = (["apple", 1.5, 10], ["banana", 0.25, 200], ["cherry-long-name", 12, 3]);
our ($price, $qty);
format LIST_TOP =
Name       Price   Qty
---------- ------- ---
.
format LIST =
@<<<<<<<<< @##.## @>>
$name,     $price, $qty
.
$~ = "LIST"; $^ = "LIST_TOP"; $- = 0; for (@data) { ($name, $price, $qty) = @$_; write; }
$~ = "SUMMARY2";
format SUMMARY2 =
Total items: @<<<<< @|||||||| end
scalar(@data), "mid"
.
write;
