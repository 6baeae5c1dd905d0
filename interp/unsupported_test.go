package interp

import (
	"context"
	"strings"
	"testing"
)

// TestTieDies: tie is out of scope; it dies naming the construct, at
// the script's line, and eval catches it. tied and untie see no tied
// variables.
func TestTieDies(t *testing.T) {
	status, out, errOut := runScript(t, context.Background(), "my %h;\nprint defined(tied %h) ? \"tied\\n\" : \"not tied\\n\";\nuntie %h;\ntie %h, 'Some::Class';\nprint \"not reached\\n\";\n", Config{})
	want := "tie is not supported by miniperl (tied variables) at t.pl line 4.\n"
	if status != 255 || out != "not tied\n" || errOut != want {
		t.Fatalf("status %d, stdout %q, stderr %q; want 255, \"not tied\\n\", %q", status, out, errOut, want)
	}
}

// TestOverloadFails: use overload is rejected when the program is
// compiled, with a message naming it.
func TestOverloadFails(t *testing.T) {
	_, err := Compile("t.pl", []byte("package V;\nuse overload '+' => sub { 1 };\n"))
	if err == nil || !strings.Contains(err.Error(), "Operator overloading (use overload) is not supported by miniperl at t.pl line 2.") {
		t.Fatalf("err = %v; want the overload message at line 2", err)
	}
}

// TestFormatNotTerminated: a format without its closing dot is perl's
// compile error.
func TestFormatNotTerminated(t *testing.T) {
	_, err := Compile("t.pl", []byte("print 1;\nformat STDOUT =\n@<<\n$x\n"))
	if err == nil || !strings.Contains(err.Error(), "Format not terminated at t.pl line 5.") {
		t.Fatalf("err = %v; want \"Format not terminated at t.pl line 5.\"", err)
	}
}

// TestUndefinedFormat: write without a format dies as perl does.
func TestUndefinedFormat(t *testing.T) {
	status, _, errOut := runScript(t, context.Background(), "print 1;\nwrite;\n", Config{})
	want := "Undefined format \"STDOUT\" called at t.pl line 2.\n"
	if status != 255 || errOut != want {
		t.Fatalf("status %d, stderr %q; want 255, %q", status, errOut, want)
	}
}

// TestProcessGroupDies: setpgrp would move the whole host process; it
// dies with a message naming it.
func TestProcessGroupDies(t *testing.T) {
	status, _, errOut := runScript(t, context.Background(), "print 1;\nsetpgrp(0, 0);\n", Config{})
	want := "setpgrp() is not supported by miniperl: it would act on the whole host process at t.pl line 2.\n"
	if status != 255 || errOut != want {
		t.Fatalf("status %d, stderr %q; want 255, %q", status, errOut, want)
	}
}

// TestProtoArity: calls that do not fit a sub's prototype are perl's
// compile-time errors.
func TestProtoArity(t *testing.T) {
	for src, want := range map[string]string{
		"sub w($$) {}\nw(1);\n":              "Not enough arguments for main::w at t.pl line 2.",
		"sub w($;$) {}\nw(1, 2, 3);\n":       "Too many arguments for main::w at t.pl line 2.",
		"sub w() {}\nw(1);\n":                "Too many arguments for main::w at t.pl line 2.",
		"sub w(&) { 1 }\nprint w { 1 } 2;\n": "Too many arguments for main::w at t.pl line 2.",
	} {
		_, err := Compile("t.pl", []byte(src))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err = %v; want %q", src, err, want)
		}
	}
	for _, src := range []string{"sub w($;$) {}\nw(1);\n", "sub w(_) {}\nw();\n", "sub w(\\@@) {}\nmy @a;\nw(@a, 1, 2);\n", "sub w($) {}\nmy @a;\nw(@a);\n"} {
		if _, err := Compile("t.pl", []byte(src)); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}

// TestLvalueSub: assigning to a sub call is perl's error for a plain
// sub, and says that :lvalue subs are missing for one declared so.
func TestLvalueSub(t *testing.T) {
	for src, want := range map[string]string{
		"sub val { 1 }\nval = 5;\n":           "Can't modify non-lvalue subroutine call of &main::val in scalar assignment at t.pl line 2.",
		"sub val : lvalue { $x }\nval = 5;\n": "lvalue subroutines (:lvalue) are not supported by miniperl: &main::val cannot be assigned to at t.pl line 2.",
	} {
		_, err := Compile("t.pl", []byte(src))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err = %v; want %q", src, err, want)
		}
	}
}
