package cli

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chronicle/internal/api/apitest"
	"chronicle/internal/store"
)

// TestServeShutsDownGracefully starts serve on a loopback listener, makes a
// request, cancels the context (as SIGINT does) and checks that serve
// returns without error and the port is closed.
func TestServeShutsDownGracefully(t *testing.T) {
	ctx := context.Background()
	docs, err := apitest.Rich()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "serve.db")
	if err := apitest.Save(ctx, path, docs); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	a := &app{stdout: io.Discard, stderr: io.Discard, log: slog.New(slog.DiscardHandler)}
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- a.serve(sctx, ln, s, serveConfig{timeout: 5 * time.Second}) }()
	url := "http://" + ln.Addr().String()
	for path, want := range map[string]string{"/api/articles?q=Albares": `"albares-nato"`, "/": "chronicle"} {
		res, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("GET %s = %d %.200s", path, res.StatusCode, b)
		}
		if res.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("GET %s: no Content-Security-Policy", path)
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after cancel: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not shut down")
	}
	if _, err := http.Get(url + "/"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func TestServeNeedsAStore(t *testing.T) {
	code, _, stderr := run(t, "", "serve", "--db", filepath.Join(t.TempDir(), "none.db"))
	if code != ExitFailed || !strings.Contains(stderr, "no store") {
		t.Errorf("serve without a store: exit %d, %q", code, stderr)
	}
}
