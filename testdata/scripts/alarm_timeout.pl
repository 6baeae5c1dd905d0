# alarm with $SIG{ALRM} interrupting accept, a busy loop and sleep (perl's timeout idiom).
use strict; use warnings;
use IO::Socket::INET;
my $l = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => 0, Listen => 1) or die;
my $r = eval {
    local $SIG{ALRM} = sub { die "timeout\n" };
    alarm 1;
    my $c = $l->accept;
    alarm 0;
    1;
};
print "accept: ", ($r ? "ok" : "failed: $@");
my $n = 0;
eval { local $SIG{ALRM} = sub { die "loop timeout\n" }; alarm 1; while (1) { $n++ } };
print "loop: $@";
my $left = alarm 10; print "left $left\n"; $left = alarm 0; print "left ", ($left >= 9 ? "about 10" : $left), "\n";
eval { local $SIG{ALRM} = sub { die "sleep timeout\n" }; alarm 1; sleep 5; }; print "sleep: $@";
