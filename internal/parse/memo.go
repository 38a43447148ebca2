package parse

import "slices"

// Some templates take few values: the tags and labels of a word's children,
// a tag with a valency or a distance. Their keys are nearly all found, with
// dense rows, so that they cost a move a table lookup each and some 35 word
// adds each. memoGroups puts such templates, a few that read the same
// word, in groups, and each scratch keeps the packed sum of a group's rows
// by the group's keys (memo): a move that meets a group's keys again adds
// one packed sum instead of looking up and adding each row. The groups
// were chosen on EWT dev by how few distinct key tuples they take (700 to
// 2,200 each over a pass) and by how many of their rows are dense; groups
// that take more tuples, or whose rows are mostly sparse or absent, cost
// more in refills than they save (candidates measured with a simulated
// memo, see doc.go).
//
// The memo holds exact integer sums of the rows and the scores are exact
// integer sums, so parses do not change; nor does the memo depend on the
// order in which sentences come, only its hit rate does.
var memoGroups = [...][]uint8{
	{2, 3, 53, 55},   // s0's tags, with its valencies
	{60, 61, 63, 64}, // s0's first children, tags and labels
	{71, 72},         // s0's second children
	{57, 66, 67, 73}, // b0's left children and valency
	{15, 16, 58},     // s1's and s2's tags, s1's valency
	{68, 70, 74},     // s1's children
	{47, 92},         // b0's tag with the distance, the shapes of s0 and b0
}

// noTemplate pads a group to memoKeys templates: extractInto never sets
// its key, which stays 0 in every featKeys of a scratch.
const noTemplate = numTemplates1

var _ [noTemplate + 1 - numTemplates - 1]struct{} // noTemplate is no template

// memoGroup is a group as memo.add reads it: memoKeys templates, padded
// with noTemplate, and how many are real.
type memoGroup struct {
	t [memoKeys]uint8
	n int
}

// memoGroupsOf returns the groups of memoGroups whose templates are all
// below n, padded.
func memoGroupsOf(n int) []memoGroup {
	var gs []memoGroup
	for _, g := range memoGroups {
		if int(slices.Max(g)) >= n {
			continue
		}
		mg := memoGroup{n: len(g)}
		for i := range mg.t {
			mg.t[i] = noTemplate
		}
		copy(mg.t[:], g)
		gs = append(gs, mg)
	}
	return gs
}

const (
	// memoKeys is the most templates in a group.
	memoKeys = 4
	// memoBits: a memo holds 1<<memoBits sums a group, each in the
	// entry its keys hash to (the last one met wins). With 512 a second
	// pass of EWT dev finds 83-98% of each group's sums in the memo
	// (91-98% with 1024, for 1.5% fewer instructions but twice the memory:
	// 1.2 MB a scratch, each parsing goroutine has one).
	memoBits = 9
)

// The memo's sums of one move are added at once with no carry out of a
// lane after one flush (see memo.add): every row's lanes are below 1<<16,
// so 32 rows fit.
var _ [32 - len(memoGroups)*memoKeys]struct{}

// memoKey is an entry's keys (before fold: equal keys fold to equal
// ones, and the memo spares the fold) and the rows its sum holds: their number, and
// the highest lane of the sum.
type memoKey struct {
	k         [memoKeys]uint64
	rows, top int32
}

// memo keeps the packed sums of the groups' rows, per scratch (so that no
// lock is needed). It is allocated on first use.
type memo struct {
	wt   *weights // the table the sums are of
	dw   int
	keys []memoKey // keys[g<<memoBits | h]: an entry of group g
	sums []uint64  // dw words per entry
}

