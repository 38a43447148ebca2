package ner

import "strings"

// scorer adds the weights of feature keys to a row of label scores and
// gives the transition scores. The trained Model and the training weights
// both implement it.
type scorer interface {
	addScores(keys []uint32, out *[numLabels]float32)
	transitions() *[numLabels + 1][numLabels]float32
}

// runner tags one article at a time, sentence by sentence, so that the
// labels given to earlier sentences become features of later ones. It
// holds only scratch space; a Model keeps a pool of them.
type runner struct {
	gaz   *gazetteer
	clus  map[uint64]uint16 // word clusters by hash of the lowercased word
	owner *Model            // the model whose pool holds the runner; nil in training
	info  []tokInfo
	marks []gazMark
	dbits []uint8 // the article's docSeen bits of each token of the sentence
	codes []uint8
	maj   []uint8
	feats []uint32
	offs  []int32
	emit  [][numLabels]float32
	tOut  outsideTrans // the transitions viterbi reads, gathered per decoding

	// The words seen lately, so that each is described, and the weights
	// of its word-only features summed, once rather than at every
	// occurrence: news repeats words within an article and across them.
	words map[string]int32 // word -> index in vocab
	vocab []wordEntry
	wi    []int32 // vocab index of each token of the article

	// Per lowercased form (tokInfo.low, an index into these), what the
	// article says of it: docSeen bits, valid where lowStamp is the
	// article's gen, and the types given to it so far in this decoding,
	// valid where histStamp is hgen.
	lows      map[uint64]int32 // hash of the lowercased form -> index
	lowBits   []uint8
	lowStamp  []uint32
	hist      [][numTypes + 1]uint16
	histStamp []uint32
	gen, hgen uint32
}

// wordEntry is what the runner remembers of one word form.
type wordEntry struct {
	info tokInfo // sentInit always false
	// The owner's summed weights of wordFeatures and wordSentFeatures, by
	// variant (headline<<1 | sentInit), once bit variant of summed is set.
	sum    [4][numLabels]int32
	summed uint8
}

// maxVocab bounds the words a runner remembers; it forgets them all when
// it has more (a news article has a few hundred).
const maxVocab = 1 << 14

func newRunner(g *gazetteer, clus map[uint64]uint16) *runner {
	return &runner{gaz: g, clus: clus, words: map[string]int32{}, lows: map[uint64]int32{}}
}

// lookup returns the vocab index of w, describing w if it is new.
func (r *runner) lookup(w string) int32 {
	if j, ok := r.words[w]; ok {
		return j
	}
	j := int32(len(r.vocab))
	r.vocab = append(r.vocab, wordEntry{})
	e := &r.vocab[j]
	describe(&e.info, w)
	e.info.cluster = r.clus[e.info.hLow]
	setNbKeys(&e.info)
	low, ok := r.lows[e.info.hLow]
	if !ok {
		low = int32(len(r.lowBits))
		r.lows[e.info.hLow] = low
		r.lowBits = append(r.lowBits, 0)
		r.lowStamp = append(r.lowStamp, 0)
		r.hist = append(r.hist, [numTypes + 1]uint16{})
		r.histStamp = append(r.histStamp, 0)
	}
	e.info.low = low
	// A copy, so that the runner does not keep the article's text alive.
	r.words[strings.Clone(w)] = j
	return j
}

// sentenceHook is called after each sentence is decoded, with the
// sentence's feature keys (token k's are feats[offs[k]:offs[k+1]]) and the
// predicted labels. Training uses it to update weights.
type sentenceHook func(si int, feats []uint32, offs []int32, pred []uint8)

// prepare describes every token of an article given as sentences of words
// and collects the article-wide facts that decode's features read.
func (r *runner) prepare(sents [][]string) {
	total := 0
	for _, s := range sents {
		total += len(s)
	}
	if cap(r.info) < total {
		r.info = make([]tokInfo, total)
		r.marks = make([]gazMark, total)
		r.wi = make([]int32, total)
	}
	r.info, r.marks, r.wi = r.info[:total], r.marks[:total], r.wi[:total]
	r.gen++
	if len(r.vocab)+total > maxVocab || r.gen == 0 {
		clear(r.words)
		r.vocab = r.vocab[:0]
		clear(r.lows)
		r.lowBits, r.lowStamp, r.hist, r.histStamp = r.lowBits[:0], r.lowStamp[:0], r.hist[:0], r.histStamp[:0]
		r.gen = 1
	}

	// First pass: describe every token and collect article-wide facts.
	off := 0
	for _, s := range sents {
		info := r.info[off : off+len(s)]
		wi := r.wi[off : off+len(s)]
		for k, w := range s {
			wi[k] = r.lookup(w)
			info[k] = r.vocab[wi[k]].info
		}
		for k := range info {
			if info[k].capClass != capNone {
				info[k].sentInit = true
				break
			}
		}
		marks := r.marks[off : off+len(s)]
		r.gaz.mark(info, marks)
		caps := headline(info)
		for k := range info {
			t := &info[k]
			var bits uint8
			switch t.capClass {
			case capLower:
				bits |= docSeenLower
			case capInit, capAll, capOne:
				bits |= docSeenCap
				if t.capClass == capInit && !t.sentInit && !caps {
					bits |= docSeenMidCap
				}
				if k > 0 && marks[k-1].pos[gazFirst] != 0 && marks[k].pos[gazFirst] == 0 {
					bits |= docSeenAfterFirst
				}
				if k > 0 && marks[k-1].pos[gazTitle] != 0 && marks[k].pos[gazTitle] == 0 {
					bits |= docSeenAfterTitle
				}
				if k+1 < len(info) && marks[k+1].pos[gazOrgWord] != 0 && marks[k].pos[gazOrgWord] == 0 {
					bits |= docSeenBeforeOrg
				}
			}
			if bits != 0 {
				if r.lowStamp[t.low] != r.gen {
					r.lowStamp[t.low], r.lowBits[t.low] = r.gen, 0
				}
				r.lowBits[t.low] |= bits
			}
		}
		off += len(s)
	}

}

