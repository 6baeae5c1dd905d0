# An eval string inherits use strict from where it is; no strict inside
# stays inside.
use strict;
eval '$global_var = 1; 1' or print "strict: ", $@ =~ /Global symbol "\$global_var"/ ? "refused" : $@, "\n";
eval 'no strict; $Loose::v = 2; $loose = 3; 1' or print "unexpected: $@";
print "loose: $main::loose\n";
{
    no strict 'vars';
    eval '$also_loose = 4; 1' or print "unexpected: $@";
    print "also: $main::also_loose\n";
}
my $name = 'dynamic';
eval 'my $r = \\$name; $$r = "via ref"; 1' or print "err: $@";
print "$name\n";
eval '${"main::sym"} = 1; 1' or print "refs: ", ($@ =~ /^Can't use string/ ? "refused" : $@), "\n";
