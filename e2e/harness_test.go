package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// base is the address of the server the tests started; browser the shared
// Chromium all tests open tabs in.
var (
	base    string
	browser context.Context
	axeJS   string
)

func TestMain(m *testing.M) {
	code, err := run(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

// readSources reads every file the binary is built from, so that go test's
// cache sees them: the binary is built in a child process it cannot watch.
func readSources() {
	_ = filepath.WalkDir("..", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == ".git") {
			return filepath.SkipDir
		}
		switch filepath.Ext(p) {
		case ".go", ".templ", ".md", ".toml", ".txt", ".json", ".css", ".js", ".tsv":
			_, _ = os.ReadFile(p)
		}
		return nil
	})
}

func run(m *testing.M) (int, error) {
	readSources()
	chromium, err := findChromium()
	if err != nil {
		return 0, err
	}
	axe, err := os.ReadFile(filepath.Join("node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		return 0, fmt.Errorf("axe-core is missing: run `npm ci --prefix e2e` (%v)", err)
	}
	axeJS = string(axe)

	dir, err := os.MkdirTemp("", "returninfo-e2e")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "returninfo")
	build := exec.Command("go", "build", "-o", bin, "../cmd/returninfo")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		return 0, fmt.Errorf("building the server: %v", err)
	}
	addr, err := freeAddr()
	if err != nil {
		return 0, err
	}
	server := exec.Command(bin, "serve", "-addr", addr)
	server.Env = append(os.Environ(), "RETURNINFO_ASK_RATE=0")
	// The server writes its output to a file (no copying goroutine),
	// shown if it does not come up.
	serverLog := filepath.Join(dir, "server.log")
	logFile, err := os.Create(serverLog)
	if err != nil {
		return 0, err
	}
	defer logFile.Close()
	server.Stderr = logFile
	if err := server.Start(); err != nil {
		return 0, err
	}
	exited := make(chan error, 1)
	go func() { exited <- server.Wait() }()
	defer func() {
		_ = server.Process.Signal(os.Interrupt)
		exited <- <-exited
	}()
	base = "http://" + addr
	// As long as the deployment's startup probe waits (90 × 1 s): start-up
	// trains the assistant's models, 6.6 s on a quiet machine in stop 45,
	// 8.3-8.6 s in stop 52, and the other packages' tests share the cores
	// (15 s was too short once, beside a reviewer's tests; 30 s once in
	// stop 52's CI).
	if err := waitHealthy(base, 90*time.Second, exited); err != nil {
		out, _ := os.ReadFile(serverLog)
		return 0, fmt.Errorf("%v; its output:\n%s", err, out)
	}

	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.WindowSize(1024, 800),
	)
	defer cancelAlloc()
	var cancel context.CancelFunc
	browser, cancel = chromedp.NewContext(alloc)
	defer cancel()
	if err := chromedp.Do(browser, chromedp.Navigate("about:blank")); err != nil {
		return 0, fmt.Errorf("starting Chromium (%s): %v", chromium, err)
	}
	return m.Run(), nil
}

func findChromium() (string, error) {
	if p := os.Getenv("RETURNINFO_CHROMIUM"); p != "" {
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("no Chromium found: install it (`apt-get install -y chromium`) or set RETURNINFO_CHROMIUM")
}

func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// waitHealthy stops waiting when the server exits (exited gets its Wait's
// error, and keeps it for the deferred clean-up).
func waitHealthy(base string, limit time.Duration, exited chan error) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			exited <- err
			return fmt.Errorf("the server exited before it was healthy (%v)", err)
		default:
		}
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("the server did not answer /healthz within %v", limit)
}

// tab opens a new tab; javascript false turns scripts off, as for people
// whose phone or network blocks them.
func tab(t *testing.T, javascript bool) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	t.Cleanup(cancel)
	ctx, cancelTimeout := context.WithTimeout(ctx, 180*time.Second) // a guard against hangs, not a speed target
	t.Cleanup(cancelTimeout)
	if !javascript {
		err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
			_, err := cdp.Call(ctx, target, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
			return err
		}))
		if err != nil {
			t.Fatal(err)
		}
	}
	return ctx
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// eval runs JavaScript in the page and returns its value.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluating %.60q: %v", js, err)
	}
	return v
}

// open navigates and waits for the page to load.
func open(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(base+path))
	if err != nil {
		t.Fatalf("opening %s: %v", path, err)
	}
	if resp != nil && resp.Status >= 500 {
		t.Fatalf("%s: status %d", path, resp.Status)
	}
}

// click clicks an element and waits for the page it leads to.
func click(t *testing.T, ctx context.Context, selector string) {
	t.Helper()
	if _, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(selector), chromedp.NodeVisible)); err != nil {
		t.Fatalf("clicking %s: %v", selector, err)
	}
}

func path(t *testing.T, ctx context.Context) string {
	t.Helper()
	return strings.TrimPrefix(eval[string](t, ctx, "location.pathname + location.search"), "")
}
