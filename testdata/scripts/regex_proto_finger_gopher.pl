# Finger queries and Gopher menu lines (tab-separated fields).
for ("alice", "/W bob", "carol\@remote.test", "", "bad user!") {
    if (/^(?:\/W\s+)?(\w*)(?:@([\w.-]+))?$/) {
        my ($user, $host) = ($1, $2);
        print "query user=", ($user eq "" ? "(all)" : $user), (defined $host ? " forward to $host" : ""), (/^\/W/ ? " verbose" : ""), "\n";
    } else { print "reject [$_]\n" }
}
my @menu = ("1Docs\t/docs\tgopher.test\t70", "0About this server\t/about.txt\tgopher.test\t70", "iInfo line\t\terror.host\t1", "7Search\t/search\tgopher.test\t7070", ".");
for (@menu) {
    last if $_ eq ".";
    my ($type, $disp, $sel, $host, $port) = /^(.)([^\t]*)\t([^\t]*)\t([^\t]*)\t(\d+)$/ or next;
    my %kind = (0 => "file", 1 => "menu", 7 => "search", i => "info");
    printf "%-6s %-18s %s\n", $kind{$type}, $disp, $type eq "i" ? "" : "gopher://$host:$port/$type$sel";
}
