package handlers_test

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/gofiber/fiber/v2"
)

func TestSecurityHeadersOnEveryKindOfResponse(t *testing.T) {
	app, _ := newTestApp(t)
	for _, path := range []string{"/", "/en/", "/nb/a/expulsion", "/en/a/expulsion/wrong-slug", "/nope", "/healthz"} {
		resp, _ := get(t, app, path)
		h := resp.Header
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "frame-ancestors 'none'", "script-src 'self'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: CSP allows inline script or style", path)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: nosniff / no-referrer missing", path)
		}
		if len(resp.Cookies()) > 0 || h.Get("Set-Cookie") != "" {
			t.Errorf("%s sets a cookie", path)
		}
		if h.Get("Server") != "" {
			t.Errorf("%s: Server header %q tells too much", path, h.Get("Server"))
		}
	}
}

func TestPagesLoadNothingFromAnotherHost(t *testing.T) {
	app, _ := newTestApp(t)
	_, body := get(t, app, "/nb/a/forced-return-process")
	doc := parse(t, body)
	doc.Find("script[src], link[rel=stylesheet], img[src], iframe").Each(func(_ int, sel *goquery.Selection) {
		src := sel.AttrOr("src", sel.AttrOr("href", ""))
		if !strings.HasPrefix(src, "/") || strings.HasPrefix(src, "//") {
			t.Errorf("loads %q from outside this host", src)
		}
	})
	if doc.Find("script:not([src])").Length() > 0 || doc.Find("[style]").Length() > 0 {
		t.Error("inline script or style attribute: the CSP would block it")
	}
}

func TestHealthz(t *testing.T) {
	app, _ := newTestApp(t)
	if resp, body := get(t, app, "/healthz"); resp.StatusCode != 200 || body != "ok\n" {
		t.Errorf("healthz: %d %q", resp.StatusCode, body)
	}
}

func TestAssetsAreServedWithLongCacheAndTheirType(t *testing.T) {
	app, _ := newTestApp(t)
	_, body := get(t, app, "/en/")
	doc := parse(t, body)
	css, _ := doc.Find(`link[rel=stylesheet]`).Attr("href")
	js, _ := doc.Find(`script[src]`).Attr("src")
	for path, ct := range map[string]string{css: "text/css; charset=utf-8", js: "text/javascript; charset=utf-8"} {
		resp, b := get(t, app, path)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != ct || len(b) == 0 {
			t.Errorf("%s: %d %q", path, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		if !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("%s: Cache-Control %q", path, resp.Header.Get("Cache-Control"))
		}
	}
}

// The error handler must show a localized page and never the error's text,
// whether a handler returns an error or panics.
func TestErrorsAndPanicsNeverShowTheirText(t *testing.T) {
	s, logs := newTestServer(t)
	app := s.NewApp()
	// A route that fails, mounted in front of the real ones for the test.
	failing := fiber.New(fiber.Config{ErrorHandler: app.Config().ErrorHandler})
	failing.Use(func(c *fiber.Ctx) error {
		defer func() {
			if r := recover(); r != nil {
				_ = app.Config().ErrorHandler(c, errors.New("panic: secret-panic-detail"))
			}
		}()
		if c.Query("panic") != "" {
			panic("secret-panic-detail")
		}
		return errors.New("secret-database-password")
	})
	for _, target := range []string{"/nb/boom", "/nb/boom?panic=1"} {
		resp, err := failing.Test(httptest.NewRequest(http.MethodGet, target, nil), -1)
		if err != nil {
			t.Fatal(err)
		}
		b := make([]byte, 1<<16)
		n, _ := resp.Body.Read(b)
		body := string(b[:n])
		if resp.StatusCode != 500 {
			t.Errorf("%s: status %d, want 500", target, resp.StatusCode)
		}
		if strings.Contains(body, "secret") {
			t.Errorf("%s: the error text reached the page", target)
		}
		if !strings.Contains(body, "Noe gikk galt") {
			t.Errorf("%s: the error page is not in the URL's language", target)
		}
	}
	if !strings.Contains(logs.String(), "secret-database-password") {
		t.Error("the error should be logged for the operators")
	}
}

// A real panic inside the real app is recovered into a 500 page.
func TestPanicInTheRealAppIsRecovered(t *testing.T) {
	s, _ := newTestServer(t)
	s.Answers = nil // every answer page now dereferences nil
	app := s.NewApp()
	resp, body := get(t, app, "/en/a/expulsion")
	if resp.StatusCode != 500 || !strings.Contains(body, "Something went wrong") {
		t.Errorf("status %d, body %.200q", resp.StatusCode, body)
	}
	if strings.Contains(body, "nil pointer") || strings.Contains(body, "runtime error") {
		t.Error("panic text shown to the user")
	}
}

func TestAccessLogHasNoQueryNoIPAndNoPath(t *testing.T) {
	app, logs := newTestApp(t)
	get(t, app, "/en/a/expulsion?name=Ola+Nordmann&phone=99999999", "X-Forwarded-For", "203.0.113.9")
	get(t, app, "/en/a/ola-nordmann-12345678901")
	out := logs.String()
	for _, leak := range []string{"Ola", "99999999", "203.0.113.9", "0.0.0.0", "12345678901", "name="} {
		if strings.Contains(out, leak) {
			t.Errorf("the log contains %q:\n%s", leak, out)
		}
	}
	if !strings.Contains(out, `"route":"/:lang/a/:id"`) || !strings.Contains(out, `"status":200`) {
		t.Errorf("the log should carry route pattern and status:\n%s", out)
	}
}