// decode tags the prepared article; labels receives, for each sentence, its
// BILOU labels (same shape as sents). maj, when not nil, holds for every
// token (flattened over sentences) what an earlier tagging of the whole
// article said about the same word elsewhere (see majorityCodes).
func (r *runner) decode(sc scorer, sents [][]string, labels [][]uint8, maj []uint8, hook sentenceHook) {
	// A new stamp, as hist starts empty at each decoding (a two-pass
	// model decodes an article twice).
	r.hgen++
	if r.hgen == 0 {
		clear(r.histStamp)
		r.hgen = 1
	}
	off := 0
	for si, s := range sents {
		n := len(s)
		info := r.info[off : off+n]
		if cap(r.dbits) < n {
			r.dbits = make([]uint8, n)
		}
		r.dbits = r.dbits[:n]
		for k := range info {
			r.dbits[k] = 0
			if l := info[k].low; r.lowStamp[l] == r.gen {
				r.dbits[k] = r.lowBits[l]
			}
		}
		ctx := sentCtx{info: info, marks: r.marks[off : off+n], caps: headline(info), docBits: r.dbits}
		if cap(r.codes) < n {
			r.codes = make([]uint8, n)
			r.emit = make([][numLabels]float32, n)
		}
		r.codes, r.emit = r.codes[:n], r.emit[:n]
		for k := range info {
			r.codes[k] = 0
			if info[k].capClass != capLower && info[k].capClass != capNone {
				if l := info[k].low; r.histStamp[l] == r.hgen {
					r.codes[k] = histCode(&r.hist[l])
				}
			}
		}
		ctx.hist = r.codes
		if maj != nil {
			ctx.maj = maj[off : off+n]
		}
		if m, ok := sc.(*Model); ok && m == r.owner && hook == nil {
			// The word-only weights come summed from the vocabulary.
			wi := r.wi[off : off+n]
			for k := 0; k < n; k++ {
				e := &r.vocab[wi[k]]
				v := 0
				if ctx.caps {
					v = 2
				}
				if info[k].sentInit {
					v++
				}
				if e.summed&(1<<v) == 0 {
					r.feats = wordFeatures(r.feats[:0], &info[k])
					r.feats = wordSentFeatures(r.feats, &info[k], ctx.caps)
					e.sum[v] = m.tab.sum(r.feats)
					e.summed |= 1 << v
				}
				r.feats = contextFeatures(r.feats[:0], &ctx, k)
				m.tab.score(&e.sum[v], r.feats, &r.emit[k])
			}
		} else {
			r.feats, r.offs = r.feats[:0], append(r.offs[:0], 0)
			for k := 0; k < n; k++ {
				r.feats = features(r.feats, &ctx, k)
				r.offs = append(r.offs, int32(len(r.feats)))
				r.emit[k] = [numLabels]float32{}
				sc.addScores(r.feats[r.offs[k]:r.offs[k+1]], &r.emit[k])
			}
		}
		out := labels[si][:n]
		if si == 0 || hook != nil { // a hook may train the transitions
			r.tOut.gather(sc.transitions())
		}
		viterbi(r.emit, sc.transitions(), &r.tOut, out)
		if hook != nil {
			hook(si, r.feats, r.offs, out)
		}
		for k := range info {
			if info[k].capClass == capLower || info[k].capClass == capNone {
				continue
			}
			l := info[k].low
			if r.histStamp[l] != r.hgen {
				r.histStamp[l], r.hist[l] = r.hgen, [numTypes + 1]uint16{}
			}
			if t := labelType(out[k]); t >= 0 {
				r.hist[l][t]++
			} else {
				r.hist[l][numTypes]++
			}
		}
		off += n
	}
}

// majorityCodes writes to dst (one code per token, flattened) what labels
// say about each capitalised word's other occurrences in the article:
// histCode over the types given to them, not counting the token itself.
func (r *runner) majorityCodes(labels [][]uint8, dst []uint8) []uint8 {
	counts := make(map[uint64][numTypes + 1]uint16, len(r.info)/4)
	dst = dst[:0]
	off := 0
	for _, ls := range labels {
		for k, l := range ls {
			t := &r.info[off+k]
			if t.capClass == capLower || t.capClass == capNone {
				continue
			}
			c := counts[t.hLow]
			if ty := labelType(l); ty >= 0 {
				c[ty]++
			} else {
				c[numTypes]++
			}
			counts[t.hLow] = c
		}
		off += len(ls)
	}
	off = 0
	for _, ls := range labels {
		for k, l := range ls {
			t := &r.info[off+k]
			code := uint8(0)
			if t.capClass != capLower && t.capClass != capNone {
				c := counts[t.hLow]
				if ty := labelType(l); ty >= 0 {
					c[ty]--
				} else {
					c[numTypes]--
				}
				code = histCode(&c)
			}
			dst = append(dst, code)
		}
		off += len(ls)
	}
	return dst
}

// headline reports whether a sentence is written in capitals, as
// CoNLL-2003 headlines and many datelines are: most of its words with
// letters are all upper case.
func headline(info []tokInfo) bool {
	all, words := 0, 0
	for k := range info {
		switch info[k].capClass {
		case capAll:
			all++
			words++
		case capLower, capInit:
			words++
		}
	}
	return words >= 2 && 2*all > words
}
