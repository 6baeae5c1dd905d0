# Regular expressions in a line protocol: match, captures, s///, tr///, split, /g with pos, qr//, named captures, s///e and /r.
my $line = "GET /index.html HTTP/1.1\r\n";
$line =~ s/\r?\n$//;
if ($line =~ /^(\w+)\s+(\S+)\s+HTTP\/([\d.]+)$/) { print "method=$1 path=$2 ver=$3\n"; }
my @w = split /\s+/, "  a b   c ";
print scalar(@w), ":", join("|", @w), "\n";
print join("|", split(/,/, "a,b,,c,,")), "\n";
print join("|", split(//, "abc")), "\n";
print join("|", split(/(-)/, "a-b-c")), "\n";
print join("|", split('\|', "x|y|z")), "\n";
print join("|", split('.', "a.b")), "|\n";
my $s = "hello world"; (my $t = $s) =~ tr/a-z/A-Z/; print "$t\n";
my $count = ($s =~ tr/o//); print "o's: $count\n";
my $str = "aaa bbb ccc"; my $n = ($str =~ s/(\w+)/<$1>/g); print "$n $str\n";
my @all = ("a1b22c333" =~ /(\d+)/g); print "@all\n";
my $text = "x=1, y=2, z=3"; my %h = $text =~ /(\w)=(\d)/g; print join(",", map {"$_$h{$_}"} sort keys %h), "\n";
while ($text =~ /(\w)=(\d)/g) { print "pair $1 $2 at ", pos($text), "\n"; }
print "quit\n" if "QUIT" =~ /^quit$/i;
my $re = qr/(\d+)-(\d+)/; print "$re\n"; if ("10-20" =~ $re) { print "range $1..$2\n" }
my $x = "a.b.c"; (my $y = $x) =~ s/\./::/g; print "$y\n";
print "nomatch\n" if "abc" !~ /z/;
my $date = "2026-11-25"; my ($yy, $mm, $dd) = $date =~ /^(\d{4})-(\d\d)-(\d\d)$/; print "$dd/$mm/$yy\n";
if ("John Smith" =~ /(?<first>\w+)\s+(?<last>\w+)/) { print "$+{last}, $+{first}\n" }
my $r = "abc" =~ s/b/B/r; print "$r\n";
my $e = "3 + 4"; $e =~ s/(\d+) \+ (\d+)/$1+$2/e; print "$e\n";
$_ = "topic string"; print "topic ok\n" if /topic/; s/string/text/; print "$_\n";
my $pre = "pre"; print "interp ok\n" if "prefix" =~ /^${pre}fix$/;
print "before: [$`] match: [$&] after: [$']\n" if "hello there" =~ /l+/;
my @parts = "key: value: more" =~ /^(\w+):\s*(.*)$/; print "@parts\n";
if ("hello world" =~ /(o) (w)/) { print "offsets: $-[0] $+[0] $-[1] $+[2]\n" }
