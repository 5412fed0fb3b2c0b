package handlers_test

import (
	"bytes"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/gofiber/fiber/v2"

	"returninfo/handlers"
	"returninfo/internal/site"
)

// syncBuffer collects log output from concurrent requests.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var (
	contentOnce sync.Once
	loaded      *site.Content
	loadErr     error
)

// newTestServer serves the real embedded content, loaded as the binary
// loads it (once: building the assistant's indexes takes a while).
func newTestServer(t testing.TB) (*handlers.Server, *syncBuffer) {
	t.Helper()
	contentOnce.Do(func() { loaded, loadErr = site.Load() })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	logs := &syncBuffer{}
	s := handlers.NewServer(loaded, slog.New(slog.NewJSONHandler(logs, nil)))
	s.PublicURL = "https://returinfo.example"
	return s, logs
}

func newTestApp(t testing.TB) (*fiber.App, *syncBuffer) {
	s, logs := newTestServer(t)
	return s.NewApp(), logs
}

// get sends a request through the app and returns the response and body.
func get(t testing.TB, app *fiber.App, target string, headers ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := app.Test(req, -1)
	if err != nil {
		t.Fatalf("GET %.120s: %.200v", target, err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, string(b)
}

func parse(t testing.TB, body string) *goquery.Document {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// listen serves the app on a real loopback port, for what app.Test cannot
// show (requests larger than the server's buffers).
func listen(t testing.TB, app *fiber.App) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = app.Listener(ln) }()
	t.Cleanup(func() { _ = app.Shutdown() })
	return "http://" + ln.Addr().String()
}
