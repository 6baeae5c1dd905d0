# Patterns inside grep, map, sort and first-match idioms.
my @files = qw(main.c util.h README notes.txt build.c Makefile lib.h);
my @c = grep { /\.c$/ } @files;
print "@c\n";
my @base = map { /^(\w+)\.\w+$/ ? $1 : () } @files;
print "@base\n";
my @caps = grep { /^[A-Z]/ } @files;
print "@caps\n";
my @sorted = sort { ($a =~ /\.(\w+)$/)[0] cmp ($b =~ /\.(\w+)$/)[0] or $a cmp $b } grep { /\./ } @files;
print "@sorted\n";
my %by_ext;
push @{ $by_ext{/\.(\w+)$/ ? $1 : "none"} }, $_ for @files;
print "$_: @{$by_ext{$_}}\n" for sort keys %by_ext;
my ($first) = grep { /^n/ } @files;
print "first n: $first\n";
my $count = grep { !/\./ } @files;
print "no dot: $count\n";
