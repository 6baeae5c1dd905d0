package parser_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/miniperl/miniperl/parser"
)

// benchUnit is one block of a generated benchmark script: statements of
// the kinds the golden scripts in testdata/scripts use (declarations,
// list assignment, loops of every form, statement modifiers, subs,
// interpolation, quoting operators, hashes, sprintf, pack and sockets).
// %[1]d is replaced by the unit's number so that names differ between
// copies.
const benchUnit = `# unit %[1]d: counters, loops and subs
my $n%[1]d = %[1]d;
my ($a%[1]d, $b%[1]d, @rest%[1]d) = (1, "two", 3.5, 0x1f, 0b101, 1_000);
my @list%[1]d = (1 .. 10);
my %%h%[1]d = (name => "unit%[1]d", size => scalar(@list%[1]d), 'quoted key' => -1);
$h%[1]d{extra} = $n%[1]d * 2 + $a%[1]d ** 2 - 7 %% 3;
sub helper%[1]d {
    my ($x, $y) = @_;
    my $z = shift || 0;
    return $x > $y ? $x - $y : $y - $x unless $z;
    return ($x + $y) * $z;
}
for (my $i = 0; $i < $n%[1]d; $i++) {
    next if $i %% 2 == 0;
    last unless defined $list%[1]d[$i];
    $a%[1]d += helper%[1]d($i, $n%[1]d) . "";
}
foreach my $v (@list%[1]d) {
    push @rest%[1]d, $v * 2 if $v > 3 && $v < 8 || !$v;
}
my $k%[1]d = 0;
while ($k%[1]d < 5) { $k%[1]d++; }
until ($k%[1]d <= 0) { $k%[1]d -= 2; }
print "unit %[1]d: $n%[1]d $h%[1]d{name} @list%[1]d[0..2] $list%[1]d[-1]\n";
printf("%%-10s|%%5.2f|%%x\n", $b%[1]d, $a%[1]d / 3, $n%[1]d);
my $s%[1]d = sprintf('%%03d', $n%[1]d) . q(single $n) . qq{double $n%[1]d} . join(',', qw(a b c));
$s%[1]d .= substr($s%[1]d, 1, 3) x 2;
if (length($s%[1]d) > 10) {
    print STDERR "long\n";
} elsif ($s%[1]d eq 'x' or $s%[1]d lt "y") {
    print "short\n";
} else {
    print uc(lc($s%[1]d)), "\n";
}
my @words%[1]d = split(' ', "  alpha beta  gamma ");
for my $w (sort keys %%h%[1]d) { print "$w=$h%[1]d{$w}\n" if exists $h%[1]d{$w}; }
delete $h%[1]d{extra};
my $addr%[1]d = pack('S n a4 x8', 2, 8000 + %[1]d, pack('C4', 127, 0, 0, 1));
my ($fam%[1]d, $port%[1]d, $ip%[1]d) = unpack('S n a4', $addr%[1]d);
print join('.', unpack('C4', $ip%[1]d)), ":$port%[1]d\n";
socket(SOCK%[1]d, 2, 1, 6) or die "socket: $!\n";
close(SOCK%[1]d);
$n%[1]d = $n%[1]d < 0 ? -$n%[1]d : ~$n%[1]d & 0xff | 1 << 3 ^ 5;
`

// benchScript returns a script of n units and its line count.
func benchScript(n int) ([]byte, int) {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, benchUnit, i)
	}
	return b.Bytes(), strings.Count(b.String(), "\n")
}

// TestBenchScriptParses keeps the benchmark input valid: a script that
// fails to parse would make BenchmarkParse measure error handling.
func TestBenchScriptParses(t *testing.T) {
	src, _ := benchScript(2)
	if _, err := parser.Parse("bench.pl", src); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkParse measures lexer and parser throughput on a generated
// script of a few thousand lines, reporting lines per second and
// allocations.
func BenchmarkParse(b *testing.B) {
	src, lines := benchScript(100)
	if _, err := parser.Parse("bench.pl", src); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parser.Parse("bench.pl", src); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
