# The config-file idiom: do returns a data structure; errors are told
# apart by $! and $@.
use strict;
use warnings;
my $dir = "/tmp/dofile_config_$$";
system("mkdir", "-p", $dir) == 0 or die "mkdir failed";
sub load {
    my $file = shift;
    my $cfg = do $file;
    unless ($cfg) {
        return "couldn't parse $file: " . ($@ =~ s/\Q$dir\E/DIR/gr) if $@;
        return "couldn't do $file: $!" unless defined $cfg;
        return "couldn't run $file";
    }
    return join(",", map { "$_=" . (ref $cfg->{$_} ? join("+", @{$cfg->{$_}}) : $cfg->{$_}) } sort keys %$cfg);
}
open my $fh, '>', "$dir/good.conf" or die $!;
print $fh "{\n  port => 8080,\n  hosts => ['a', 'b'],\n  name => 'srv',\n}\n";
close $fh;
open $fh, '>', "$dir/bad.conf" or die $!;
print $fh "{ port => 8080,\n";
close $fh;
open $fh, '>', "$dir/false.conf" or die $!;
print $fh "0;\n";
close $fh;
print load("$dir/good.conf"), "\n";
(my $msg = load("$dir/bad.conf")) =~ s/\Q$dir\E/DIR/g;
print $msg, "\n";
($msg = load("$dir/missing.conf")) =~ s/\Q$dir\E/DIR/g;
print $msg, "\n";
($msg = load("$dir/false.conf")) =~ s/\Q$dir\E/DIR/g;
print $msg, "\n";
system("rm", "-rf", $dir);
