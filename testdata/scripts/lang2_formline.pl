# formline and $^A: text, numeric, multi-line and ^ fields, ~ and ~~, $:, "...", and the uninitialized/non-numeric warnings of write and formline.
use strict; use warnings;
sub fl { my $pic = shift; $^A = ""; formline($pic, @_); my $r = $^A; $r =~ s/\n/\\n/g; print "[$r]\n"; }
fl("@<<< @>>> @|||\n", "abcdef", "xy", "mid");
fl("@|||||\n", "ab");
fl("@|||||\n", "abc");
fl("@ x @\n", "abc", "def");
fl('@##.## @### @.## @0###.# @##'."\n", 3.14159, -42, 0.5, 7.25, 12345);
fl("@##.##\n", -999.999);
fl("@##\n", undef);
fl("^##.#|\n", undef);
fl("@*\n", "line1\nline2\n");
fl("@* end\n", "multi\nline");
my $t = "The quick brown fox jumps over the lazy dog";
fl("^<<<<<<<<<\n", $t); print "left: $t\n";
fl("^<<<<<<<<<~~\n", $t); print "left: '$t'\n";
$t = "aaaaaaaaaaaaaaaa bbb"; fl("^<<<<<~~\n", $t);
$t = "well-known hyphen-ated text"; fl("^<<<<<<<<~~\n", $t);
$t = "short"; fl("~ ^<<<<<<<<\n~ ^<<<<<<<<\n", $t, $t);
$t = "one two three four five six"; fl("^<<<<<<<...\n", $t); print "rest: $t\n";
fl("no fields here\n");
fl("trailing   @<<<   \n", "x");
fl("@<<\n", "tab\there");
fl("@>>>>\n", "a\nb");
my $m = "first\nsecond\n"; fl("^*|\n", $m); print "m: $m";
{ local $: = " "; $t = "a-b-c-d-e-f"; fl("^<<<<~~\n", $t); }
fl("@###\n", 99999);
fl("@.###\n", 1.23456);
fl("@#.##\n", "abc");
my ($u, $n2) = (undef, "abc"); $n2 = "abc";
format STDOUT =
@<<< @## @##
$u,  $u, $n2
.
write;
$^A = ""; formline("@<< @##\n", undef, "x"); print $^A;
