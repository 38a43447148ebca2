package store

import (
	"strconv"
	"strings"
)

// The row types below are what the queries return. Each has snake_case
// JSON tags, for JSON Lines output, and Columns/Cells for table and CSV
// output: Columns names the cells in order, Cells renders one row as
// strings (lists joined with "; ", booleans as true/false). Table does
// both for a whole result. Offsets are Unicode code points into the
// article's text, as everywhere in the store.

// Row is implemented by every row type.
type Row interface {
	Columns() []string
	Cells() []string
}

// Table returns the header and the cells of rows, ready for a table or
// CSV writer. For an empty rows it still returns the header.
func Table[R Row](rows []R) (header []string, cells [][]string) {
	var zero R
	header = zero.Columns()
	cells = make([][]string, len(rows))
	for i, r := range rows {
		cells[i] = r.Cells()
	}
	return header, cells
}

// ArticleRow is one article in a listing.
type ArticleRow struct {
	ID        string `json:"id"`
	Published string `json:"published"` // YYYY-MM-DD or RFC 3339; "" when unknown
	Source    string `json:"source"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Quotes    int64  `json:"quotes"`   // number of quotes
	Events    int64  `json:"events"`   // number of events
	Entities  int64  `json:"entities"` // number of entity mentions
	// Snippet is the best-matching passage, matches in [brackets], when
	// the query had Filter.Text.
	Snippet string `json:"snippet,omitempty"`
}

func (ArticleRow) Columns() []string {
	return []string{"id", "published", "source", "title", "url", "quotes", "events", "entities", "snippet"}
}

func (r ArticleRow) Cells() []string {
	return []string{r.ID, r.Published, r.Source, r.Title, r.URL, itoa(r.Quotes), itoa(r.Events), itoa(r.Entities), r.Snippet}
}

// QuoteRow is one quotation.
type QuoteRow struct {
	ArticleID string `json:"article_id"`
	Published string `json:"published"`
	Speaker   string `json:"speaker"` // speaker name, or the speaker actor's name; "" when unresolved
	Kind      string `json:"kind"`    // direct, partial, indirect
	Text      string `json:"text"`
	Cue       string `json:"cue"`
	Medium    string `json:"medium"`
	Date      string `json:"date"`  // when it was said (TIMEX3); "" when unknown
	Start     int64  `json:"start"` // code points into the article text
	End       int64  `json:"end"`
}

func (QuoteRow) Columns() []string {
	return []string{"article_id", "published", "speaker", "kind", "text", "cue", "medium", "date", "start", "end"}
}

func (r QuoteRow) Cells() []string {
	return []string{r.ArticleID, r.Published, r.Speaker, r.Kind, r.Text, r.Cue, r.Medium, r.Date, itoa(r.Start), itoa(r.End)}
}

// EventRow is one coded event.
type EventRow struct {
	ArticleID    string   `json:"article_id"`
	Published    string   `json:"published"`
	Type         string   `json:"type"`
	Mode         string   `json:"mode"`
	Cameo        string   `json:"cameo"`
	SourceNames  []string `json:"source_names"`
	TargetNames  []string `json:"target_names"`
	Date         string   `json:"date"` // TIMEX3 value
	Location     string   `json:"location"`
	Negated      bool     `json:"negated"`
	Hypothetical bool     `json:"hypothetical"`
	Trigger      string   `json:"trigger"`  // trigger text
	Sentence     int64    `json:"sentence"` // index into the article's sentences; -1 if none
}

func (EventRow) Columns() []string {
	return []string{"article_id", "published", "type", "mode", "cameo", "source_names", "target_names",
		"date", "location", "negated", "hypothetical", "trigger", "sentence"}
}

func (r EventRow) Cells() []string {
	return []string{r.ArticleID, r.Published, r.Type, r.Mode, r.Cameo, strings.Join(r.SourceNames, "; "),
		strings.Join(r.TargetNames, "; "), r.Date, r.Location, strconv.FormatBool(r.Negated),
		strconv.FormatBool(r.Hypothetical), r.Trigger, itoa(r.Sentence)}
}

// ActorRow is one actor aggregated across articles by name, country,
// sector and role.
type ActorRow struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Country  string `json:"country"`
	Sector   string `json:"sector"`
	Role     string `json:"role"`
	Code     string `json:"code"`
	Articles int64  `json:"articles"` // articles that mention the actor
	Mentions int64  `json:"mentions"` // mentions, summed over those articles
	Quotes   int64  `json:"quotes"`   // quotes with the actor as speaker
	Events   int64  `json:"events"`   // events with the actor as source or target
}

func (ActorRow) Columns() []string {
	return []string{"name", "kind", "country", "sector", "role", "code", "articles", "mentions", "quotes", "events"}
}

func (r ActorRow) Cells() []string {
	return []string{r.Name, r.Kind, r.Country, r.Sector, r.Role, r.Code, itoa(r.Articles), itoa(r.Mentions), itoa(r.Quotes), itoa(r.Events)}
}

// EntityRow is one entity text and label aggregated across articles.
type EntityRow struct {
	Text     string `json:"text"`
	Label    string `json:"label"`
	Count    int64  `json:"count"`    // mentions
	Articles int64  `json:"articles"` // articles with at least one mention
}

func (EntityRow) Columns() []string { return []string{"text", "label", "count", "articles"} }

func (r EntityRow) Cells() []string {
	return []string{r.Text, r.Label, itoa(r.Count), itoa(r.Articles)}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
