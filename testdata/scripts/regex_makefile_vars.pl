# Makefile-like variable definitions and $(VAR) references.
my %var;
my @lines = ("CC = gcc", "CFLAGS := -O2 -Wall", "LDFLAGS ?= -lm", "CFLAGS += -g", "OBJ = main.o util.o",
             "all: \$(OBJ)", "\t\$(CC) \$(CFLAGS) -o app \$(OBJ) \$(LDFLAGS) \$(NOPE)");
for (@lines) {
    if (/^(\w+)\s*([:?+]?=)\s*(.*)$/) {
        my ($k, $op, $v) = ($1, $2, $3);
        if ($op eq "+=") { $var{$k} .= " $v" }
        elsif ($op eq "?=") { $var{$k} = $v unless defined $var{$k} }
        else { $var{$k} = $v }
        next;
    }
    (my $x = $_) =~ s/\$\((\w+)\)/defined $var{$1} ? $var{$1} : ""/ge;
    $x =~ s/^\t/    /;
    $x =~ s/ +/ /g;
    print "$x\n";
}
print "$_=[$var{$_}]\n" for sort keys %var;
