package builtins
import ("testing";"fmt";"os";"encoding/hex";"strings")
func dec(a string) string {
	f := strings.Fields(a)
	var out []string
	for _, x := range f[1:] { if strings.HasPrefix(x, "s:") { b, _ := hex.DecodeString(x[2:]); out = append(out, fmt.Sprintf("%q", b)) } else { out = append(out, x) } }
	return f[0] + " " + strings.Join(out, " ")
}
func TestDbgOne(t *testing.T) {
	tm := os.Getenv("T"); d, _ := hex.DecodeString(os.Getenv("D"))
	req := unpackRequest(tm, string(d))
	g := goUnpackAnswer(tm, string(d), fuzzMax)
	w := askPerl(t, perlPath(), []string{req})[0]
	fmt.Println("perl:", dec(w)); fmt.Println("go:  ", dec(g))
}
