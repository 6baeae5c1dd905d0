# A small protocol state machine driven by a table of states and
# events, as a line-based server would run it.
use strict;
use warnings;
my %machine = (
    START => { HELO => 'GREETED', QUIT => 'DONE' },
    GREETED => { 'MAIL' => 'MAIL', QUIT => 'DONE', RSET => 'GREETED' },
    MAIL => { RCPT => 'RCPT', RSET => 'GREETED' },
    RCPT => { RCPT => 'RCPT', DATA => 'DATA', RSET => 'GREETED' },
    DATA => { '.' => 'GREETED' },
);
my @session = ("HELO client", "MAIL FROM:<a\@b>", "RCPT TO:<c\@d>", "RCPT TO:<e\@f>", "DATA",
    "Subject: hi", "", "body line", ".", "NOOP", "QUIT");
my $state = 'START';
my (@rcpt, @body);
my %count;
for my $line (@session) {
    my ($verb) = $line =~ /^(\S+)/;
    $verb //= '';
    if ($state eq 'DATA') {
        if ($line eq '.') { $state = 'GREETED'; print "250 message of ", scalar(@body), " lines queued for @rcpt\n"; next }
        push @body, $line;
        next;
    }
    my $next = $machine{$state}{uc $verb};
    unless (defined $next) {
        printf "502 %s not allowed in %s\n", $verb, $state;
        $count{error}++;
        next;
    }
    $count{ok}++;
    push @rcpt, $1 if $line =~ /^RCPT TO:<([^>]+)>/;
    printf "%-8s %-5s -> %s\n", $state, $verb, $next;
    $state = $next;
    last if $state eq 'DONE';
}
print "final state $state, ok=$count{ok} errors=", $count{error} // 0, "\n";
