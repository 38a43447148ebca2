package tag

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// predictUncached is Model.predict without the word cache: every feature
// of every token looked up in the weight table, as training sees them.
func predictUncached(m *Model, words []string) []uint8 {
	var s scratch
	m.lex.prepare(&s, words)
	n := len(m.upos)
	class := make([]uint8, len(words))
	pass := func(base uint64, first []uint8, off int) {
		c1, c2 := uint8(noClass), uint8(noClass)
		for i := range words {
			c := s.info[i+pad].dict
			if c == noClass {
				var sc [256]int32
				var feats []uint32
				if first == nil {
					feats = features(nil, s.info, i, c1, c2)
				} else {
					feats = features2(nil, s.info, first, i, c1, c2)
				}
				for _, k := range feats {
					m.wt.add(&sc, k)
				}
				c = argmax(sc[off : off+n])
			}
			class[i] = c
			c2, c1 = c1, c
		}
	}
	pass(0, nil, 0)
	if m.twoPass {
		pass(pass2Templates, slices.Clone(class), pass2Class)
	}
	return class
}

// cacheTestSentences are sentences that meet words again at and away from
// the sentence start and in differently capitalised sentences, plus enough
// made-up words to make the cache forget everything more than once.
func cacheTestSentences() [][]string {
	var out [][]string
	for line := range strings.SplitSeq(benchText+"\nThe talks didn’t resume .\nThe talks didn't resume .", "\n") {
		w := strings.Fields(line)
		title := slices.Clone(w)
		for i, x := range title {
			title[i] = strings.ToUpper(x[:1]) + x[1:]
		}
		out = append(out, w, slices.Clone(w[1:]), strings.Fields(strings.ToUpper(line)), title)
	}
	for i := range 3 * maxCachedWords / 8 {
		var w []string
		for j := range 8 {
			w = append(w, fmt.Sprintf("Zorp%d-ed", i*8+j), "the")
		}
		out = append(out, w)
	}
	return out
}

func TestWordCacheSameClasses(t *testing.T) {
	check := func(name string, m *Model) {
		for round := range 2 {
			for _, words := range cacheTestSentences() {
				s := m.pool.Get().(*scratch)
				m.predict(s, words)
				if want := predictUncached(m, words); !slices.Equal(s.class, want) {
					t.Fatalf("%s round %d: %q: classes %v with the word cache, %v without", name, round, words, s.class, want)
				}
				for i, c := range s.class {
					sp := s.spans[i]
					want := m.lem.lemma(s, words[i], s.buf[sp[0]:sp[1]], s.buf[sp[2]:sp[3]], m.xpos[c])
					if got := m.lemma(s, words, i, c); got != want {
						t.Fatalf("%s round %d: lemma of %q is %q with the word cache, %q without", name, round, words[i], got, want)
					}
				}
				m.pool.Put(s)
			}
		}
	}
	check("shipped", shippedModel(t))
	m2, err := Train(context.Background(), []string{tinyTrain}, tinyTrain, TrainOptions{Epochs: 3, Seed: 1, TwoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	check("tiny two-pass", m2)
}

// After forget, the index finds every word kept at its new entry, with
// the description and the sums it had, and the sentinels are in place.
func TestWordCacheForgetKeepsSums(t *testing.T) {
	m := shippedModel(t)
	s := new(scratch)
	for _, words := range cacheTestSentences()[:400] {
		m.predict(s, words)
	}
	c := &s.cache
	type row struct {
		info  wordInfo
		self  []int32
		roles [numRoles][]uint64
	}
	get := func(e int32) row {
		r := row{info: c.info[e]}
		if off := c.self[e]; off >= 0 {
			r.self = slices.Clone(c.scores[off : int(off)+c.selfLen])
		}
		for k, off := range c.roles[e] {
			if off >= 0 {
				r.roles[k] = slices.Clone(c.roleScores[off : int(off)+c.roleLen])
			}
		}
		return r
	}
	before := map[string]row{}
	for k, e := range c.index {
		before[k] = get(e)
	}
	sentinels := [2]row{get(startEntry), get(endEntry)}
	size := len(c.info)
	c.forget()
	if len(c.index) == 0 || len(c.index) > maxKeptWords || len(c.info) >= size {
		t.Fatalf("forget kept %d words of %d entries, now %d", len(c.index), size, len(c.info))
	}
	for k, e := range c.index {
		if got := get(e); !reflect.DeepEqual(got, before[k]) {
			t.Fatalf("word %q moved to entry %d lost its description or sums", k, e)
		}
	}
	if got := [2]row{get(startEntry), get(endEntry)}; !reflect.DeepEqual(got, sentinels) {
		t.Fatal("the sentinels lost their sums")
	}
}

// TestPrevFeaturesOnClassesAlone checks what Model.prevRow relies on: the
// first prevFeatures keys of tagFeatures are the same whatever the words,
// and differ with the previous classes.
func TestPrevFeaturesOnClassesAlone(t *testing.T) {
	a := []wordInfo{startInfo, startInfo, sentinelInfo("talks"), sentinelInfo("resume"), endInfo, endInfo}
	b := []wordInfo{startInfo, sentinelInfo("x"), sentinelInfo("they"), sentinelInfo("said"), sentinelInfo("y"), endInfo}
	for _, cs := range [][2]uint8{{noClass, noClass}, {3, noClass}, {7, 12}} {
		ka := tagFeatures(nil, a, 0, cs[0], cs[1], 0)[:prevFeatures]
		kb := tagFeatures(nil, b, 1, cs[0], cs[1], 0)[:prevFeatures]
		if !slices.Equal(ka, kb) {
			t.Errorf("classes %v: keys %v for one sentence, %v for another", cs, ka, kb)
		}
		if kc := tagFeatures(nil, a, 0, cs[0]+1, cs[1], 0)[:prevFeatures]; slices.Equal(ka, kc) {
			t.Errorf("classes %v: the same keys for another previous class", cs)
		}
	}
}
