# IMAP-style tagged and untagged responses, with parenthesised lists.
for ('* OK IMAP4rev1 ready', 'a001 OK LOGIN completed', '* 18 EXISTS', '* FLAGS (\Answered \Flagged \Deleted \Seen)',
     'a002 NO [AUTHENTICATIONFAILED] bad', '* 1 FETCH (FLAGS (\Seen) UID 42)', 'garbage') {
    if (/^\* (\d+) (EXISTS|RECENT)$/) { print "count $2 = $1\n" }
    elsif (/^\* FLAGS \(([^)]*)\)$/) { my @f = $1 =~ /\\(\w+)/g; print "flags: @f\n" }
    elsif (/^\* (\d+) FETCH \((.*)\)$/) { my %f = $2 =~ /(\w+) (\([^)]*\)|\S+)/g; print "fetch $1: ", join(", ", map { "$_=$f{$_}" } sort keys %f), "\n" }
    elsif (/^\* (OK|NO|BAD|BYE)\s*(.*)$/) { print "untagged $1: $2\n" }
    elsif (/^(\w+) (OK|NO|BAD) (?:\[([^\]]+)\] )?(.*)$/) { print "tag $1 $2", (defined $3 ? " code=$3" : ""), " text=$4\n" }
    else { print "unparsed: $_\n" }
}
