# File test operators on names, handles, $_ and _.
use strict;
use warnings;

my $dir = "/tmp/fs_filetests_$$";
mkdir $dir or die "mkdir: $!";
my $f = "$dir/data.txt";
my $e = "$dir/empty";
open(my $fh, '>', $f) or die; print $fh "some text\n"; close $fh;
open($fh, '>', $e) or die; close $fh;
chmod 0755, $f;

sub show { my ($label, $v) = @_; print "$label: ", (defined $v ? "[$v]" : "undef"), "\n" }

show("-e file", -e $f);
show("-e missing", -e "$dir/nope");
print "errno: $!\n";
show("-f file", -f $f);
show("-f dir", -f $dir);
show("-d dir", -d $dir);
show("-d file", -d $f);
show("-s file", -s $f);
show("-s empty", -s $e);
show("-z empty", -z $e);
show("-z file", -z $f);
show("-r file", -r $f);
show("-w file", -w $f);
show("-x file", -x $f);
show("-x empty", -x $e);
show("-l file", -l $f);
show("-p file", -p $f);
show("-S file", -S $f);
show("-b file", -b $f);
show("-c /dev/null", -c "/dev/null");
show("-u file", -u $f);
show("-k file", -k $f);
show("-o file", -o $f);
show("-T file", -T $f);
show("-B file", -B $f);
show("-T empty", -T $e);
show("-M small", (-M $f) < 1 ? 1 : 0);

# stacked tests
show("-f -r", -f -r $f);
show("-f -d", -f -d $f);

# $_ as default, and _
for ($f, $dir) {
    print s{.*/}{}r =~ s/_\d+$//r, ": ", (-d) ? "dir" : "notdir", "\n";
}
stat($f);
show("-s _", -s _);
show("-x _", -x _);

# handles
open($fh, '<', $f) or die;
show("-s \$fh", -s $fh);
show("-f \$fh", -f $fh);
close $fh;
open(FH, '<', $e) or die;
show("-z FH", -z FH);
close FH;
open($fh, '<', $f) or die;
show("-T \$fh", -T $fh);
show("-B \$fh", -B $fh);
close $fh;

unlink $f, $e;
rmdir $dir or die "rmdir: $!";
show("-e after", -e $dir);
