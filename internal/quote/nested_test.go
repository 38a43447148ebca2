package quote_test

import "testing"

// TestNestedCues checks that a cue inside another attribution's content
// makes no attribution of its own with the cue model, where the sieves
// alone read one, and that the host keeps its content.
func TestNestedCues(t *testing.T) {
	cases := []struct{ txt, host, nested, cue string }{
		{"The coach said he expected a hard game because the visitors had vowed to attack from the start.",
			"he expected a hard game because the visitors had vowed to attack from the start", "to attack from the start", "had vowed"},
		{"He said the plan, which critics call reckless, will cost billions.",
			"the plan, which critics call reckless, will cost billions", "reckless", "call"},
		{"The report found that farmers who complained about the drought received no help.",
			"farmers who complained about the drought received no help", "the drought", "complained about"},
	}
	sieves, parsed := sievePipeline(t), parsedPipeline(t)
	for _, c := range cases {
		d := analyze(t, sieves, c.txt)
		found := false
		for _, q := range d.Quotes {
			found = found || d.Slice(q.Span) == c.nested && sl(d, q.Cue) == c.cue
		}
		if !found {
			t.Errorf("the sieves alone read no nested %q (%s) in %q: the case tests nothing", c.cue, c.nested, dump(d))
		}
		d = analyze(t, parsed, c.txt)
		host := false
		for _, q := range d.Quotes {
			if sl(d, q.Cue) == c.cue {
				t.Errorf("nested cue %q kept: %s", c.cue, dump(d))
			}
			host = host || d.Slice(q.Span) == c.host
		}
		if !host {
			t.Errorf("no host content %q: %s", c.host, dump(d))
		}
	}
}

// TestConativeHosts checks that a verb of trying or going on gives way to
// the attribution in its to-infinitive, its cue running from the verb.
func TestConativeHosts(t *testing.T) {
	p := parsedPipeline(t)
	expectQuote(t, p, "The union continued to criticize the harbour board.",
		want{"the harbour board", "indirect", "The union", "continued to criticize", "", ""})
	expectNone(t, p, "The union continued to criticize the harbour board.", "to criticize")
	expectQuote(t, p, "The senator tried to attack the mayor over the toll.",
		want{"the mayor over the toll", "indirect", "The senator", "tried to attack", "", ""})
	expectQuote(t, p, "The coach went on to say that the visitors had played well.",
		want{"the visitors had played well", "indirect", "The coach", "went on to say", "", ""})
	d := analyze(t, p, "He went on to say the harbour plan was “a disaster for the town.”")
	for _, q := range d.Quotes {
		if sl(d, q.Cue) != "went on to say" {
			t.Errorf("a quotation with cue %q, not the conative's: %s", sl(d, q.Cue), dump(d))
		}
	}
}

// TestClosingClause checks, with texts written for the project, that an
// attribution whose clause closes another's content and is set off by a
// comma and a conjunction ends that content and stands as well, where
// it would be dropped as nested; a verb coordinated within the content
// (its subject the content's) and a relative clause inside it are no
// such clause.
func TestClosingClause(t *testing.T) {
	p := parsedPipeline(t)
	for _, c := range []struct {
		txt  string
		want []want
	}{
		{"Officials say the plant is safe, but residents argue that it leaks.", []want{
			{"the plant is safe", "indirect", "Officials", "say", "", ""},
			{"it leaks", "indirect", "residents", "argue", "", ""}}},
		{"The coach said the team played well, but fans complained about the result.", []want{
			{"the team played well", "indirect", "The coach", "said", "", ""},
			{"the result", "indirect", "fans", "complained about", "", ""}}},
		{"Lee said the council had ignored the warning and instead blamed the press.", []want{
			{"the council had ignored the warning and instead blamed the press", "indirect", "Lee", "said", "", ""}}},
		{"He said the plan, which critics call reckless, will cost billions.", []want{
			{"the plan, which critics call reckless, will cost billions", "indirect", "He", "said", "", ""}}},
	} {
		for _, w := range c.want {
			expectQuote(t, p, c.txt, w)
		}
		if d := analyze(t, p, c.txt); len(d.Quotes) != len(c.want) {
			t.Errorf("%q: %d quotations, want %d: %s", c.txt, len(d.Quotes), len(c.want), dump(d))
		}
	}
}
