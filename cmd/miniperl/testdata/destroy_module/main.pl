# Only the module shows that this program needs reference counting.
use strict;
use warnings;
use lib 'lib';
use Scope::Guard;

my @log;
my $note = sub { push @log, "released $_[0]" };
{
    my $g = Scope::Guard->new("block", $note);
    push @log, "in block";
}
push @log, "after block";
sub work { my $g = Scope::Guard->new("sub", $note); return 7 }
push @log, "work gave " . work();
my $kept = Scope::Guard->new("file", sub { print "released $_[0] at the end\n" });
print "$_\n" for @log;
