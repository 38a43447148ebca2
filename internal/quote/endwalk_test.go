package quote

import (
	"context"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/parse"
	"chronicle/internal/pipeline"
	"chronicle/internal/tag"
	"chronicle/internal/text"
)

// TestEndWalkAsksBelowTakenEdge checks where endWalk asks, on a sentence
// written for the test: below the relative clause it took it asks about
// the conjunct set off by a comma ("…, and has promised more"), which can end
// the content there, and takes the words with no punctuation before them
// with their head, unasked.
func TestEndWalkAsksBelowTakenEdge(t *testing.T) {
	f := parsedFinder(t, "Lee said the tax was a loophole, which the council denied, and has promised more.")
	at := func(w string) int {
		for i := range f.words {
			if f.words[i] == w {
				return i
			}
		}
		t.Fatalf("no %q in %v", w, f.words)
		return -1
	}
	v, k, denied, promised, more := at("said"), at("loophole"), at("denied"), at("promised"), at("more")
	if f.tree == nil || f.head(k) != v || f.head(denied) != k || f.head(promised) != denied {
		t.Skipf("the parse hangs the clauses otherwise: %v", f.d.Tokens)
	}
	var asked []int
	end := f.endWalk(v, k, func(e, n, end int) bool {
		asked = append(asked, e)
		return true
	})
	if end != more {
		t.Errorf("taking every edge ends the content at %d, want %d (%q)", end, more, f.words[more])
	}
	if len(asked) != 2 || asked[0] != denied || asked[1] != promised {
		t.Errorf("asked %v, want the relative clause (%d) and the conjunct below it (%d)", asked, denied, promised)
	}
	end = f.endWalk(v, k, func(e, n, end int) bool { return e != promised })
	if end != denied {
		t.Errorf("refusing the conjunct ends the content at %d (%q), want %d (%q)", end, f.words[end], denied, f.words[denied])
	}
}

// TestDeepQuestion checks, on a sentence written for the test, that
// endWalk asks nothing at a list's next verb ("…, stalling the inquiry,
// and hiding the facts"), though a comma stands before it: a conjunct is
// asked about when it is a clause of its own (finite, or with its own
// subject or auxiliary: TestEndWalkAsksBelowTakenEdge).
func TestDeepQuestion(t *testing.T) {
	f := parsedFinder(t, "Critics accused the mayor of lying to the council, stalling the inquiry, and hiding the facts.")
	hiding := -1
	for i, w := range f.words {
		if w == "hiding" {
			hiding = i
		}
	}
	if f.tree == nil || hiding < 3 || f.d.Tokens[hiding].Dep != "conj" || f.words[hiding-1] != "and" || f.words[hiding-2] != "," {
		t.Skipf("the parse hangs the list otherwise: %v", f.d.Tokens)
	}
	if f.deepQuestion(hiding, hiding-3) {
		t.Errorf("a list's next verb (%q) is asked about", "hiding")
	}
	f.d.Tokens[hiding].Tag = "VBD" // the same words as a finite clause are asked about
	if !f.deepQuestion(hiding, hiding-3) {
		t.Errorf("a finite conjunct after a comma is not asked about")
	}
}

// parsedFinder tags and parses txt with the shipped models and returns the
// finder the quote stage would build over it; it skips the test when a
// model is missing.
func parsedFinder(t *testing.T, txt string) *finder {
	t.Helper()
	tm, err := tag.Default()
	if err != nil {
		t.Skipf("no tagger: %v", err)
	}
	pm, err := parse.Default()
	if err != nil {
		t.Skipf("no parser: %v", err)
	}
	p, err := pipeline.New(text.NewStage(), tag.NewStage(tm), parse.NewStage(pm))
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Text: txt}
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return newFinder(d, newLexicon())
}
