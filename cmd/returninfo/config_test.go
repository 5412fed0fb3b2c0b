package main

import (
	"strings"
	"testing"
)

// Invalid settings stop the start with a message naming the setting; they
// never start silently on a default.
func TestInvalidSettingsRefuseToStart(t *testing.T) {
	cases := []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"negative ask rate", []string{"-ask-rate=-5"}, nil, "-ask-rate=-5"},
		{"negative drain", []string{"-drain=-5s"}, nil, "-drain=-5s"},
		{"unparsable env integer", nil, map[string]string{"RETURNINFO_ASK_RATE": "thirty"}, "RETURNINFO_ASK_RATE"},
		{"unparsable env duration", nil, map[string]string{"RETURNINFO_DRAIN": "5 seconds"}, "RETURNINFO_DRAIN"},
		{"unparsable env boolean", nil, map[string]string{"RETURNINFO_ACCESS_LOG": "nope"}, "RETURNINFO_ACCESS_LOG"},
		{"negative env drain", nil, map[string]string{"RETURNINFO_DRAIN": "-1s"}, "-drain=-1s"},
		{"malformed proxy", []string{"-trusted-proxies=10.0.0.0/8,proxy.internal"}, nil, `-trusted-proxies: "proxy.internal"`},
		{"malformed proxy range", nil, map[string]string{"RETURNINFO_TRUSTED_PROXIES": "10.0.0.0/40"}, "-trusted-proxies"},
		{"relative public URL", []string{"-public-url=example.org"}, nil, "-public-url"},
		{"zero conns per address", []string{"-conns-per-address=0"}, nil, "-conns-per-address=0"},
		{"bad log level", []string{"-log-level=loud"}, nil, "-log-level"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			var stderr strings.Builder
			// -addr on a port nobody can bind: if validation let this
			// through, the start would fail for another reason, visibly.
			args := append([]string{"serve", "-addr", "256.0.0.1:1"}, c.args...)
			code := run(args, &strings.Builder{}, &stderr)
			if code != 2 || !strings.Contains(stderr.String(), "invalid setting") || !strings.Contains(stderr.String(), c.want) {
				t.Errorf("exit %d, stderr %q; want 2 naming %s", code, stderr.String(), c.want)
			}
		})
	}
}

// Serve is the default command: its flags work without the word "serve"
// (README: `go run ./cmd/returninfo -addr 127.0.0.1:9000`).
func TestServeFlagsWithoutTheCommand(t *testing.T) {
	var stderr strings.Builder
	code := run([]string{"-addr", "256.0.0.1:1", "-ask-rate=-5"}, &strings.Builder{}, &stderr)
	if code != 2 || strings.Contains(stderr.String(), "unknown command") || !strings.Contains(stderr.String(), "-ask-rate=-5") {
		t.Errorf("exit %d, stderr %q; want serve's refusal of -ask-rate=-5", code, stderr.String())
	}
}
