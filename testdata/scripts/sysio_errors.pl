# Failures of the system-call I/O built-ins: undef and $!, or perl's
# run-time errors.
use Socket;

sub try {
    my ($label, $code) = @_;
    $! = 0;
    my $r = eval { $code->() };
    if ($@) {
        print "$label: died: $@";
    } else {
        print "$label: ", (defined $r ? "[$r]" : "undef"), " \$!=", ($! + 0 ? "$!" : "0"), "\n";
    }
}

socketpair(my $a, my $b, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
close $a;
my $buf = "keep";
try("sysread closed", sub { sysread($a, $buf, 3) });
print "buffer: [$buf]\n";
try("read closed", sub { read($a, $buf, 3) });
try("syswrite closed", sub { syswrite($a, "x") });
try("send closed", sub { send($a, "x", 0) });
try("recv closed", sub { recv($a, $buf, 3, 0) });
print "buffer: [$buf]\n";
try("sysread unopened", sub { sysread(NEVER_OPENED, $buf, 3) });
try("syswrite unopened", sub { syswrite(NEVER_OPENED, "x") });
my $fresh;
try("sysread closed, undef buffer", sub { sysread($a, $fresh, 3) });
print "buffer defined: ", (defined $fresh ? "yes [$fresh]" : "no"), "\n";

# Argument errors die, but only once the handle is known to be usable for
# syswrite; sysread checks its length first.
try("negative length", sub { sysread($b, $buf, -1) });
try("negative length, closed", sub { sysread($a, $buf, -1) });
try("syswrite negative length", sub { syswrite($b, "abc", -1) });
try("syswrite negative length, closed", sub { syswrite($a, "abc", -1) });
try("syswrite offset past end", sub { syswrite($b, "abc", 1, 4) });
try("syswrite offset before start", sub { syswrite($b, "abc", 1, -4) });
try("sysread offset before start", sub { $buf = "ab"; sysread($b, $buf, 1, -3) });
try("recv negative length", sub { recv($b, $buf, -2, 0) });

# Writing where only reading was opened, and the reverse.
my $path = "/tmp/miniperl-test-sysio_errors.txt";
open(my $w, '>', $path) or die "open: $!";
try("sysread on write-only", sub { sysread($w, $buf, 3) });
try("read on write-only", sub { read($w, $buf, 3) });
close $w;
open(my $r, '<', $path) or die "open: $!";
try("syswrite on read-only", sub { syswrite($r, "x") });
try("send on read-only", sub { send($r, "x", 0) });
try("recv on a file", sub { recv($r, $buf, 3, 0) });
close $r;

# :utf8 handles refuse the calls that bypass the layers.
open(my $u, '<:utf8', $path) or die "open: $!";
try("sysread on :utf8", sub { sysread($u, $buf, 1) });
try("recv on :utf8", sub { recv($u, $buf, 1, 0) });
close $u;
open($u, '>>:utf8', $path) or die "open: $!";
try("syswrite on :utf8", sub { syswrite($u, "x") });
try("send on :utf8", sub { send($u, "x", 0) });
close $u;

# socketpair with a domain the kernel does not know.
try("socketpair bad domain", sub { socketpair(my $x, my $y, 12345, SOCK_STREAM, 0) });
try("socketpair inet", sub { socketpair(my $x, my $y, AF_INET, SOCK_STREAM, 0) });

# A broken pipe: the peer is gone.
socketpair(my $c, my $d, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
close $d;
$SIG{PIPE} = 'IGNORE';
try("syswrite to closed peer", sub { syswrite($c, "x") });
try("send to closed peer", sub { send($c, "x", 0) });
