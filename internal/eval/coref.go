package eval

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

// Coref scores the light coreference that chronicle builds for quotes and
// events — people, organisations and places gathered into actors, with
// the pronouns and descriptions that the quote stage resolves to a
// speaker and those the coref stage links — on GUM's coreference files
// (coref_gum.go). Each document's tokens, joined by spaces, go through p
// (the CLI's full pipeline, with the coref stage; nil runs QuotePipeline
// with the parser, whose stages the actors and quotes need, and no coref
// stage), and the predicted clusters are the actors: each actor's
// mentions plus the speaker mentions of the quotations attributed to it.
//
// Only GUM's person, organization and place entities are scored, the
// kinds chronicle makes actors of; GUM also links abstractions, objects,
// events and times, which chronicle does not. Matching:
//   - a predicted mention matches a gold mention with the same tokens, or
//     else the shortest gold mention that ends on the same token, or on
//     a possessive clitic right after it, and contains it (chronicle's
//     mentions are names and heads, "Albares" for GUM's "Foreign
//     Minister Albares", "Malaysia" for "Malaysia 's"); each gold
//     mention is matched once;
//   - a predicted mention that matches a gold mention of another type
//     ("the summit" of an event) is left out of the scoring, neither
//     right nor wrong; one that matches none counts against precision;
//   - the link metrics (MUC, B³, CEAFe and their mean, the CoNLL F1)
//     leave out singletons on both sides, as the CoNLL-2012 task did;
//     mention detection counts every mention.
//
// It also reports how many gold personal pronouns of a person (he, she,
// they, ...) chronicle links to another mention of the right person (the
// resolution quotes depend on), and of the pronouns it links to anyone,
// how many to the right person. The report ends with "task=coref
// conll_f1=… muc_f1=… b3_f1=… ceafe_f1=… mention_f1=… pronoun_recall=…".
// With predictions non-empty it writes the predicted mentions in GUM's
// format.
func Coref(ctx context.Context, p *pipeline.Pipeline, dir string, w io.Writer, predictions string) (map[string]float64, error) {
	if p == nil {
		var err error
		if p, err = QuotePipeline(true); err != nil {
			return nil, err
		}
	}
	docs, err := readCorefDir(dir)
	if err != nil {
		return nil, err
	}
	var sc corefScore
	genres := map[string]*corefScore{}
	var preds [][]corefMention
	for _, g := range docs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("eval: coref: %w", err)
		}
		text, starts := joinTokens(g.Tokens)
		d := &doc.Document{ID: g.Name, Text: text}
		if err := p.Process(ctx, d); err != nil {
			return nil, fmt.Errorf("eval: coref: %s: %w", g.Name, err)
		}
		pred := predictedCoref(d, starts)
		preds = append(preds, pred)
		sc.add(g, pred)
		gs := genres[gumDocGenre(g.Name)]
		if gs == nil {
			gs = &corefScore{}
			genres[gumDocGenre(g.Name)] = gs
		}
		gs.add(g, pred)
		gs.docs++
	}
	if predictions != "" {
		if err := writeCorefPredictions(predictions, docs, preds); err != nil {
			return nil, err
		}
	}
	return sc.report(w, len(docs), genres)
}

// gumDocGenre is the genre in a GUM document's name (GUM_news_iodine:
// news), or "other".
func gumDocGenre(name string) string {
	if p := strings.Split(name, "_"); len(p) >= 3 && p[0] == "GUM" {
		return p[1]
	}
	return "other"
}

// joinTokens rebuilds a text from tokens joined by spaces and gives each
// token's byte offset.
func joinTokens(toks []string) (string, []int) {
	var b strings.Builder
	starts := make([]int, len(toks))
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(t)
	}
	return b.String(), starts
}

// corefTypes are GUM's types that chronicle's actor kinds name.
var corefTypes = map[string]bool{"person": true, "organization": true, "place": true}

// gumType is the GUM type of an actor kind.
func gumType(kind string) string {
	switch kind {
	case "person", "group":
		return "person"
	case "organisation":
		return "organization"
	case "country", "place":
		return "place"
	}
	return "entity"
}

