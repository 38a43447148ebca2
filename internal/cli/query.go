package cli

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"chronicle/internal/doc"
	"chronicle/internal/store"
)

var queryKinds = []string{"articles", "quotes", "events", "actors", "entities"}

func (a *app) queryCmd() *cobra.Command {
	var (
		dbPath, format string
		f              store.Filter
		story          int64
		byStory        bool
	)
	c := &cobra.Command{
		Use:   "query KIND [filters]",
		Short: "Read the store: articles, quotes, events, actors or entities",
		Long: `Query reads the store and prints what it holds, as JSON Lines (default), an
aligned table (--format table) or CSV (--format csv).

KIND is one of: articles, quotes, events, actors, entities.
  articles  --format jsonl prints each article as the full document JSON of
            SPEC.md §2 (every layer, code-point offsets); table and csv list them.
  quotes    who said what (speaker, kind, text, cue, medium)
  events    PLOVER events with their sources and targets
  actors    actors aggregated over the articles
  entities  entity mentions aggregated by text and label

--text is an SQLite FTS5 query over article title and text (for quotes: the
quote text and speaker name); --type means the event type for articles and
events, the quote kind for quotes, the actor kind for actors and the label for
entities; --actor matches a name (substring, any case) or a country or CAMEO
code.`,
		Example: `  chronicle query articles --text "nato AND spain" --format table
  chronicle query quotes --actor Albares
  chronicle query events --type THREATEN --since 2025-08-01 --format csv
  chronicle query entities --type PER --limit 20 --format table
  chronicle query articles --story 42
  chronicle query quotes --by-story --format table`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			kind := args[0]
			if !contains(queryKinds, kind) {
				return usagef("query: unknown kind %q (have %s)", kind, strings.Join(queryKinds, ", "))
			}
			switch format {
			case "jsonl", "table", "csv":
			default:
				return usagef("query: --format %q: want jsonl, table or csv", format)
			}
			for _, d := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
				if d.v != "" {
					if _, _, err := doc.ParsePublished(d.v); err != nil {
						return usagef("query: --%s %q: want YYYY-MM-DD", d.name, d.v)
					}
				}
			}
			if story != 0 && kind != "articles" {
				return usagef("query: --story lists articles; it does not apply to %s", kind)
			}
			if byStory && kind != "quotes" && kind != "events" {
				return usagef("query: --by-story applies to quotes and events, not %s", kind)
			}
			if err := storeExists(dbPath); err != nil {
				return fmt.Errorf("query: no store at %s (run chronicle ingest first, or give --db): %w", dbPath, err)
			}
			ctx := c.Context()
			s, err := store.Open(ctx, dbPath)
			if err != nil {
				return err
			}
			defer s.Close()
			out := bufio.NewWriter(a.stdout)
			defer out.Flush()
			switch {
			case story != 0:
				return queryStoryArticles(ctx, s, story, format, out)
			case byStory:
				return queryByStory(ctx, s, kind, f, format, out)
			}
			return runQuery(ctx, s, kind, f, format, out)
		},
	}
	fl := c.Flags()
	fl.StringVar(&dbPath, "db", defaultDB(), dbFlagHelp)
	fl.StringVar(&format, "format", "jsonl", "output format: jsonl, table or csv")
	fl.StringVar(&f.Text, "text", "", "full-text query (SQLite FTS5 syntax)")
	fl.StringVar(&f.Since, "since", "", "published on or after this day (YYYY-MM-DD)")
	fl.StringVar(&f.Until, "until", "", "published on or before this day (YYYY-MM-DD)")
	fl.StringVar(&f.Actor, "actor", "", "actor name (substring, any case), country or CAMEO code")
	fl.StringVar(&f.Type, "type", "", "event type, quote kind, actor kind or entity label, by KIND")
	fl.StringVar(&f.Article, "article", "", "only rows of the article with this id")
	fl.IntVar(&f.Limit, "limit", store.DefaultLimit, "maximum rows; -1 for no limit")
	fl.Int64Var(&story, "story", 0, "articles: list the reprints of this story (a story id from the articles listing)")
	fl.BoolVar(&byStory, "by-story", false, "quotes, events: count each once per story, with its number of sources")
	return c
}

func runQuery(ctx context.Context, s *store.Storage, kind string, f store.Filter, format string, w io.Writer) error {
	if kind == "articles" && format == "jsonl" {
		ids, err := s.ArticleIDs(ctx, f)
		if err != nil {
			return err
		}
		for _, id := range ids {
			d, err := s.Document(ctx, id)
			if err != nil {
				return err
			}
			b, err := d.EncodeJSON(doc.JSONOptions{Tokens: true})
			if err != nil {
				return err
			}
			w.Write(b)
			io.WriteString(w, "\n")
		}
		return nil
	}
	switch kind {
	case "articles":
		return printRows(ctx, s.Articles, f, format, w)
	case "quotes":
		return printRows(ctx, s.Quotes, f, format, w)
	case "events":
		return printRows(ctx, s.Events, f, format, w)
	case "actors":
		return printRows(ctx, s.Actors, f, format, w)
	default:
		return printRows(ctx, s.Entities, f, format, w)
	}
}

func printRows[R store.Row](ctx context.Context, query func(context.Context, store.Filter) ([]R, error), f store.Filter, format string, w io.Writer) error {
	rows, err := query(ctx, f)
	if err != nil {
		return err
	}
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, r := range rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		header, cells := store.Table(rows)
		cw := csv.NewWriter(w)
		cw.Write(header)
		cw.WriteAll(cells)
		return cw.Error()
	default:
		header, cells := store.Table(rows)
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(header, "\t")))
		for _, row := range cells {
			for i, cell := range row {
				row[i] = clip(cell, 60)
			}
			fmt.Fprintln(tw, strings.Join(row, "\t"))
		}
		return tw.Flush()
	}
}

// clip shortens s to at most n code points on one line, for table cells.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// queryStoryArticles prints the articles of a story, the reprints of one
// report, as `chronicle query articles --story ID` does (query.go calls
// it when --story is given).
func queryStoryArticles(ctx context.Context, s *store.Storage, story int64, format string, w io.Writer) error {
	return printRows(ctx, func(ctx context.Context, _ store.Filter) ([]store.StoryArticleRow, error) {
		return s.StoryArticles(ctx, story)
	}, store.Filter{}, format, w)
}

// queryByStory prints quotes or events counted once per story, with the
// number of articles and sources that carry each (`chronicle query quotes
// --by-story`, `query events --by-story`; query.go calls it). kind is
// "quotes" or "events".
func queryByStory(ctx context.Context, s *store.Storage, kind string, f store.Filter, format string, w io.Writer) error {
	if kind == "events" {
		return printRows(ctx, s.StoryEvents, f, format, w)
	}
	return printRows(ctx, s.StoryQuotes, f, format, w)
}

// storeExists checks that an SQLite store file is there before a command
// that only reads it opens it (opening would create an empty one). A
// PostgreSQL DSN is always taken as given.
func storeExists(db string) error {
	if store.IsPostgres(db) {
		return nil
	}
	_, err := os.Stat(db)
	return err
}
