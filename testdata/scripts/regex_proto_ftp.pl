# FTP control replies: PASV tuples, multi-line replies, sizes.
my $pasv = "227 Entering Passive Mode (127,0,0,1,195,80).";
if ($pasv =~ /\((\d+),(\d+),(\d+),(\d+),(\d+),(\d+)\)/) {
    print "host $1.$2.$3.$4 port ", $5 * 256 + $6, "\n";
}
my @reply = ("230-Welcome", "230-  to the server", "230 Login ok");
my @text;
for (@reply) {
    my ($code, $sep, $msg) = /^(\d{3})([- ])\s*(.*)$/;
    push @text, $msg;
    if ($sep eq " ") { print "reply $code: ", join(" / ", @text), "\n"; @text = () }
}
for ("213 4096", "550 No such file", "257 \"/home/user\" is current directory") {
    if (/^213 (\d+)$/) { print "size $1\n" }
    elsif (/^257 "((?:[^"]|"")*)"/) { print "pwd $1\n" }
    elsif (/^5\d\d (.*)/) { print "error: $1\n" }
}