// add adds the rows of the templates of groups (memoGroups, less those
// outside the model's feature set) with the keys feats to acc, filling
// the entries it does not find.
func (mm *memo) add(wt *weights, feats *featKeys, groups []memoGroup, acc *denseAcc, scores *[256]int32) {
	if mm.wt != wt {
		// A scratch belongs to one model, but a memo of another table
		// would add wrong sums, so it is checked.
		mm.init(wt, groups)
	}
	var idx [len(memoGroups)]uint32
	var rows int32
	top := acc.top
	for g, mg := range groups[:min(len(groups), len(memoGroups))] {
		// A group written out, all memoKeys keys (the padding's are
		// 0), which spares a loop of a varying length.
		const mul = 0x9E3779B97F4A7C15
		k := [memoKeys]uint64{feats[mg.t[0]&numTemplates1], feats[mg.t[1]&numTemplates1], feats[mg.t[2]&numTemplates1], feats[mg.t[3]&numTemplates1]}
		h := (((k[0]*mul^k[1])*mul^k[2])*mul ^ k[3]) * mul
		e := uint32(g)<<memoBits | uint32(h>>(64-memoBits))
		ent := &mm.keys[e]
		if ent.k != k {
			mm.fill(wt, e, k, mg.n)
		}
		idx[g] = e
		rows += ent.rows
		top += ent.top
	}
	n := min(len(groups), len(memoGroups))
	if top > denseLaneMask {
		// The sums fit once acc is emptied (see the assertion above).
		wt.flushDense(acc, scores)
		top = 0
		for _, e := range idx[:n] {
			top += mm.keys[e].top
		}
	}
	addRows(mm.sums, mm.dw, idx[:n], acc.sum[:mm.dw])
	acc.rows += rows
	acc.top = top
}

// init allocates the memo for the table wt. Every entry starts as the sum
// of the rows of its group's templates with keys all 0, so that an entry
// always holds the sum its keys have (even when a group's keys all are 0,
// which the first move to meet them would find in the memo).
func (mm *memo) init(wt *weights, groups []memoGroup) {
	mm.wt, mm.dw = wt, wt.dw
	mm.keys = make([]memoKey, len(memoGroups)<<memoBits)
	mm.sums = make([]uint64, wt.dw*len(memoGroups)<<memoBits)
	for g, mg := range groups[:min(len(groups), len(memoGroups))] {
		first := uint32(g) << memoBits
		mm.fill(wt, first, [memoKeys]uint64{}, mg.n)
		sum := mm.sums[int(first)*wt.dw:][:wt.dw]
		for e := first + 1; e < first+1<<memoBits; e++ {
			mm.keys[e] = mm.keys[first]
			copy(mm.sums[int(e)*wt.dw:], sum)
		}
	}
}

// fill sets entry e to the keys k, n of them, and the packed sum of their
// rows: the dense rows added as addDense adds them, each sparse row as a
// dense one (denseBias in every lane, set first so that no lane borrows,
// and its weights added to their lanes).
func (mm *memo) fill(wt *weights, e uint32, k [memoKeys]uint64, n int) {
	dw := mm.dw
	sum := mm.sums[int(e)*dw : int(e+1)*dw]
	var dense, sparse [memoKeys]uint32
	var nd, ns int
	// top bounds the sum's highest lane by the sum of the rows' highest
	// lanes, as addDense does, rather than scanning the sum.
	var top int32
	for _, key := range k[:min(n, memoKeys)] {
		switch info := wt.find(fold(key)); {
		case info == 0:
		case info&denseFlag != 0:
			dense[nd] = info >> 8
			top += int32(wt.dmax[info>>8])
			nd++
		default:
			sparse[ns] = info
			ns++
		}
	}
	base := uint64(ns) * denseEmpty
	for i := range sum {
		sum[i] = base
	}
	addRows(wt.dense, dw, dense[:nd], sum)
	for _, info := range sparse[:ns] {
		off, n := info>>8, info&sparseLenMask
		hi := int32(0)
		for _, x := range wt.ents[off : off+n] {
			c := int(uint8(x))
			w := int32(x) >> 16
			sum[c%dw] += uint64(int64(w)) << (denseLaneBits * uint(c/dw))
			hi = max(hi, w)
		}
		top += denseBias + hi
	}
	mm.keys[e] = memoKey{k: k, rows: int32(nd + ns), top: top}
}

// find returns the info of key k, 0 when it is absent.
func (wt *weights) find(k uint32) uint32 {
	mask := uint32(len(wt.slots) - 1)
	for j := wt.slotOf(k) & mask; ; j = (j + 1) & mask {
		switch sl := wt.slots[j]; sl.key {
		case k:
			return sl.info
		case 0:
			return 0
		}
	}
}
