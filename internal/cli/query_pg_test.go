package cli

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"chronicle/internal/store/storetest"
)

// TestQueryOnPostgres ingests the examples (and a reprint and an exact
// copy of one, so that stories have several articles and sources) into a
// fresh PostgreSQL database and into SQLite, runs every `chronicle query`
// on both, and compares what they print. It needs CHRONICLE_TEST_PG and
// skips without it.
//
// Everything must print the same, byte for byte, except where the two
// full-text engines legitimately differ: articles and quotes found with
// --text are ranked by relevance, bm25 on SQLite and ts_rank on
// PostgreSQL, and their snippets come from FTS5's snippet() and
// PostgreSQL's ts_headline(); those outputs are compared as sets of rows,
// without the snippet.
func TestQueryOnPostgres(t *testing.T) {
	pg := storetest.NewPostgresDB(t) // skips without CHRONICLE_TEST_PG
	lite := storetest.Target(t, storetest.SQLite)

	extra := t.TempDir()
	text, err := os.ReadFile("../../examples/who-cholera-nairobi.txt")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(extra, "cholera-copy.txt"), string(text))
	writeFile(t, filepath.Join(extra, "cholera-reprint.txt"),
		strings.Replace(string(text), "NAIROBI, March 3 (Chronicle) —", "NAIROBI, March 3 (Coast Wire) —", 1))
	// Both at once (the machine has two cores); one worker each: stories
	// are numbered in the order articles are stored, which must be the
	// same on both.
	both(func(db string) []string {
		code, _, errs := run(t, "", "ingest", "--db", db, "--workers", "1", "../../examples", "testdata", extra)
		if code != 0 {
			t.Errorf("ingest into %s: exit %d: %s", db, code, errs)
		}
		return nil
	}, lite, pg)
	if t.Failed() {
		t.FailNow()
	}
	if c := counts(t, pg); c["articles"] < 9 {
		t.Fatalf("PostgreSQL store after ingest: %v", c)
	}
	if l, p := counts(t, lite), counts(t, pg); !equalCounts(l, p) {
		t.Errorf("counts differ:\n  sqlite   %v\n  postgres %v", l, p)
	}

	// A story with a reprint, from the articles listing.
	_, out, _ := run(t, "", "query", "quotes", "--db", lite, "--by-story", "--format", "csv")
	story := ""
	for _, rec := range readCSV(t, out)[1:] {
		if rec[8] == "2" { // articles
			story = rec[0]
		}
	}
	if story == "" {
		t.Fatalf("no quote carried by two articles of a story:\n%s", out)
	}
	if _, out, _ := run(t, "", "query", "articles", "--db", pg, "--story", story, "--format", "csv"); len(readCSV(t, out)) != 3 {
		t.Errorf("story %s on PostgreSQL: want the article and its reprint:\n%s", story, out)
	}

	type query struct {
		args   []string
		ranked bool // full-text relevance order and snippets: compared as sets
	}
	var queries []query
	for _, kind := range queryKinds {
		for _, format := range []string{"jsonl", "table", "csv"} {
			queries = append(queries, query{args: []string{kind, "--format", format}})
		}
		for _, format := range []string{"jsonl", "csv"} {
			queries = append(queries, query{args: []string{kind, "--format", format, "--text", "health OR minister"},
				ranked: kind == "articles" || kind == "quotes"})
		}
		for _, filter := range [][]string{
			{"--actor", "who"}, {"--actor", "ESP"}, {"--actor", "ministry"},
			{"--type", map[string]string{"articles": "ACCUSE", "quotes": "direct", "events": "consult", "actors": "organisation", "entities": "ORG"}[kind]},
			{"--since", "2025-07-01"}, {"--until", "2025-07-20"}, {"--article", "un-haiti-mandate-2025-07-15"},
			{"--limit", "3"}, {"--text", "cote"}, {"--text", "CÔTE OR ivoire"}, {"--text", "minist*"},
			{"--text", `"security council"`}, {"--text", "title:haiti"},
		} {
			text := slices.Contains(filter, "--text")
			queries = append(queries, query{args: append([]string{kind, "--format", "csv"}, filter...),
				ranked: text && (kind == "articles" || kind == "quotes")})
		}
	}
	for _, format := range []string{"jsonl", "table", "csv"} {
		queries = append(queries,
			query{args: []string{"articles", "--story", story, "--format", format}},
			query{args: []string{"articles", "--story", "999999", "--format", format}},
			query{args: []string{"quotes", "--by-story", "--format", format}},
			query{args: []string{"events", "--by-story", "--format", format}},
			query{args: []string{"quotes", "--by-story", "--format", format, "--text", "cholera OR water"}},
			query{args: []string{"events", "--by-story", "--format", format, "--actor", "ESP", "--since", "2025-01-01"}},
		)
	}
	for _, bad := range [][]string{{"articles", "--text", `"unclosed`}, {"quotes", "--text", "AND"}, {"events", "--text", "nosuchcolumn:x"}} {
		queries = append(queries, query{args: bad})
	}

	for _, q := range queries {
		name := strings.Join(q.args, " ")
		res := both(func(db string) []string {
			code, out, errs := run(t, "", append([]string{"query", "--db", db}, q.args...)...)
			return []string{strconv.Itoa(code), out, errs}
		}, lite, pg)
		lc, lout, lerr := res[0][0], res[0][1], res[0][2]
		pc, pout, perr := res[1][0], res[1][1], res[1][2]
		if lc != pc {
			t.Errorf("query %s: exit %s on sqlite (%s), %s on postgres (%s)", name, lc, lerr, pc, perr)
			continue
		}
		if lc != "0" {
			continue // both refused it
		}
		if !q.ranked {
			if lout != pout {
				t.Errorf("query %s differs:\n--- sqlite\n%s--- postgres\n%s", name, lout, pout)
			}
			continue
		}
		if l, p := unranked(t, q.args, lout), unranked(t, q.args, pout); !slices.Equal(l, p) {
			t.Errorf("query %s matches differ:\n--- sqlite\n%s\n--- postgres\n%s", name, strings.Join(l, "\n"), strings.Join(p, "\n"))
		}
	}
}