// predictedCoref gives d's actors as clusters of token spans: the actor's
// mentions and the speaker mentions of its quotations, each span once.
func predictedCoref(d *doc.Document, starts []int) []corefMention {
	seen := map[[2]int]bool{}
	var out []corefMention
	add := func(s doc.Span, actor int) {
		a, b, ok := tokenRange(starts, len(d.Text), s)
		if !ok || seen[[2]int{a, b}] {
			return
		}
		seen[[2]int{a, b}] = true
		out = append(out, corefMention{Start: a, End: b, Type: gumType(d.Actors[actor].Kind), Entity: actor})
	}
	for i, a := range d.Actors {
		for _, m := range a.Mentions {
			add(m, i)
		}
	}
	for _, q := range d.Quotes {
		if q.Speaker >= 0 && int(q.Speaker) < len(d.Actors) && q.SpeakerMention != nil {
			add(*q.SpeakerMention, int(q.Speaker))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// tokenRange maps a byte span of the joined text to the tokens it touches.
func tokenRange(starts []int, n int, s doc.Span) (int, int, bool) {
	lo, hi := int(s.Start), int(s.End)
	if lo >= hi || hi > n {
		return 0, 0, false
	}
	a := sort.Search(len(starts), func(i int) bool { return starts[i] > lo }) - 1
	b := sort.Search(len(starts), func(i int) bool { return starts[i] >= hi })
	if a < 0 || b <= a {
		return 0, 0, false
	}
	return a, b, true
}

// possessiveClitic are the tokens GUM puts at the end of a possessive
// mention ("Malaysia 's", "the girls '"), which chronicle's mentions,
// names and heads, leave out.
var possessiveClitic = map[string]bool{"'s": true, "’s": true, "'": true, "’": true}

// corefScore accumulates the figures over documents.
type corefScore struct {
	docs                    int
	muc, b3, ceafe          corefCounts
	mention                 PRF
	pronouns, pronounsRight int
	pronounsLinked          int // pronouns chronicle linked to some other mention
	// its: the gold "its" of people, organisations and places, the
	// predicted "its" linked to some other mention, and those of them
	// whose cluster holds another mention of their gold entity. A
	// linked "its" of a thing (GUM's objects, abstracts) is out of the
	// scored types and so costs the CoNLL figures nothing: its own
	// precision shows what such a link is worth.
	itsGold, itsLinked, itsRight int
	itsRightScored               int // itsRight of the scored types
}

// personalPronouns are the pronouns whose resolution is scored.
var personalPronouns = map[string]bool{"he": true, "him": true, "his": true, "she": true, "her": true,
	"hers": true, "they": true, "them": true, "their": true, "theirs": true}

// add scores one document.
func (sc *corefScore) add(g corefDoc, pred []corefMention) {
	// Match predicted mentions to gold ones.
	exact := map[[2]int]int{}
	for i, m := range g.Mentions {
		if _, ok := exact[[2]int{m.Start, m.End}]; !ok {
			exact[[2]int{m.Start, m.End}] = i
		}
	}
	used := make([]bool, len(g.Mentions))
	match := make([]int, len(pred)) // gold mention index, or -1
	for i, p := range pred {
		match[i] = -1
		if j, ok := exact[[2]int{p.Start, p.End}]; ok && !used[j] {
			match[i], used[j] = j, true
		}
	}
	for i, p := range pred {
		if match[i] >= 0 {
			continue
		}
		best := -1
		end := p.End // or one token on, over a possessive clitic
		if p.End < len(g.Tokens) && possessiveClitic[g.Tokens[p.End]] {
			end = p.End + 1
		}
		for j, m := range g.Mentions {
			if used[j] || m.End != p.End && m.End != end || m.Start > p.Start {
				continue
			}
			if best < 0 || m.End-m.Start < g.Mentions[best].End-g.Mentions[best].Start {
				best = j
			}
		}
		if best >= 0 {
			match[i], used[best] = best, true
		}
	}
	// Key clusters: gold entities of the scored types, by mention index.
	var key clusters
	for j, m := range g.Mentions {
		if corefTypes[m.Type] {
			key.add(m.Entity, j)
			sc.mention.Gold++
		}
	}
	// Response clusters: matched mentions by their gold index, unmatched
	// ones by keys no gold mention has; mentions of other gold types out.
	var resp clusters
	lone := -1
	for i, p := range pred {
		k := match[i]
		if k >= 0 && !corefTypes[g.Mentions[k].Type] {
			continue
		}
		sc.mention.Pred++
		if k < 0 {
			k, lone = lone, lone-1
		} else {
			sc.mention.Correct++
		}
		resp.add(p.Entity, k)
	}
	// Pronouns: right when chronicle's cluster holding the pronoun also
	// holds another mention of its gold person.
	respOf := clusterOf(resp.cs)
	for j, m := range g.Mentions {
		if m.Type != "person" || m.End != m.Start+1 || !personalPronouns[strings.ToLower(g.Tokens[m.Start])] {
			continue
		}
		sc.pronouns++
		r, ok := respOf[j]
		if !ok || len(resp.cs[r]) < 2 {
			continue
		}
		sc.pronounsLinked++
		for _, k := range resp.cs[r] {
			if k >= 0 && k != j && g.Mentions[k].Entity == m.Entity {
				sc.pronounsRight++
				break
			}
		}
	}
	sc.addIts(g, pred, match)
	k, r := withoutSingletons(key.cs), withoutSingletons(resp.cs)
	sc.muc.add(mucCounts(k, r))
	sc.b3.add(b3Counts(k, r))
	sc.ceafe.add(ceafeCounts(k, r))
}

// addIts counts the gold "its" of the scored types, the predicted "its"
// linked to another mention, and those linked right (see corefScore).
func (sc *corefScore) addIts(g corefDoc, pred []corefMention, match []int) {
	isIts := func(a, b int) bool { return b == a+1 && strings.EqualFold(g.Tokens[a], "its") }
	for _, m := range g.Mentions {
		if corefTypes[m.Type] && isIts(m.Start, m.End) {
			sc.itsGold++
		}
	}
	size := map[int]int{}
	for _, p := range pred {
		size[p.Entity]++
	}
	for i, p := range pred {
		if !isIts(p.Start, p.End) || size[p.Entity] < 2 {
			continue
		}
		sc.itsLinked++
		j := match[i]
		if j < 0 {
			continue
		}
		for i2, q := range pred {
			if i2 != i && q.Entity == p.Entity && match[i2] >= 0 && g.Mentions[match[i2]].Entity == g.Mentions[j].Entity {
				sc.itsRight++
				if corefTypes[g.Mentions[j].Type] {
					sc.itsRightScored++
				}
				break
			}
		}
	}
}

// clusters gathers mention keys by an entity or actor id, the clusters
// in the order their ids first come.
type clusters struct {
	at map[int]int // id -> index into cs
	cs [][]int
}

func (c *clusters) add(id, key int) {
	i, ok := c.at[id]
	if !ok {
		if c.at == nil {
			c.at = map[int]int{}
		}
		i = len(c.cs)
		c.at[id] = i
		c.cs = append(c.cs, nil)
	}
	c.cs[i] = append(c.cs[i], key)
}

func withoutSingletons(cs [][]int) [][]int {
	var out [][]int
	for _, c := range cs {
		if len(c) > 1 {
			out = append(out, c)
		}
	}
	return out
}

// report prints the figures (overall, then by genre) and the key=value
// line, which gives the news documents' figures apart too.
func (sc *corefScore) report(w io.Writer, docs int, genres map[string]*corefScore) (map[string]float64, error) {
	fmt.Fprintf(w, "coref: %d documents, %d gold mentions of people, organisations and places, %d predicted (%d matched)\n",
		docs, sc.mention.Gold, sc.mention.Pred, sc.mention.Correct)
	fmt.Fprintf(w, "%-10s %9s %9s %9s\n", "", "precision", "recall", "f1")
	fmt.Fprintf(w, "%-10s %9.4f %9.4f %9.4f\n", "mentions", sc.mention.Precision(), sc.mention.Recall(), sc.mention.F1())
	for _, r := range []struct {
		name string
		c    corefCounts
	}{{"MUC", sc.muc}, {"B3", sc.b3}, {"CEAFe", sc.ceafe}} {
		fmt.Fprintf(w, "%-10s %9.4f %9.4f %9.4f\n", r.name, r.c.precision(), r.c.recall(), r.c.f1())
	}
	fmt.Fprintf(w, "CoNLL F1 (mean of MUC, B3, CEAFe): %.4f\n", sc.conll())
	fmt.Fprintf(w, "personal pronouns of people linked to their person: %d of %d (%d linked to someone)\n", sc.pronounsRight, sc.pronouns, sc.pronounsLinked)
	fmt.Fprintf(w, "its linked to its referent: %d of %d linked; of the %d gold its of people, organisations and places, %d\n", sc.itsRight, sc.itsLinked, sc.itsGold, sc.itsRightScored)
	if len(genres) > 0 {
		names := make([]string, 0, len(genres))
		for g := range genres {
			names = append(names, g)
		}
		sort.Strings(names)
		fmt.Fprintf(w, "\n%-14s %5s %6s %10s %9s %9s\n", "genre", "docs", "gold", "mention_f1", "conll_f1", "pronouns")
		for _, g := range names {
			c := genres[g]
			fmt.Fprintf(w, "%-14s %5d %6d %10.4f %9.4f %4d/%-4d\n", g, c.docs, c.mention.Gold, c.mention.F1(), c.conll(), c.pronounsRight, c.pronouns)
		}
	}
	m := map[string]float64{
		"conll_f1": sc.conll(), "muc_f1": sc.muc.f1(), "b3_f1": sc.b3.f1(), "ceafe_f1": sc.ceafe.f1(),
		"mention_f1": sc.mention.F1(), "mention_precision": sc.mention.Precision(), "mention_recall": sc.mention.Recall(),
		"pronoun_recall": ratio(sc.pronounsRight, sc.pronouns), "pronoun_precision": ratio(sc.pronounsRight, sc.pronounsLinked),
		"n": float64(sc.mention.Gold), "n_docs": float64(docs),
		"its_precision": ratio(sc.itsRight, sc.itsLinked), "its_recall": ratio(sc.itsRightScored, sc.itsGold),
	}
	if news := genres["news"]; news != nil {
		m["news_conll_f1"], m["news_pronoun_recall"] = news.conll(), ratio(news.pronounsRight, news.pronouns)
	}
	return m, writeKV(w, "coref", m)
}

// conll is the mean of the three link metrics' F1.
func (sc *corefScore) conll() float64 { return (sc.muc.f1() + sc.b3.f1() + sc.ceafe.f1()) / 3 }
