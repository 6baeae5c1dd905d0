# say and printf with characters; $, and $\ join them.
use feature 'say';
binmode(STDOUT, ':utf8');
say "\x{263A}";
say "a", "\x{e9}", "\x{263A}";
{
    local $, = "\x{2022}";
    local $\ = "\x{21B5}\n";
    print "x", "y";
}
printf "%s=%d\n", "\x{3c0}", 3;
my @list = ("\x{263A}", "b");
say "@list";
say join "/", map { uc } "\x{e9}t\x{e9}", "\x{3c3}";