// both runs f on the SQLite and the PostgreSQL store at once and returns
// their results in that order.
func both(f func(db string) []string, lite, pg string) [2][]string {
	var res [2][]string
	var wg sync.WaitGroup
	for i, db := range []string{lite, pg} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = f(db)
		}()
	}
	wg.Wait()
	return res
}

// unranked turns the output of a full-text query into its sorted rows
// without snippets: JSON lines with the snippet field removed, CSV
// records without the snippet column, or the first column of a table
// (whose widths follow the snippets).
func unranked(t *testing.T, args []string, out string) []string {
	t.Helper()
	format := args[slices.Index(args, "--format")+1]
	var rows []string
	switch format {
	case "jsonl":
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if line == "" {
				continue
			}
			var m map[string]any
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatalf("%v: %s", err, line)
			}
			delete(m, "snippet")
			b, _ := json.Marshal(m)
			rows = append(rows, string(b))
		}
	case "csv":
		recs := readCSV(t, out)
		snip := slices.Index(recs[0], "snippet")
		for _, rec := range recs {
			if snip >= 0 {
				rec = slices.Delete(rec, snip, snip+1)
			}
			rows = append(rows, strings.Join(rec, "\x1f"))
		}
	default:
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			rows = append(rows, strings.Fields(line + " ")[0])
		}
	}
	slices.Sort(rows)
	return rows
}

func readCSV(t *testing.T, s string) [][]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil || len(recs) == 0 {
		t.Fatalf("not CSV with a header (%v):\n%s", err, s)
	}
	return recs
}
