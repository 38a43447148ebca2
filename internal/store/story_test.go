package store

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"chronicle/internal/dedup"
	"chronicle/internal/doc"
)

// The wire story and its reprints are written for these tests.
var wireSents = []string{
	"The foreign ministers of Kenya and Tanzania agreed on Tuesday to reopen the border crossing at Namanga, closed since a dispute over permits in March.",
	"“Trade cannot wait for paperwork,” Kenya’s minister told reporters in Arusha after four hours of talks.",
	"Officials said customs posts on both sides would resume work on Monday, with a joint committee to settle the permits within sixty days.",
	"Traders on the Tanzanian side welcomed the news, saying hundreds of lorries had queued for weeks.",
	"Both ministers said they would meet again in Nairobi in June to review progress on a wider trade agreement.",
}

// reprint builds an article of the wire story as one outlet printed it,
// with the quote and an AGREE event, and its signature.
func reprint(t *testing.T, id string, edit func(string) string) (*doc.Document, *dedup.Signature) {
	t.Helper()
	sents := make([]string, len(wireSents))
	for i, s := range wireSents {
		sents[i] = edit(s)
	}
	b := newDoc(t, id, "2025-03-11", sents...)
	ke := b.actor("Kenya", "country", "KEN", "", "", "Kenya")
	tz := b.actor("Tanzania", "country", "TZA", "", "", "Tanzania")
	b.quote("Trade cannot wait for paperwork", "direct", ke, "Kenya’s minister", "", "told", "")
	b.event("AGREE", "agreed", 0, []int32{ke}, []int32{tz})
	d := b.done()
	sig, _ := dedup.Sign(d.Text)
	return d, &sig
}

