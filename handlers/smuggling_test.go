package handlers_test

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// rawExchange writes raw bytes to a real listener and reads every response
// the server sends before closing or going quiet.
func rawExchange(t *testing.T, base, raw string) []*http.Response {
	t.Helper()
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(3 * time.Second))
	if _, err := io.WriteString(conn, raw); err != nil {
		t.Fatal(err)
	}
	var out []*http.Response
	r := bufio.NewReader(conn)
	for {
		resp, err := http.ReadResponse(r, nil)
		if err != nil {
			return out
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		out = append(out, resp)
		_ = conn.SetDeadline(time.Now().Add(300 * time.Millisecond))
	}
}

// Ambiguous framing is refused, and the request hidden in the body is never
// served: the hidden one asks for /healthz, which no refused request would.
func TestAmbiguousFramingIsRefusedOnARealSocket(t *testing.T) {
	app, _ := newTestApp(t)
	base := listen(t, app)
	const hidden = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
	chunked := "0\r\n\r\n" + hidden
	cases := map[string]string{
		"Content-Length with Transfer-Encoding": "POST /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked,
		"duplicate Transfer-Encoding":           "POST /en/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n" + chunked,
		"Transfer-Encoding on HTTP/1.0":         "POST /en/ HTTP/1.0\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked,
		"obs-folded Transfer-Encoding":          "POST /en/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding:\r\n chunked\r\n\r\n" + chunked,
		"space before the colon":                "POST /en/ HTTP/1.1\r\nHost: x\r\nContent-Length : 36\r\n\r\n" + hidden,
	}
	for name, raw := range cases {
		t.Run(name, func(t *testing.T) {
			resps := rawExchange(t, base, raw)
			if len(resps) == 0 {
				return // closed without an answer: refused
			}
			if resps[0].StatusCode != 400 {
				t.Errorf("first response %d, want 400", resps[0].StatusCode)
			}
			for _, r := range resps {
				if r.StatusCode == 200 {
					t.Errorf("the hidden request was served (%d responses)", len(resps))
				}
			}
		})
	}
	// The harness is able to see a second request on one connection.
	if n := len(rawExchange(t, base, hidden+hidden)); n != 2 {
		t.Fatalf("two plain pipelined requests gave %d responses, want 2", n)
	}
}

// HTTP/1.1 requires Host; a request without one is refused, not served.
func TestHTTP11WithoutHostIsRefused(t *testing.T) {
	app, _ := newTestApp(t)
	base := listen(t, app)
	resps := rawExchange(t, base, "GET /healthz HTTP/1.1\r\n\r\n")
	if len(resps) != 1 || resps[0].StatusCode != 400 {
		t.Fatalf("got %d responses, first %v; want one 400", len(resps), resps)
	}
	if resps := rawExchange(t, base, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"); len(resps) != 1 || resps[0].StatusCode != 200 {
		t.Fatalf("with Host: %v, want 200", resps)
	}
	// HTTP/1.0 has no Host requirement.
	if resps := rawExchange(t, base, "GET /healthz HTTP/1.0\r\n\r\n"); len(resps) != 1 || resps[0].StatusCode != 200 {
		t.Fatalf("HTTP/1.0: %v, want 200", resps)
	}
}
