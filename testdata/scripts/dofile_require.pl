# require: modules missing when the script starts, computed names, a
# false return value, and perl's messages.
use strict;
use warnings;
sub clean { my $m = shift; $m =~ s/\(\@INC contains: [^)]*\)/(\@INC contains: ...)/; $m =~ s{/tmp/dofile_require_\d+}{DIR}g; $m }
my $dir = "/tmp/dofile_require_$$";
system("mkdir", "-p", "$dir") == 0 or die "mkdir failed";
system("mkdir", "-p", "$dir/My") == 0 or die "mkdir failed";
sub write_file { my ($name, $text) = @_; open my $fh, '>', "$dir/$name" or die $!; print $fh $text; close $fh }
eval { require My::Thing; 1 } or print "before: ", clean($@);
write_file('My/Thing.pm', "package My::Thing;\nsub new { bless { v => \$_[1] }, \$_[0] }\nsub v { \$_[0]{v} }\n1;\n");
write_file('False.pm', "package False;\n0;\n");
write_file('Broken.pm', "package Broken;\nsub {\n");
write_file('Dies.pm', "package Dies;\ndie \"no way\\n\";\n1;\n");
push @INC, $dir;
require My::Thing;
print My::Thing->new(5)->v, "\n";
print $INC{'My/Thing.pm'} eq "$dir/My/Thing.pm" ? "INC ok\n" : "INC: $INC{'My/Thing.pm'}\n";
my $name = 'My::Thing';
(my $file = "$name.pm") =~ s{::}{/}g;
print require($file) ? "again ok\n" : "again false\n";
eval { require False; 1 } or print clean($@);
eval { require Broken; 1 } or print clean($@);
eval { require Dies; 1 } or print clean($@);
eval { require Dies; 1 } or print clean($@);
print exists $INC{'Dies.pm'} ? "Dies in INC\n" : "Dies not in INC\n";
eval { require "no/such/file.pl" } or print clean($@);
my $mod = "Also::Missing";
eval "require $mod; 1" or print clean($@);
system("rm", "-rf", $dir);
