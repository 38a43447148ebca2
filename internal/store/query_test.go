package store

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// queryStore is a store holding the three test articles.
func queryStore(t *testing.T) *Storage {
	t.Helper()
	s, _ := openTemp(t)
	for _, d := range testDocs(t) {
		mustSave(t, s, d)
	}
	return s
}

func articleIDs(rows []ArticleRow) []string {
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	return ids
}

func TestArticles(t *testing.T) {
	s := queryStore(t)
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"all, newest first, undated last", Filter{}, []string{"ukraine", "spain", "nato"}},
		{"limit", Filter{Limit: 1}, []string{"ukraine"}},
		{"no limit", Filter{Limit: -1}, []string{"ukraine", "spain", "nato"}},
		{"since", Filter{Since: "2025-08-20"}, []string{"ukraine"}},
		{"until", Filter{Until: "2025-08-19"}, []string{"spain"}},
		{"since and until", Filter{Since: "2025-08-19", Until: "2025-08-20"}, []string{"ukraine", "spain"}},
		{"article", Filter{Article: "nato"}, []string{"nato"}},
		{"actor name, any case", Filter{Actor: "zelensk"}, []string{"ukraine"}},
		{"actor name, non-ASCII case", Filter{Actor: "JOSÉ"}, []string{"spain"}},
		{"actor country", Filter{Actor: "esp"}, []string{"spain", "nato"}},
		{"actor code", Filter{Actor: "RUSMIL"}, []string{"ukraine"}},
		{"event type", Filter{Type: "cooperate"}, []string{"nato"}},
		{"text", Filter{Text: "tariffs"}, []string{"spain"}},
		{"text without diacritics", Filter{Text: "sanchez"}, []string{"spain"}},
		{"text in title column", Filter{Text: "title:ukraine"}, []string{"ukraine"}},
		{"text and date", Filter{Text: "spain", Since: "2025-01-01"}, []string{"spain"}},
		{"nothing", Filter{Text: "zzzz"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := s.Articles(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := articleIDs(rows); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Articles(%+v) = %v; want %v", tt.f, got, tt.want)
			}
			ids, err := s.ArticleIDs(context.Background(), tt.f)
			if err != nil || !reflect.DeepEqual(ids, tt.want) {
				t.Errorf("ArticleIDs(%+v) = %v, %v; want %v", tt.f, ids, err, tt.want)
			}
		})
	}
}

func TestArticleRowContents(t *testing.T) {
	s := queryStore(t)
	rows, err := s.Articles(context.Background(), Filter{Text: "tariffs"})
	if err != nil || len(rows) != 1 {
		t.Fatalf("Articles(tariffs) = %v, %v", rows, err)
	}
	r := rows[0]
	want := ArticleRow{ID: "spain", Published: "2025-08-19", Source: "Example News", Title: "Title of spain",
		URL: "https://example.com/spain", Quotes: 3, Events: 2, Entities: 5, Snippet: r.Snippet}
	if diff := cmp.Diff(want, r); diff != "" {
		t.Errorf("row (-want +got):\n%s", diff)
	}
	if !strings.Contains(r.Snippet, "[tariffs]") {
		t.Errorf("snippet %q does not mark the match", r.Snippet)
	}
	rows, err = s.Articles(context.Background(), Filter{Article: "ukraine"})
	if err != nil || len(rows) != 1 || rows[0].Published != "2025-08-20T10:30:00+02:00" || rows[0].Snippet != "" {
		t.Errorf("Articles(ukraine) = %+v, %v", rows, err)
	}
}

func TestArticlesRankByRelevance(t *testing.T) {
	s := queryStore(t)
	// "spain" occurs four times in spain, twice in nato: bm25 puts spain first.
	rows, err := s.Articles(context.Background(), Filter{Text: "spain"})
	if err != nil {
		t.Fatal(err)
	}
	if got := articleIDs(rows); !reflect.DeepEqual(got, []string{"spain", "nato"}) {
		t.Errorf("Articles(spain) = %v; want [spain nato]", got)
	}
}

func quoteTexts(rows []QuoteRow) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r.Text)
	}
	return out
}

