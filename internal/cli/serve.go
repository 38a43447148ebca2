package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"chronicle/internal/api"
	"chronicle/internal/doc"
	"chronicle/internal/store"
	"chronicle/internal/web"
)

// serveConfig is what serve needs besides the store, so that tests can run
// it on a listener of their own.
type serveConfig struct {
	addr, token, kb string
	maxBody         int64
	timeout         time.Duration
}

func (a *app) serveCmd() *cobra.Command {
	var dbPath string
	cfg := serveConfig{}
	c := &cobra.Command{
		Use:   "serve [flags]",
		Short: "Serve the JSON API and the web UI over the store",
		Long: `Serve starts an HTTP server over the store: a JSON API under /api/ (described
by /api/openapi.json) and a web UI at / to search articles and quotes, read an
article with its entities, quotes, events and dates highlighted, see an actor's
timeline and network, and filter and download events. The UI is embedded in
the binary and works offline.

The server is read-only unless --token is given: then POST /api/ingest accepts
one article (text, HTML or a JSON article object) from requests that send
"Authorization: Bearer TOKEN", analyzes and stores it. Request bodies are
capped by --max-body and each request's work by --timeout. SIGINT or SIGTERM
shuts the server down gracefully, letting requests in flight finish.`,
		Example: `  chronicle serve --db news.db
  chronicle serve --addr 127.0.0.1:9000
  chronicle serve --token "$(openssl rand -hex 16)"   # allow POST /api/ingest`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if err := storeExists(dbPath); err != nil {
				return fmt.Errorf("serve: no store at %s (run chronicle ingest first, or give --db): %w", dbPath, err)
			}
			ctx, stop := signal.NotifyContext(c.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			s, err := store.Open(ctx, dbPath)
			if err != nil {
				return err
			}
			defer s.Close()
			ln, err := net.Listen("tcp", cfg.addr)
			if err != nil {
				return usagef("serve: --addr %s: %v", cfg.addr, err)
			}
			fmt.Fprintf(a.stderr, "chronicle: serving %s on http://%s/ (%s)\n", dbPath, ln.Addr(), mode(cfg.token))
			return a.serve(ctx, ln, s, cfg)
		},
	}
	fl := c.Flags()
	fl.StringVar(&dbPath, "db", defaultDB(), dbFlagHelp)
	fl.StringVar(&cfg.addr, "addr", "127.0.0.1:8080", "address to listen on")
	fl.StringVar(&cfg.token, "token", "", "enable POST /api/ingest for requests bearing this token")
	fl.StringVar(&cfg.kb, "kb", "", "with --token: extend the actor knowledge base used for ingested articles with this JSON file")
	fl.Int64Var(&cfg.maxBody, "max-body", api.DefaultMaxBody, "largest request body accepted, in bytes")
	fl.DurationVar(&cfg.timeout, "timeout", api.DefaultTimeout, "time limit of one request")
	return c
}

func mode(token string) string {
	if token == "" {
		return "read-only"
	}
	return "ingest enabled with a token"
}

// serve runs the server on ln until ctx is done, then shuts it down,
// giving requests in flight up to ten seconds.
func (a *app) serve(ctx context.Context, ln net.Listener, s *store.Storage, cfg serveConfig) error {
	conf := api.Config{Store: s, Token: cfg.token, MaxBody: cfg.maxBody, Timeout: cfg.timeout, Log: a.log}
	if cfg.token != "" {
		p, err := newPipelineKB(cfg.kb)
		if err != nil {
			return err
		}
		conf.Analyze = func(ctx context.Context, d *doc.Document) error { return p.Process(ctx, d) }
	}
	srv := &http.Server{
		Handler:           web.NewHandler(api.New(conf)),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      cfg.timeout + 20*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(a.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
