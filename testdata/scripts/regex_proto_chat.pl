# A chat server's command parser: /nick, /msg, /me, plain text, mentions.
my @in = ("/nick Alice", "/nick bad name!", "/msg bob hi there", "/me waves", "hello \@bob and \@carol", "/unknown x", "/MSG Dave yo");
my $nick = "guest";
for (@in) {
    if (m{^/nick\s+(\w{1,16})$}i)        { print "* $nick is now $1\n"; $nick = $1 }
    elsif (m{^/nick\b}i)                  { print "! invalid nick\n" }
    elsif (m{^/msg\s+(\w+)\s+(.+)$}i)     { print "-> [$1] $2\n" }
    elsif (m{^/me\s+(.*)$})               { print "* $nick $1\n" }
    elsif (m{^/(\w+)})                    { print "! unknown command $1\n" }
    else {
        my @mentions = /\@(\w+)/g;
        print "<$nick> $_", (@mentions ? " (mentions: @mentions)" : ""), "\n";
    }
}
