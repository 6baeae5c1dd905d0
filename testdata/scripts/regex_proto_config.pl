# key=value configuration: comments, blank lines, quotes, sections.
my @conf = split /\n/, <<'END';
# server config
[main]
host = 127.0.0.1
port=8080   ; trailing comment
name = "My Server"
  empty =
[log]
level = debug
path='/var/log/x.log'
bogus line
END
my ($section, %cfg) = ("");
for (@conf) {
    next if /^\s*(?:#|;|$)/;
    if (/^\s*\[(\w+)\]\s*$/) { $section = $1; next }
    if (/^\s*(\w+)\s*=\s*(.*?)\s*(?:;.*)?$/) {
        my ($k, $v) = ($1, $2);
        $v =~ s/^(["'])(.*)\1$/$2/;
        $cfg{"$section.$k"} = $v;
        next;
    }
    print "ignored: $_\n";
}
print "$_=[$cfg{$_}]\n" for sort keys %cfg;
