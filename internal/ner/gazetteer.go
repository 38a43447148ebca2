package ner

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"

	"chronicle/internal/model/hashkey"
)

// The gazetteers are plain lists written for the project from public facts
// (one name per line, # comments). They are part of the source, not of the
// model file, so the model records a fingerprint of them and refuses to
// load against different lists (the features would mean something else).
//
//go:embed gazetteer/*.txt
var gazFS embed.FS

// gazClasses are the list names in feature order. Changing the order or a
// list changes the fingerprint; retrain afterwards.
var gazClasses = [...]string{
	"country", "demonym", "city", "state", "org", "company", "media",
	"first", "title", "orgword", "region", "misc",
}

const numGaz = len(gazClasses)

// noGaz is the gazMark.pos of a token in no list.
var noGaz [numGaz]uint8

// gazFirst is the index of "first" (common first names) in gazClasses.
const gazFirst = 7

// gazTitle and gazOrgWord are the indices of "title" and "orgword".
const (
	gazTitle   = 8
	gazOrgWord = 9
)

// gazPrefix marks, in gazetteer.entries, a token sequence that begins a
// longer entry.
const gazPrefix = 1 << 15

// maxGazLen is the longest entry in tokens that is looked up.
const maxGazLen = 6

// gazetteer maps the hash of a lowercased, space-joined token sequence to
// the classes it belongs to (bit c for gazClasses[c]), and gazPrefix if it
// begins a longer entry.
type gazetteer struct {
	entries     map[uint64]uint16
	fingerprint uint64
}

var loadGazetteer = sync.OnceValues(func() (*gazetteer, error) {
	g := &gazetteer{entries: map[uint64]uint16{}, fingerprint: hashkey.Offset}
	for c, name := range gazClasses {
		b, err := gazFS.ReadFile("gazetteer/" + name + ".txt")
		if err != nil {
			return nil, fmt.Errorf("ner: gazetteer %s: %w", name, err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || line[0] == '#' {
				continue
			}
			words := strings.Fields(line)
			if len(words) > maxGazLen {
				continue
			}
			h := uint64(hashkey.Offset)
			for i, w := range words {
				h = gazStep(h, i, hashkey.String(lowerNorm(w)))
			}
			g.entries[h] |= 1 << c
			g.fingerprint = hashkey.Mix(g.fingerprint, hashkey.Mix(h, uint64(c)))
			// Mark the entry's proper prefixes, so that mark stops as soon
			// as no entry can continue (it is no class, so not in the
			// fingerprint).
			h = uint64(hashkey.Offset)
			for i, w := range words[:len(words)-1] {
				h = gazStep(h, i, hashkey.String(lowerNorm(w)))
				g.entries[h] |= gazPrefix
			}
		}
	}
	return g, nil
})

// gazStep extends the hash of a token sequence by the i-th lowercased
// token, given by its hash hLow.
func gazStep(h uint64, i int, hLow uint64) uint64 {
	if i > 0 {
		h = hashkey.Mix(h, 0x20)
	}
	return hashkey.Mix(h, hLow)
}

// gazMatch codes, per token and class: 0 none, else 1+BILOU position of
// the longest match of that class covering the token.
type gazMark struct {
	pos [numGaz]uint8
	n   [numGaz]uint8 // length of that match
}

// mark fills marks for one sentence. Matches must start at a token that
// begins with an upper-case letter or a digit, so "will" and "china" in
// lower case are not names.
func (g *gazetteer) mark(info []tokInfo, marks []gazMark) {
	for i := range marks {
		marks[i] = gazMark{}
	}
	for i := range info {
		if info[i].capClass == capLower || info[i].capClass == capNone {
			continue
		}
		h := uint64(hashkey.Offset)
		for L := 1; L <= maxGazLen && i+L <= len(info); L++ {
			h = gazStep(h, L-1, info[i+L-1].hLow)
			bits, ok := g.entries[h]
			if !ok {
				break // nothing longer either
			}
			for c := 0; c < numGaz; c++ {
				if bits&(1<<c) == 0 {
					continue
				}
				for k := i; k < i+L; k++ {
					if int(marks[k].n[c]) >= L {
						continue
					}
					p := posI
					switch {
					case L == 1:
						p = posU
					case k == i:
						p = posB
					case k == i+L-1:
						p = posL
					}
					marks[k].pos[c] = uint8(1 + p)
					marks[k].n[c] = uint8(L)
				}
			}
			if bits&gazPrefix == 0 {
				break
			}
		}
	}
}
