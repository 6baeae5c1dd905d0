# INI files read from __DATA__: sections, keys, continuation lines.
my ($sect, %ini, $last) = ("default");
while (my $l = <DATA>) {
    chomp $l;
    next if $l =~ /^\s*(?:[#;].*)?$/;
    if ($l =~ /^\[\s*([^\]]+?)\s*\]$/) { $sect = lc $1; next }
    if ($l =~ /^\s+(\S.*)$/ && defined $last) { $ini{$sect}{$last} .= " $1"; next }
    if ($l =~ /^([^=:]+?)\s*[=:]\s*(.*)$/) { $ini{$sect}{$last = $1} = $2; next }
    print "bad line $.: $l\n";
}
for my $s (sort keys %ini) {
    print "[$s]\n";
    print "  $_ => $ini{$s}{$_}\n" for sort keys %{ $ini{$s} };
}
__DATA__
; comment
top = level
[Server]
host: localhost
port = 80
motd = hello
  and welcome
[ Client ]
retries=3
what is this
