# SIGPIPE: IGNORE makes the write fail with EPIPE; a handler or the default action comes at the next safe point, as perl's deferred signals do.
use Socket;
socketpair(my $a, my $b, AF_UNIX, SOCK_STREAM, 0) or die "socketpair: $!";
close $b;
select((select($a), $| = 1)[0]);
{
  local $SIG{PIPE} = 'IGNORE';
  my $r = print $a "x\n";
  print "ignored: ", (defined $r ? "ok" : "failed: $!"), "\n";
}
{
  my $got = 0;
  local $SIG{PIPE} = sub { $got++ };
  print $a "y\n";
  print "handler ran: $got\n";
}
$| = 1;
print "before default\n";
print $a "z\n";
print "not reached\n";
