# An SMTP-like dialogue: commands, addresses and reply codes.
my @client = ("EHLO client.test", "MAIL FROM:<alice\@example.test>", "RCPT TO:<bob\@example.test>",
              "RCPT TO:bad", "DATA", "QUIT");
for (@client) {
    if (/^(HELO|EHLO)\s+([\w.-]+)$/i)                  { print "250 Hello $2\n" }
    elsif (/^MAIL FROM:\s*<([^>]+)>$/i)                 { print "250 sender $1 ok\n" }
    elsif (/^RCPT TO:\s*<([\w.+-]+)@([\w.-]+)>$/i)      { print "250 rcpt user=$1 domain=$2\n" }
    elsif (/^DATA$/i)                                   { print "354 go ahead\n" }
    elsif (/^QUIT$/i)                                   { print "221 bye\n" }
    else                                                { print "501 syntax: $_\n" }
}
for my $reply ("250-first line", "250 last line", "550 5.1.1 no such user", "junk") {
    if ($reply =~ /^(\d{3})([ -])(.*)$/) {
        my $more = $2 eq "-" ? "more" : "final";
        my $class = substr($1, 0, 1);
        print "code=$1 class=${class}xx $more text=$3\n";
    } else { print "bad reply\n" }
}
