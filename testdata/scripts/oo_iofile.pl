use strict;
use warnings;
use IO::File;
use IO::Handle;
use constant { O_RDONLY => 0, O_WRONLY => 1, O_RDWR => 2, O_APPEND => 1024 };  # Linux values

my $path = "/tmp/oo_iofile_$$.txt";

my $fh = IO::File->new($path, "w") or die "w: $!";
print "ref: ", ref($fh), " isa IO::Handle: ", ($fh->isa('IO::Handle') ? 1 : 0), "\n";
$fh->print("alpha\n");
$fh->printf("%s-%d\n", "beta", 2);
$fh->say("gamma");
print $fh "delta\n";
printf $fh "%05.1f\n", 3.14159;
$fh->autoflush(1);
print "opened: ", ($fh->opened ? 1 : 0), "\n";
$fh->close;
print "opened after close: ", ($fh->opened ? 1 : 0), "\n";

$fh = IO::File->new($path, "r") or die;
my $first = $fh->getline;
print "getline: $first";
print "line number: ", $fh->input_line_number, "\n";
my @rest = $fh->getlines;
print "getlines: ", scalar(@rest), " last=$rest[-1]";
print "eof: ", ($fh->eof ? 1 : 0), "\n";
undef $fh;

$fh = IO::File->new($path, "a") or die;
$fh->print("appended\n");
$fh->close;

$fh = IO::File->new("< $path") or die;
my @all = <$fh>;
print "two-arg open lines: ", scalar(@all), " last=$all[-1]";
$fh->close;

for my $mode ('<', 'r', '+<') {
    my $f = IO::File->new($path, $mode) or die "$mode: $!";
    my $l = <$f>;
    print "mode $mode: $l";
    $f->close;
}

$fh = IO::File->new($path, O_WRONLY | O_APPEND) or die;
$fh->print("via flags\n");
$fh->close;
$fh = IO::File->new($path, O_RDONLY) or die;
my @lines = $fh->getlines;
print "after O_APPEND: $lines[-1]";
$fh->close;

$fh = IO::File->new($path, ">") or die;
$fh->binmode(':raw');
$fh->print("x" x 5);
$fh->close;
$fh = IO::File->new($path, O_RDWR) or die;
my $n = $fh->read(my $buf, 3);
print "read $n: $buf\n";
$fh->seek(0, 0);
print "tell after seek: ", $fh->tell, "\n";
my $c = $fh->getc;
print "getc: $c\n";
$fh->close;

my $bad = IO::File->new("/nonexistent/dir/file", "r");
print "missing: ", (defined $bad ? "opened" : "undef"), " err: $!\n";

my $tmp = IO::File->new_tmpfile or die "tmpfile: $!";
print $tmp "temp line 1\ntemp line 2\n";
$tmp->seek(0, 0);
my @t = <$tmp>;
print "tmpfile lines: ", scalar(@t), " first=$t[0]";
$tmp->close;

my $new = IO::File->new;
print "unopened: ", ($new->opened ? 1 : 0), "\n";
$new->open($path, "r") or die;
print "open method: ", scalar(<$new>), "\n";
$new->close;

my $io = IO::Handle->new;
print "IO::Handle->new ref: ", ref($io), " opened: ", ($io->opened ? 1 : 0), "\n";
STDOUT->flush;
my $dup = IO::Handle->new_from_fd(fileno(STDOUT), "w") or die "fd: $!";
$dup->print("through new_from_fd\n");
$dup->flush;

system("rm", "-f", $path);
print "done\n";
