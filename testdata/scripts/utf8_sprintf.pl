# sprintf widths count characters; %vd gives ordinals; %c of wide code
# points.
binmode(STDOUT, ':utf8');
printf "[%5s]\n", "\x{263A}";
printf "[%-5s]\n", "\x{e9}\x{263A}";
printf "[%.2s]\n", "\x{263A}\x{263B}\x{263C}";
printf "[%s|%s]\n", "\x{263A}", "caf\xe9";
print sprintf("%vd", "1.22.333"), "\n";
print sprintf("%vd", "\x{263A}ab"), "\n";
print sprintf("%vd", v1.2.3), "\n";
printf "%c%c%c\n", 0x263A, 0x41, 0xe9;
print length(sprintf("%c", 0x263A)), "\n";
print sprintf("%s", "x") . "\x{263A}", "\n";
