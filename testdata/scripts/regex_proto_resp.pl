# A Redis-like line protocol: type prefixes, bulk lengths, inline commands.
my @lines = ("+OK", "-ERR unknown command 'foo'", ":1000", "\$5", "hello", "*2", "\$-1", "SET key value", "GET  key");
for (@lines) {
    if    (/^\+(.*)$/)          { print "status: $1\n" }
    elsif (/^-(\w+)\s+(.*)$/)   { print "error $1: $2\n" }
    elsif (/^:(-?\d+)$/)        { print "int: ", $1 + 0, "\n" }
    elsif (/^\$(-?\d+)$/)       { print $1 < 0 ? "nil bulk\n" : "bulk of $1\n" }
    elsif (/^\*(\d+)$/)         { print "array of $1\n" }
    elsif (/^([A-Z]+)((?:\s+\S+)*)$/) {
        my @args = split ' ', $2;
        print "inline $1 (", scalar(@args), " args: @args)\n";
    }
    else { print "data: $_\n" }
}
