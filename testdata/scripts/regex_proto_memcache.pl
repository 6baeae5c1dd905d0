# Memcached-style text commands with numeric fields validated by regexes.
my @cmds = ("set foo 0 3600 5", "get foo bar baz", "delete foo", "incr counter 10", "set bad x 0 5", "touch k 30", "gets");
for (@cmds) {
    if (/^(set|add|replace)\s+(\S{1,250})\s+(\d+)\s+(\d+)\s+(\d+)(\s+noreply)?$/) {
        print "$1 key=$2 flags=$3 ttl=$4 bytes=$5", ($6 ? " quiet" : ""), "\n";
    } elsif (/^gets?\s+(\S+(?:\s+\S+)*)$/) {
        my @keys = split ' ', $1;
        print "get ", scalar(@keys), " keys: ", join(",", @keys), "\n";
    } elsif (/^(incr|decr)\s+(\S+)\s+(\d+)$/) {
        print "$1 $2 by $3\n";
    } elsif (/^(delete|touch)\s+(\S+)(?:\s+(\d+))?$/) {
        print "$1 $2", (defined $3 ? " ttl=$3" : ""), "\n";
    } else {
        print "ERROR\n";
    }
}
