package My::Util;
require Exporter;
our @ISA = qw(Exporter);
our @EXPORT = qw(double triple);
sub double { return 2 * shift }
sub triple { return 3 * shift }
1;