func TestQuotes(t *testing.T) {
	s := queryStore(t)
	const (
		ally     = "Spain is a very committed ally,"
		intim    = "Spain would not be intimidated"
		met      = "met reporters"
		defend   = "We will defend every city,"
		attacked = "Russian forces attacked Kyiv overnight"
		member   = "Spain remained a committed member"
	)
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"all", Filter{}, []string{defend, attacked, ally, intim, met, member}},
		{"limit", Filter{Limit: 2}, []string{defend, attacked}},
		{"since", Filter{Since: "2025-08-20"}, []string{defend, attacked}},
		{"until", Filter{Until: "2025-08-19"}, []string{ally, intim, met}},
		{"article", Filter{Article: "nato"}, []string{member}},
		{"kind", Filter{Type: "DIRECT"}, []string{defend, ally}},
		{"speaker name", Filter{Actor: "sánchez"}, []string{ally, intim}},
		{"speaker name without actor", Filter{Actor: "ukrainian off"}, []string{attacked}},
		{"speaker country, or name containing it", Filter{Actor: "UKR"}, []string{defend, attacked}},
		{"speaker code", Filter{Actor: "igo"}, []string{member}},
		{"speaker country only", Filter{Actor: "RUS"}, nil},
		{"text", Filter{Text: "committed"}, []string{ally, member}},
		{"text phrase", Filter{Text: `"committed ally"`}, []string{ally}},
		{"speaker column", Filter{Text: "speaker_name:zelenskiy"}, []string{defend}},
		{"text and kind", Filter{Text: "committed", Type: "indirect"}, []string{member}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := s.Quotes(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			got := quoteTexts(rows)
			if tt.f.Text != "" && len(got) > 1 { // rank order is bm25's business
				got, tt.want = sorted(got), sorted(tt.want)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Quotes(%+v) = %q; want %q", tt.f, got, tt.want)
			}
		})
	}
}

func TestQuoteRowContents(t *testing.T) {
	s := queryStore(t)
	rows, err := s.Quotes(context.Background(), Filter{Article: "spain", Type: "direct"})
	if err != nil || len(rows) != 1 {
		t.Fatalf("Quotes = %v, %v", rows, err)
	}
	// “ is one code point: the quote starts at 71 (the first sentence is
	// 70 code points and a space) although it starts at byte 83.
	want := QuoteRow{ArticleID: "spain", Published: "2025-08-19", Speaker: "José Sánchez", Kind: "direct",
		Text: "Spain is a very committed ally,", Cue: "said", Medium: "Bloomberg TV", Date: "2025-08-19", Start: 72, End: 103}
	if diff := cmp.Diff(want, rows[0]); diff != "" {
		t.Errorf("row (-want +got):\n%s", diff)
	}
}

func TestEvents(t *testing.T) {
	s := queryStore(t)
	tests := []struct {
		name string
		f    Filter
		want []string // types
	}{
		{"all", Filter{}, []string{"ASSAULT", "THREATEN", "CONSULT", "COOPERATE"}},
		{"limit", Filter{Limit: 1}, []string{"ASSAULT"}},
		{"since", Filter{Since: "2025-08-20"}, []string{"ASSAULT"}},
		{"until", Filter{Until: "2025-08-19"}, []string{"THREATEN", "CONSULT"}},
		{"article", Filter{Article: "nato"}, []string{"COOPERATE"}},
		{"type", Filter{Type: "threaten"}, []string{"THREATEN"}},
		{"actor as source", Filter{Actor: "trump"}, []string{"THREATEN"}},
		{"actor as target", Filter{Actor: "ESP"}, []string{"THREATEN", "CONSULT", "COOPERATE"}},
		{"participant name without actor", Filter{Actor: "reporters"}, []string{"CONSULT"}},
		{"text of the article", Filter{Text: "kyiv"}, []string{"ASSAULT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := s.Events(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, r.Type)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Events(%+v) = %v; want %v", tt.f, got, tt.want)
			}
		})
	}
}

