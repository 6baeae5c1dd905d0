# syswrite of characters: bytes when they fit, else perl's error; not
# allowed on :utf8 handles.
$| = 1;
syswrite(STDOUT, "caf\x{e9}\n");
my $s = "\x{e9}\n";
utf8::upgrade($s);
syswrite(STDOUT, $s);
eval { syswrite(STDOUT, "\x{263A}\n") };
print $@;
binmode(STDOUT, ':utf8');
eval { syswrite(STDOUT, "x\n") };
print $@;
