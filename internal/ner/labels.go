package ner

import "strings"

// typeNames are the entity types, in label order.
var typeNames = [numTypes]string{"PER", "ORG", "LOC", "MISC"}

// Labels are O followed by B, I, L, U for each type: label 1+4*t+k with
// k = 0 (B), 1 (I), 2 (L), 3 (U). BILOU rather than BIO gives the
// perceptron separate weights for single-word names and for the last word
// of a name, which is worth about half a point of F1 in the literature.
const (
	numTypes  = 4
	numLabels = 1 + 4*numTypes
	labelO    = 0
)

const (
	posB = iota
	posI
	posL
	posU
)

func labelOf(t, pos int) uint8 { return uint8(1 + 4*t + pos) }

// labelType returns the type index of l, or -1 for O.
func labelType(l uint8) int {
	if l == labelO {
		return -1
	}
	return int(l-1) / 4
}

func labelPos(l uint8) int { return int(l-1) % 4 }

// allowed reports whether label b may follow label a under BILOU. The
// sentence start behaves like a preceding O, and the end like a following O.
func allowed(a, b uint8) bool {
	aIn := a != labelO && (labelPos(a) == posB || labelPos(a) == posI)
	bIn := b != labelO && (labelPos(b) == posI || labelPos(b) == posL)
	if aIn {
		return bIn && labelType(a) == labelType(b)
	}
	return !bIn
}

// canEnd reports whether a sentence may end with label l.
func canEnd(l uint8) bool { return l == labelO || labelPos(l) == posL || labelPos(l) == posU }

// typeIndex returns the index of type s in typeNames, or -1.
func typeIndex(s string) int {
	for i, t := range typeNames {
		if t == s {
			return i
		}
	}
	return -1
}

// Chunk is an entity over tokens [Start, End) of one sentence.
type Chunk struct {
	Start, End int
	Type       string
}

// chunksIOB reads chunks from IOB1/IOB2 tags as conlleval does: a chunk
// starts at B-X, or at I-X after a tag of another type or O, and ends
// before any tag that does not continue it.
func chunksIOB(tags []string) []Chunk {
	var out []Chunk
	start, typ := -1, ""
	for i := 0; i <= len(tags); i++ {
		prefix, t := "O", ""
		if i < len(tags) {
			prefix, t = splitTag(tags[i])
		}
		continues := prefix == "I" && t == typ && start >= 0
		if start >= 0 && !continues {
			out = append(out, Chunk{Start: start, End: i, Type: typ})
			start, typ = -1, ""
		}
		if (prefix == "B" || prefix == "I") && !continues {
			start, typ = i, t
		}
	}
	return out
}

// splitTag splits "B-PER" into ("B", "PER"); anything without a known
// prefix is O.
func splitTag(tag string) (string, string) {
	if len(tag) > 2 && tag[1] == '-' && strings.ContainsRune("BIES", rune(tag[0])) {
		p := tag[:1]
		switch p {
		case "E":
			p = "I"
		case "S":
			p = "B"
		}
		return p, tag[2:]
	}
	return "O", ""
}

// bilouFromChunks writes BILOU labels for chunks into dst (length n).
// Chunks of unknown types are dropped.
func bilouFromChunks(dst []uint8, chunks []Chunk) {
	for i := range dst {
		dst[i] = labelO
	}
	for _, c := range chunks {
		t := typeIndex(c.Type)
		if t < 0 || c.End <= c.Start {
			continue
		}
		if c.End-c.Start == 1 {
			dst[c.Start] = labelOf(t, posU)
			continue
		}
		dst[c.Start] = labelOf(t, posB)
		for i := c.Start + 1; i < c.End-1; i++ {
			dst[i] = labelOf(t, posI)
		}
		dst[c.End-1] = labelOf(t, posL)
	}
}

// chunksBILOU reads chunks from BILOU labels. Decoding keeps labels legal,
// but the reader is lenient anyway: a chunk ends at L, U or any label that
// cannot continue it.
func chunksBILOU(labels []uint8) []Chunk { return appendChunksBILOU(nil, labels) }

// appendChunksBILOU appends the chunks of labels to out.
func appendChunksBILOU(out []Chunk, labels []uint8) []Chunk {
	start, typ := -1, -1
	for i, l := range labels {
		t, p := labelType(l), 0
		if t >= 0 {
			p = labelPos(l)
		}
		if start >= 0 && (t != typ || p == posB || p == posU) {
			out = append(out, Chunk{start, i, typeNames[typ]})
			start = -1
		}
		if t < 0 {
			continue
		}
		if start < 0 {
			start, typ = i, t
		}
		if p == posL || p == posU {
			out = append(out, Chunk{start, i + 1, typeNames[typ]})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, Chunk{start, len(labels), typeNames[typ]})
	}
	return out
}

// iob2FromChunks writes IOB2 tags for chunks over n tokens.
func iob2FromChunks(n int, chunks []Chunk) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "O"
	}
	for _, c := range chunks {
		out[c.Start] = "B-" + c.Type
		for i := c.Start + 1; i < c.End; i++ {
			out[i] = "I-" + c.Type
		}
	}
	return out
}