func TestEventRowContents(t *testing.T) {
	s := queryStore(t)
	rows, err := s.Events(context.Background(), Filter{Article: "spain"})
	if err != nil || len(rows) != 2 {
		t.Fatalf("Events = %v, %v", rows, err)
	}
	want := []EventRow{
		{ArticleID: "spain", Published: "2025-08-19", Type: "THREATEN", Mode: "tariff", Cameo: "13",
			SourceNames: []string{"Donald Trump"}, TargetNames: []string{"Spain"}, Date: "2025-08-19",
			Location: "Washington", Hypothetical: true, Trigger: "threatened", Sentence: 2},
		{ArticleID: "spain", Published: "2025-08-19", Type: "CONSULT", SourceNames: []string{"José Sánchez"},
			TargetNames: []string{"reporters"}, Negated: true, Trigger: "met", Sentence: 0},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

func TestActors(t *testing.T) {
	s := queryStore(t)
	all, err := s.Actors(context.Background(), Filter{})
	if err != nil {
		t.Fatal(err)
	}
	// Spain (country) is in two articles: aggregated into one row, first.
	if len(all) != 7 {
		t.Fatalf("Actors() has %d rows; want 7: %+v", len(all), all)
	}
	want := ActorRow{Name: "Spain", Kind: "country", Country: "ESP", Code: "ESP", Articles: 2, Mentions: 2, Events: 2}
	if diff := cmp.Diff(want, all[0]); diff != "" {
		t.Errorf("first actor (-want +got):\n%s", diff)
	}
	tests := []struct {
		name string
		f    Filter
		want []string // names
	}{
		{"limit", Filter{Limit: 1}, []string{"Spain"}},
		{"since", Filter{Since: "2025-08-20"}, []string{"Russia", "Ukraine", "Volodymyr Zelenskiy"}},
		{"until", Filter{Until: "2025-08-19"}, []string{"Donald Trump", "José Sánchez", "Spain"}},
		{"article", Filter{Article: "nato"}, []string{"NATO", "Spain"}},
		{"kind", Filter{Type: "Person"}, []string{"José Sánchez", "Donald Trump", "Volodymyr Zelenskiy"}},
		{"name", Filter{Actor: "don"}, []string{"Donald Trump"}},
		{"country", Filter{Actor: "ukr"}, []string{"Ukraine", "Volodymyr Zelenskiy"}},
		{"text of the article", Filter{Text: "alliance"}, []string{"NATO", "Spain"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := s.Actors(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, r.Name)
			}
			if len(tt.want) > 1 && tt.f.Limit == 0 {
				got, tt.want = sorted(got), sorted(tt.want)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Actors(%+v) = %v; want %v", tt.f, got, tt.want)
			}
		})
	}
	jose, err := s.Actors(context.Background(), Filter{Actor: "josé"})
	if err != nil || len(jose) != 1 {
		t.Fatalf("Actors(josé) = %v, %v", jose, err)
	}
	want = ActorRow{Name: "José Sánchez", Kind: "person", Country: "ESP", Sector: "GOV", Role: "foreign minister",
		Code: "ESPGOV", Articles: 1, Mentions: 2, Quotes: 2, Events: 1}
	if diff := cmp.Diff(want, jose[0]); diff != "" {
		t.Errorf("José (-want +got):\n%s", diff)
	}
}

func TestEntities(t *testing.T) {
	s := queryStore(t)
	tests := []struct {
		name string
		f    Filter
		want []EntityRow
	}{
		{"most frequent first", Filter{Limit: 1}, []EntityRow{{"Spain", "LOC", 2, 2}}},
		{"label", Filter{Type: "per"}, []EntityRow{{"Donald Trump", "PER", 1, 1}, {"José Sánchez", "PER", 1, 1}, {"Volodymyr Zelenskiy", "PER", 1, 1}}},
		{"since", Filter{Since: "2025-08-20", Type: "LOC"}, []EntityRow{{"Kyiv", "LOC", 1, 1}}},
		{"until", Filter{Until: "2025-08-19", Type: "LOC"}, []EntityRow{{"Spain", "LOC", 1, 1}, {"Washington", "LOC", 1, 1}}},
		{"article", Filter{Article: "nato"}, []EntityRow{{"NATO", "ORG", 1, 1}, {"Spain", "LOC", 1, 1}}},
		{"entity text", Filter{Actor: "bloomberg"}, []EntityRow{{"Bloomberg TV", "ORG", 1, 1}}},
		{"linked actor country", Filter{Actor: "RUS"}, []EntityRow{{"Russian", "MISC", 1, 1}}},
		{"text of the article", Filter{Text: "overnight", Type: "PER"}, []EntityRow{{"Volodymyr Zelenskiy", "PER", 1, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := s.Entities(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, rows); diff != "" {
				t.Errorf("Entities(%+v) (-want +got):\n%s", tt.f, diff)
			}
		})
	}
}

func TestBadFilters(t *testing.T) {
	s := queryStore(t)
	ctx := context.Background()
	for _, q := range []string{`"unclosed`, "AND", "spain OR", "nosuchcolumn:x", "(spain"} {
		_, err := s.Articles(ctx, Filter{Text: q})
		if err == nil || !strings.Contains(err.Error(), "store: full-text query") {
			t.Errorf("Articles(Text: %q) error = %v; want a full-text query error", q, err)
		}
		_, err = s.Quotes(ctx, Filter{Text: q})
		if err == nil || !strings.Contains(err.Error(), "store: full-text query") {
			t.Errorf("Quotes(Text: %q) error = %v; want a full-text query error", q, err)
		}
	}
	if _, err := s.Events(ctx, Filter{Since: "19 Aug 2025"}); err == nil {
		t.Error("Events with a bad Since succeeded")
	}
}

func TestTable(t *testing.T) {
	header, cells := Table([]EventRow{{ArticleID: "a", Type: "THREATEN", SourceNames: []string{"X", "Y"}, Negated: true, Sentence: 3}})
	if len(header) != len(cells[0]) {
		t.Fatalf("header has %d columns, row %d", len(header), len(cells[0]))
	}
	if got := strings.Join(cells[0], "|"); got != "a||THREATEN|||X; Y||||true|false||3" {
		t.Errorf("cells = %q", got)
	}
	for _, h := range [][]string{ArticleRow{}.Columns(), QuoteRow{}.Columns(), ActorRow{}.Columns(), EntityRow{}.Columns()} {
		if len(h) == 0 {
			t.Error("empty header")
		}
	}
	if h, c := Table([]QuoteRow(nil)); len(h) != 10 || len(c) != 0 {
		t.Errorf("Table(nil) = %v, %v", h, c)
	}
	// Every row type has as many cells as columns.
	for _, r := range []Row{ArticleRow{}, QuoteRow{}, EventRow{}, ActorRow{}, EntityRow{}} {
		if len(r.Columns()) != len(r.Cells()) {
			t.Errorf("%T: %d columns, %d cells", r, len(r.Columns()), len(r.Cells()))
		}
	}
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}
