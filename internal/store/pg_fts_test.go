package store

import (
	"strings"
	"testing"
)

func TestFTSToTSQuery(t *testing.T) {
	for _, c := range []struct {
		in, want string
		quotes   bool
	}{
		{in: "spain", want: "spain"},
		{in: "spain morocco", want: "spain & morocco"},
		{in: `"joint patrols"`, want: "(joint <-> patrols)"},
		{in: "migra*", want: "migra:*"},
		{in: "spain OR morocco", want: "spain | morocco"},
		{in: "spain NOT morocco", want: "spain & !morocco"},
		{in: "(spain OR morocco) patrols", want: "(spain | morocco) & patrols"},
		{in: "title:spain", want: "spain:A"},
		{in: "speaker_name:sánchez", want: "sánchez:B", quotes: true},
		{in: `"U.S."`, want: "(U <-> S)"},
		{in: "NEAR(spain morocco, 5)", want: "(spain & morocco & 5)"},
	} {
		got, err := ftsToTSQuery(c.in, c.quotes)
		if err != nil || got != c.want {
			t.Errorf("ftsToTSQuery(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{`"unclosed`, "AND", "spain OR", "(spain", "spain)", "nosuchcolumn:x"} {
		if got, err := ftsToTSQuery(bad, false); err == nil {
			t.Errorf("ftsToTSQuery(%q) = %q; want an error", bad, got)
		}
	}
}

func TestPgRewrite(t *testing.T) {
	st := pgRewrite(`SELECT snippet(article_fts, -1, '[', ']', '…', 16) FROM article_fts JOIN articles a ON a.seq = article_fts.rowid WHERE a.id = ? AND article_fts MATCH ? AND x = '?' ORDER BY article_fts.rank`)
	want := `SELECT ts_headline('simple', a.text, chronicle_tsquery($2), 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…') FROM articles a WHERE a.id = $1 AND a.fts @@ chronicle_tsquery($2) AND x = '?' ORDER BY -ts_rank(a.fts, chronicle_tsquery($2))`
	if st.sql != want || len(st.ftsArgs) != 1 || st.ftsArgs[0] != (ftsArg{arg: 1}) {
		t.Errorf("pgRewrite:\n got %s (args %v)\nwant %s", st.sql, st.ftsArgs, want)
	}
	// Two full-text parameters (a page of search results and its
	// snippets): both are translated, and ?@ is the first.
	st = pgRewrite(`SELECT (SELECT snippet(article_fts, -1, '[', ']', '…', 16) FROM article_fts WHERE article_fts MATCH ? AND article_fts.rowid = a.seq) FROM article_fts JOIN articles a ON a.seq = article_fts.rowid WHERE article_fts MATCH ? AND a.id = ?`)
	want = `SELECT (SELECT ts_headline('simple', a.text, chronicle_tsquery($1), 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…') WHERE a.fts @@ chronicle_tsquery($1)) FROM articles a WHERE a.fts @@ chronicle_tsquery($2) AND a.id = $3`
	if st.sql != want || len(st.ftsArgs) != 2 || st.ftsArgs[0].arg != 0 || st.ftsArgs[1].arg != 1 {
		t.Errorf("pgRewrite:\n got %s (args %v)\nwant %s", st.sql, st.ftsArgs, want)
	}
	if st := pgRewrite(`INSERT OR IGNORE INTO t (a) VALUES (?)`); st.sql != `INSERT INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING` {
		t.Errorf("INSERT OR IGNORE: %s", st.sql)
	}
}

// FuzzFTSToTSQuery checks that any query translates without panicking
// and that the output holds only lexemes and tsquery operators.
func FuzzFTSToTSQuery(f *testing.F) {
	for _, s := range []string{"spain", `"a b"* OR (c NOT d)`, "title:x", "NEAR(a b, 3)", "(((", `"`, "é*:"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, q string, quotes bool) {
		out, err := ftsToTSQuery(q, quotes)
		if err != nil {
			return
		}
		if strings.ContainsAny(out, `'"\;`) {
			t.Fatalf("ftsToTSQuery(%q) = %q: quote or separator in the output", q, out)
		}
		if strings.Count(out, "(") != strings.Count(out, ")") {
			t.Fatalf("ftsToTSQuery(%q) = %q: unbalanced", q, out)
		}
	})
}

func TestPgFoldASCII(t *testing.T) {
	for in, want := range map[string]string{
		`instr(lower(coalesce(q.speaker_name, '')), ?) > 0`: `instr(translate(coalesce(q.speaker_name, ''), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), ?) > 0`,
		`e.type = upper(?)`:            `e.type = translate(?, 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')`,
		`x = 'lower(y)' AND flower(z)`: `x = 'lower(y)' AND flower(z)`,
		`lower(lower(a))`:              `translate(translate(a, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`,
		`lower(x = ')')`:               `translate(x = ')', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`,
		`lower(unclosed`:               `lower(unclosed`,
	} {
		if got := pgFoldASCII(in); got != want {
			t.Errorf("pgFoldASCII(%q)\n got %s\nwant %s", in, got, want)
		}
	}
}
