// Package cli holds chronicle's commands. It is the only package that wires
// the others together: readers, pipeline stages, the store and the scorers.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// Exit statuses of SPEC.md §1.
const (
	ExitOK     = 0
	ExitFailed = 1 // some inputs failed; each was named on stderr
	ExitUsage  = 2
	// ExitInterrupted follows the shell's convention for a command stopped
	// by SIGINT (128+2): what was read is stored, a rerun finishes the rest.
	ExitInterrupted = 130
)

// errSomeFailed tells Run that the command finished but some inputs failed.
var errSomeFailed = errors.New("some inputs failed")

// usageError marks an error in the command line (exit status 2).
type usageError struct{ error }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// app carries what every command needs; there is no global state.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
}

// Run executes chronicle with args (without the program name) and returns
// the exit status.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errSomeFailed):
		return ExitFailed
	case errors.Is(err, errInterrupted):
		fmt.Fprintf(stderr, "chronicle: %v\n", err)
		return ExitInterrupted
	case isUsage(err):
		fmt.Fprintf(stderr, "chronicle: %v\n", err)
		fmt.Fprintln(stderr, "Run 'chronicle --help' for usage.")
		return ExitUsage
	default:
		fmt.Fprintf(stderr, "chronicle: %v\n", err)
		return ExitFailed
	}
}

func isUsage(err error) bool {
	var u usageError
	if errors.As(err, &u) {
		return true
	}
	// cobra's own flag and argument errors.
	msg := err.Error()
	for _, p := range []string{"unknown flag", "unknown shorthand", "unknown command", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "required flag"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "chronicle",
		Short: "Turn news into a structured, source-linked record of who said and did what",
		Long: `chronicle reads news articles (text, HTML, JSON, JSON Lines) and finds their
sentences and tokens, and as the models land, entities, quotes with their speakers,
PLOVER political events and dates resolved against the publication date. It prints
the result as JSON Lines or stores it in an SQLite file that it can query.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	// One command a line, so that adding one is a one-line change.
	root.AddCommand(
		a.analyzeCmd(),
		a.ingestCmd(),
		a.queryCmd(),
		a.serveCmd(),
		a.evalCmd(),
		a.trainCmd(),
		a.benchCmd(),
		a.enqueueCmd(), a.workerCmd(), a.queueCmd(),
	)
	return root
}

// defaultDB is the store path when --db is not given: $CHRONICLE_DB, else
// chronicle.db in the current folder.
func defaultDB() string {
	if p := os.Getenv("CHRONICLE_DB"); p != "" {
		return p
	}
	return "chronicle.db"
}

// dbFlagHelp describes --db wherever a command takes it.
const dbFlagHelp = "store: an SQLite file, or a postgres:// DSN (default $CHRONICLE_DB or chronicle.db)"
