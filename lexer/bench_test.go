package lexer

import (
	"fmt"
	"strings"
	"testing"
)

// benchScript generates a socket-server-like perl script of about 40*n
// lines, varying names so nothing is trivially repeated.
func benchScript(n int) string {
	var b strings.Builder
	b.WriteString("#!/usr/bin/perl\nuse strict;\nuse warnings;\nuse Socket;\nuse constant { PORT => 7777, MAXLEN => 1024 };\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `
# handler %[1]d: serves one client
sub handle_%[1]d {
    my ($sock, $peer) = @_;
    my %%seen = (count => 0, 'last' => undef);
    my @lines = ();
    while (my $line = <$sock>) {
        chomp $line;
        next unless length $line;
        last if $line =~ /^quit\b/i;
        $line =~ s/\s+$//;
        $line =~ tr/a-z/A-Z/ if $seen{count} %% 2;
        my ($cmd, @args) = split /\s+/, $line;
        $seen{$cmd}++;
        push @lines, sprintf("%%s:%%d", $cmd, scalar @args);
        if ($cmd eq 'STAT') {
            print $sock "count=$seen{count} lines=${\ scalar @lines}\r\n";
        } elsif ($cmd eq 'SUM') {
            my $sum = 0;
            $sum += $_ for @args;
            printf $sock "%%d\r\n", $sum / (@args || 1);
        } else {
            print {$sock} <<"EOT";
unknown command: $cmd
(args: @args)
EOT
        }
        $seen{count} = $seen{count} + 1 unless $seen{count} >= MAXLEN;
    }
    my $ref = { peer => $peer, n => $#lines + 1, list => [@lines[0 .. 2]] };
    warn "closing $peer\n" if $ref->{n} > 0x10 && -t STDERR;
    close($sock) or die "close: $!";
    return wantarray ? @lines : $ref->{n} * 1.5e0;
}
`, i)
	}
	b.WriteString("\nsocket(SERVER, PF_INET, SOCK_STREAM, getprotobyname('tcp')) or die $!;\n__END__\nsome data\n")
	return b.String()
}

func BenchmarkTokenize(b *testing.B) {
	src := []byte(benchScript(100))
	toks, err := Tokenize("bench.pl", src)
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Count(string(src), "\n")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Tokenize("bench.pl", src); err != nil {
			b.Fatal(err)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(len(toks))*float64(b.N)/sec, "tokens/s")
	b.ReportMetric(float64(lines)*float64(b.N)/sec, "lines/s")
}
