package handlers_test

import (
	"net"
	"testing"

	"github.com/valyala/fasthttp"
)

// benchmarkHit serves one cached page through the whole middleware chain,
// as the server does, without a network: allocs/op is per request.
func benchmarkHit(b *testing.B, path, acceptEncoding string) {
	s, _ := newTestServer(b)
	s.NoAccessLog = true
	app := s.NewApp()
	h := app.Handler()
	var ctx fasthttp.RequestCtx
	ctx.Init(&fasthttp.Request{}, &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1}, nil)
	prepare := func() {
		ctx.Request.Reset()
		ctx.Response.Reset()
		ctx.Request.Header.SetMethod("GET")
		ctx.Request.SetRequestURI(path)
		ctx.Request.Header.SetHost("returinfo.example")
		if acceptEncoding != "" {
			ctx.Request.Header.Set("Accept-Encoding", acceptEncoding)
		}
	}
	prepare()
	h(&ctx) // fill the cache
	if ctx.Response.StatusCode() != 200 {
		b.Fatalf("%s: %d", path, ctx.Response.StatusCode())
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		prepare()
		h(&ctx)
	}
	if ctx.Response.StatusCode() != 200 || len(ctx.Response.Header.Peek("ETag")) == 0 {
		b.Fatalf("not a cached page: %d", ctx.Response.StatusCode())
	}
}

func BenchmarkCachedPageHit(b *testing.B) {
	b.Run("answer/identity", func(b *testing.B) { benchmarkHit(b, "/nb/a/forced-return-costs", "") })
	b.Run("answer/gzip", func(b *testing.B) { benchmarkHit(b, "/nb/a/forced-return-costs", "gzip") })
	b.Run("home/br", func(b *testing.B) { benchmarkHit(b, "/en/", "gzip, deflate, br") })
	b.Run("flow step/gzip", func(b *testing.B) { benchmarkHit(b, "/en/guide?situation=rejected", "gzip") })
}
