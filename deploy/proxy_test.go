package deploy

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The proxy example logs nothing that says who someone is or what they
// asked: no address, no request line or query string, no referrer or
// user agent. The README shows the same file.
func TestProxyExampleLogsNoAddressesOrQueries(t *testing.T) {
	b, err := os.ReadFile("nginx/returninfo.conf")
	if err != nil {
		t.Fatal(err)
	}
	conf := string(b)
	formats := regexp.MustCompile(`(?s)log_format\s+(\S+)\s+(.*?);`).FindAllStringSubmatch(conf, -1)
	if len(formats) == 0 {
		t.Fatal("no log_format")
	}
	named := map[string]bool{}
	forbidden := regexp.MustCompile(`\$(remote_addr|binary_remote_addr|realip_remote_addr|request|request_uri|uri|document_uri|args|query_string|arg_\w+|is_args|http_\w+|proxy_add_x_forwarded_for|remote_user|cookie_\w+)\b`)
	for _, f := range formats {
		named[f[1]] = true
		if v := forbidden.FindAllString(f[2], -1); len(v) > 0 {
			t.Errorf("log_format %s logs %v", f[1], v)
		}
	}
	for _, m := range regexp.MustCompile(`(?m)^\s*access_log\s+([^;]*);`).FindAllStringSubmatch(conf, -1) {
		fields := strings.Fields(m[1])
		if fields[0] == "off" {
			continue
		}
		if len(fields) < 2 || !named[fields[1]] {
			t.Errorf("access_log %q does not use a checked format (nginx's default logs the address and request line)", m[1])
		}
	}
	if !regexp.MustCompile(`(?m)^\s*error_log\s+\S+\s+(crit|alert|emerg);`).MatchString(conf) {
		t.Error("error_log below crit logs client addresses and request lines")
	}
	if !strings.Contains(conf, "proxy_set_header X-Forwarded-For $remote_addr;") {
		t.Error("the edge proxy must replace X-Forwarded-For")
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), strings.TrimSpace(conf)) {
		t.Error("the README's proxy example differs from deploy/nginx/returninfo.conf")
	}
}
