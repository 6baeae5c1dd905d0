# Data::Dumper writes characters above 0x7F as \x{...} in double quotes.
use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
my $up = "caf\xe9";
utf8::upgrade($up);
print Dumper("\x{263A}x", "caf\xe9", $up, "plain");
print Dumper({ "\x{263A}" => "\x{e9}\$\@\"\n", b => [1, "\x{100}"] });
