package handlers

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics counts requests and their latency per route pattern. Labels are
// route patterns, never paths: a path can carry what a person typed, and
// would make the number of series unbounded.
type metrics struct {
	registry *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
}

func newMetrics() *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "returninfo_http_requests_total",
			Help: "HTTP requests by method, route pattern and status code.",
		}, []string{"method", "route", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "returninfo_http_request_duration_seconds",
			Help:    "Time to answer an HTTP request, by route pattern.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1},
		}, []string{"route"}),
	}
	m.registry.MustRegister(m.requests, m.latency,
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "returninfo_page_renders_total",
			Help: "HTML pages rendered; a cached page costs none.",
		}, func() float64 { return float64(renders.Load()) }),
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// observe counts one request. Label values must outlive the request: Fiber's
// strings point into buffers the server reuses, so the method is mapped to a
// constant and the route is the pattern, a string that lives as long as the app.
// watchCache exports the page cache's size.
func (m *metrics) watchCache(pc *pageCache) {
	m.registry.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "returninfo_page_cache_bytes",
			Help: "Bytes held by the page cache, with compressed copies.",
		}, func() float64 { return float64(pc.bytes.Load()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "returninfo_page_cache_entries",
			Help: "Pages held by the page cache.",
		}, func() float64 { pc.mu.RLock(); defer pc.mu.RUnlock(); return float64(len(pc.entries)) }),
	)
}

// watchConns exports the connection guard's counts.
func (m *metrics) watchConns(s *Server) {
	m.registry.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "returninfo_open_connections",
			Help: "Open client connections.",
		}, func() float64 {
			if g := s.connStats.Load(); g != nil {
				return float64(g.open.Load())
			}
			return 0
		}),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "returninfo_connections_refused_total",
			Help: "Connections closed at once: too many from one address.",
		}, func() float64 {
			if g := s.connStats.Load(); g != nil {
				return float64(g.refused.Load())
			}
			return 0
		}),
	)
}

func (m *metrics) observe(method, route string, status int, took time.Duration) {
	m.requests.WithLabelValues(methodLabel(method), route, statusLabel(status)).Inc()
	m.latency.WithLabelValues(route).Observe(took.Seconds())
}

// methodLabel returns a constant for the standard methods and "OTHER" for
// anything else, so a client cannot add series by inventing methods.
func methodLabel(method string) string {
	for _, m := range standardMethods {
		if method == m {
			return m
		}
	}
	return "OTHER"
}

var standardMethods = []string{"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE"}

var statusLabels = func() (l [600]string) {
	for i := range l {
		l[i] = strconv.Itoa(i)
	}
	return l
}()

func statusLabel(status int) string {
	if status >= 0 && status < len(statusLabels) {
		return statusLabels[status]
	}
	return strconv.Itoa(status)
}

// MetricsHandler serves the metrics in Prometheus' format. It is meant for
// a separate, internal address (serve -metrics-addr), not the public one.
func (s *Server) MetricsHandler() http.Handler {
	return promhttp.HandlerFor(s.metrics.registry, promhttp.HandlerOpts{})
}
