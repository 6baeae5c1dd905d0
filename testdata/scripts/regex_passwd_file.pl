# Parsing passwd/group style files from __DATA__ with split /:/.
my (%shell, @system);
while (<DATA>) {
    chomp;
    next if /^#/ || !/\S/;
    my ($name, $pw, $uid, $gid, $gecos, $home, $sh) = split /:/;
    unless (defined $sh && $uid =~ /^\d+$/) { print "bad entry: $_\n"; next }
    $shell{($sh =~ m{([^/]+)$})[0]}++;
    push @system, $name if $uid < 1000;
    my ($full) = split /,/, $gecos;
    printf "%-8s %5d %-18s %s\n", $name, $uid, ($full eq "" ? "-" : $full), $home;
}
print "system: @system\n";
print join(" ", map { "$_=$shell{$_}" } sort keys %shell), "\n";
__DATA__
# comment
root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
alice:x:1000:1000:Alice Smith,,,:/home/alice:/bin/zsh
bob:x:1001:1001::/home/bob:/bin/bash
broken:line