func saveArticle(t *testing.T, s *Storage, d *doc.Document, sig *dedup.Signature, loc string) SaveResult {
	t.Helper()
	r, err := s.SaveArticle(context.Background(), d, ArticleSave{Location: loc, Signature: sig})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestStoriesLinkReprints(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	same := func(x string) string { return x }
	a, sa := reprint(t, "wire", same)
	b, sb := reprint(t, "edited", strings.NewReplacer("lorries", "trucks", "sixty", "60", "welcomed", "praised").Replace)
	c, sc := reprint(t, "trimmed", func(x string) string {
		if strings.HasPrefix(x, "Both") {
			return "Our correspondent in Dodoma contributed."
		}
		return x
	})
	other := newDoc(t, "floods", "2025-03-11",
		"Heavy rain flooded parts of Mombasa overnight, cutting power to several districts.",
		"The county government said two people had died and hundreds were moved to schools.").done()
	so, _ := dedup.Sign(other.Text)

	first := saveArticle(t, s, a, sa, "https://one.example/wire")
	if !first.Stored || first.Matched != "" || first.Story == 0 {
		t.Fatalf("first article: %+v; want stored, a new story", first)
	}
	for _, x := range []struct {
		d   *doc.Document
		sig *dedup.Signature
		loc string
	}{{b, sb, "https://two.example/edited"}, {c, sc, "https://three.example/trimmed"}} {
		r := saveArticle(t, s, x.d, x.sig, x.loc)
		if !r.Stored || r.Story != first.Story || r.Matched != "wire" || r.Similarity < dedup.Threshold {
			t.Errorf("%s: %+v; want stored in story %d, matched to wire", x.d.ID, r, first.Story)
		}
	}
	if r := saveArticle(t, s, other, &so, "https://one.example/floods"); r.Story == first.Story {
		t.Errorf("a different story joined the wire story: %+v", r)
	}
	// An exact copy elsewhere is not stored again, but counts as a source.
	cp, _ := reprint(t, "wire", same)
	if r := saveArticle(t, s, cp, sa, "https://four.example/copy"); r.Stored || r.Story != first.Story {
		t.Errorf("exact copy: %+v; want not stored, story %d", r, first.Story)
	}
	// Saving the same place again (a rerun) adds nothing.
	saveArticle(t, s, cp, sa, "https://four.example/copy")

	rows, err := s.StoryArticles(ctx, first.Story)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "wire,edited,trimmed" {
		t.Errorf("story articles = %v; want wire, edited, trimmed", ids)
	}
	if len(rows) > 0 && strings.Join(rows[0].Locations, " ") != "https://one.example/wire https://four.example/copy" {
		t.Errorf("locations of wire = %v", rows[0].Locations)
	}
	if n, _ := s.StoryArticles(ctx, 99999); len(n) != 0 {
		t.Errorf("unknown story lists %d articles", len(n))
	}

	quotes, err := s.StoryQuotes(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(quotes) != 1 || quotes[0].Articles != 3 || quotes[0].Sources != 4 || quotes[0].ArticleID != "wire" {
		t.Errorf("story quotes = %+v; want one quote in 3 articles, 4 sources, first in wire", quotes)
	}
	events, err := s.StoryEvents(ctx, Filter{Type: "agree"})
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 || events[0].Articles != 3 || events[0].Sources != 4 || events[0].ArticleID != "wire" ||
		strings.Join(events[0].SourceNames, ",") != "Kenya" || strings.Join(events[0].TargetNames, ",") != "Tanzania" {
		t.Errorf("story events = %+v; want one AGREE Kenya→Tanzania in 3 articles, 4 sources, first in wire", events)
	}
	// The per-article queries still see every reprint.
	if q, _ := s.Quotes(ctx, Filter{}); len(q) != 3 {
		t.Errorf("Quotes = %d rows; want 3", len(q))
	}
	for loc, want := range map[string]bool{"https://four.example/copy": true, "https://two.example/edited": true, "https://nowhere.example/": false} {
		if got, err := s.HasLocation(ctx, loc); err != nil || got != want {
			t.Errorf("HasLocation(%s) = %v, %v; want %v", loc, got, err, want)
		}
	}
	if got, err := s.StoryOf(ctx, "trimmed"); err != nil || got != first.Story {
		t.Errorf("StoryOf(trimmed) = %d, %v; want %d", got, err, first.Story)
	}
	for _, r := range quotes {
		if len(r.Cells()) != len(r.Columns()) {
			t.Error("StoryQuoteRow cells and columns differ")
		}
	}
	checkIntegrity(t, s)
}

func TestStoryQueriesSeeArticlesWithoutStory(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	mustSave(t, s, spainDoc(t)) // SaveDocument places no story
	q, err := s.StoryQuotes(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := s.Quotes(ctx, Filter{})
	if len(q) != len(plain) || len(q) == 0 || q[0].Sources != 1 || q[0].Story >= 0 {
		t.Errorf("story quotes of an article without story = %+v; want one per quote, own (negative) story, 1 source", q)
	}
}

// TestStoryMigrationBackfills gives articles stored before the story
// tables existed a story and a source each.
func TestStoryMigrationBackfills(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if err := migrations[0](ctx, tx); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles (id, text, origin, ingested_at) VALUES ('old', 'Old text.', 'old.txt', '2025-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	if err := migrations[1](ctx, tx); err != nil {
		t.Fatal(err)
	}
	var story int64
	var loc string
	if err := tx.QueryRowContext(ctx, `SELECT sa.story_id, s.location FROM story_articles sa JOIN article_sources s USING (article_id) WHERE article_id = 'old'`).Scan(&story, &loc); err != nil || loc != "old.txt" {
		t.Errorf("backfill: story %d, location %q, %v", story, loc, err)
	}
}

// BenchmarkSaveArticle measures a save with the LSH look-up into a store
// that already holds many stories.
func BenchmarkSaveArticle(b *testing.B) {
	s, _ := openTemp(b)
	ctx := context.Background()
	base := strings.Join(wireSents, " ")
	i := 0
	for b.Loop() {
		i++
		// Every tenth article reprints the wire story; the rest are
		// different texts, as in a day of news.
		text := base + " Filler sentence number " + itoa(int64(i)) + " here."
		if i%10 != 0 {
			text = strings.NewReplacer("Kenya", "Kenya "+itoa(int64(i)), "the", "the "+itoa(int64(i))).Replace(base)
		}
		d := &doc.Document{ID: doc.HashID(text), Text: text, Origin: "bench"}
		sig, _ := dedup.Sign(text)
		if _, err := s.SaveArticle(ctx, d, ArticleSave{Signature: &sig}); err != nil {
			b.Fatal(err)
		}
	}
}
