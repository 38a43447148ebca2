package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/engine"
	"chronicle/internal/polnear"
	"chronicle/internal/testutil"
	"chronicle/internal/text"
)

// TestQuotesAnnotatorAgreement scores PolNeAR's annotators against each
// other with the quotes scorer (SPEC.md §4): for every pair of annotators
// who annotated the same documents, one pair's files are taken as gold and
// the other's as predictions, pooled over their shared documents. It tells
// how high a figure the data can support: a system is not expected to agree
// with one annotator more than a second annotator does. Set
// QUOTES_AGREEMENT=train|dev; skipped by default.
func TestQuotesAnnotatorAgreement(t *testing.T) {
	split := os.Getenv("QUOTES_AGREEMENT")
	if split == "" {
		t.Skip("set QUOTES_AGREEMENT=train|dev to score PolNeAR's annotators against each other")
	}
	dir := testutil.SharedData(t, "quotes", "polnear", split)
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		t.Fatal(err)
	}
	byDoc := map[string]map[string]string{} // document -> annotator -> file
	for _, a := range anns {
		base := strings.TrimSuffix(filepath.Base(a), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i <= 0 {
			continue
		}
		name, who := base[:i], base[i+1:]
		if byDoc[name] == nil {
			byDoc[name] = map[string]string{}
		}
		byDoc[name][who] = a
	}
	p, err := engine.New(engine.Config{}) // the pipeline `chronicle eval quotes` runs
	if err != nil {
		t.Fatal(err)
	}
	tokens := text.NewStage()
	pairs := map[[2]string]*quoteScore{}
	docsOf := map[[2]string]int{}
	names := make([]string, 0, len(byDoc))
	for name, who := range byDoc {
		if len(who) > 1 {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	var system quoteScore
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		d := &doc.Document{ID: name, Text: string(b)}
		if err := tokens.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		who := make([]string, 0, len(byDoc[name]))
		for w := range byDoc[name] {
			who = append(who, w)
		}
		sort.Strings(who)
		attrs := map[string][]quoteGold{}
		for _, w := range who {
			a, err := polnear.ReadAnn(byDoc[name][w], d.Text)
			if err != nil {
				t.Fatal(err)
			}
			attrs[w] = goldOf(a)
		}
		for i, a := range who {
			for _, b := range who[i+1:] {
				k := [2]string{a, b}
				if pairs[k] == nil {
					pairs[k] = &quoteScore{}
				}
				pairs[k].add(d, attrs[a], attrs[b])
				docsOf[k]++
			}
		}
		// chronicle against the first annotator on the same documents, as
		// `chronicle eval quotes` scores it.
		sd := &doc.Document{ID: name, Text: d.Text}
		if err := p.Process(context.Background(), sd); err != nil {
			t.Fatal(err)
		}
		system.add(sd, attrs[who[0]], predictedAttributions(sd))
	}
	keys := make([][2]string, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0]+keys[i][1] < keys[j][0]+keys[j][1] })
	figs := []string{"content_f1", "source_f1", "cue_f1", "content_exact_f1", "source_exact_f1", "cue_exact_f1"}
	sum := map[string]float64{}
	lo, hi := map[string]float64{}, map[string]float64{}
	n := 0
	fmt.Printf("%-11s %4s %5s  %s\n", "pair", "docs", "gold", strings.Join(figs, " "))
	for _, k := range keys {
		s := pairs[k]
		if s.content.Gold < 100 {
			continue // too few attributions for a figure
		}
		m := s.figures()
		row := fmt.Sprintf("%-11s %4d %5d ", k[0]+"/"+k[1], docsOf[k], s.content.Gold)
		for _, f := range figs {
			row += fmt.Sprintf(" %.4f", m[f])
			sum[f] += m[f]
			if n == 0 || m[f] < lo[f] {
				lo[f] = m[f]
			}
			if n == 0 || m[f] > hi[f] {
				hi[f] = m[f]
			}
		}
		fmt.Println(row)
		n++
	}
	if n == 0 {
		t.Skip("no pair of annotators shares 100 attributions")
	}
	line := fmt.Sprintf("task=quotes_agreement pairs=%d docs=%d", n, len(names))
	for _, f := range figs {
		line += fmt.Sprintf(" %s_mean=%.4f %s_min=%.4f %s_max=%.4f", f, sum[f]/float64(n), f, lo[f], f, hi[f])
	}
	sm := system.figures()
	line += fmt.Sprintf(" system_content_f1=%.4f system_source_f1=%.4f system_cue_f1=%.4f", sm["content_f1"], sm["source_f1"], sm["cue_f1"])
	fmt.Println(line)
}
