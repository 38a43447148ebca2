package when

import "chronicle/internal/doc"

// Deep time: "ten thousand years ago", "10,000 years ago", "2500 years
// ago", "some 5 million years ago". A count of thousands (or millions) of years is
// precise to its unit, so the year is the anchor's year less the count,
// rounded to that unit: "ten thousand years ago", said in 2014, is
// 8000 BC (BC8000), not 7986 BC.

// bigNumbers are the multiplier words of such counts.
var bigNumbers = map[string]int{"thousand": 1e3, "million": 1e6, "billion": 1e9}

// deepAgo: N thousand|million|billion years ago, N,000 years ago.
func (m *matcher) deepAgo(i int) (hit, bool) {
	n, k, ok := m.quantityAt(i)
	scale := 1
	if t := m.t(i); !ok && t != nil && t.kind == kNum && t.digits >= 4 && t.digits <= 9 {
		if p := m.t(i - 1); p == nil || t.gap || (p.low != "." && p.low != "," && p.low != "/") {
			// 2500 years ago, written without a separator: precise to
			// the thousand at most, as 2,500 is.
			n, k, ok, scale = t.num, i+1, true, 1000
		}
	}
	if !ok || n <= 0 {
		return hit{}, false
	}
	switch {
	case bigNumbers[m.low(k)] > 0:
		scale = bigNumbers[m.low(k)]
		n *= scale
		k++
	case m.t(i).kind == kNum:
		// Thousands separators: 10,000 and 1,500,000.
		for m.low(k) == "," && m.adj(k) && m.adj(k+1) && m.t(k+1).kind == kNum && m.t(k+1).digits == 3 && n < 1e9 {
			n = n*1000 + m.t(k+1).num
			scale *= 1000
			k += 2
		}
	}
	if scale < 1000 {
		return hit{}, false
	}
	if u, ok := m.unitAt(k); !ok || u != uYear || m.low(k+1) != "ago" {
		return hit{}, false
	}
	j := k + 2
	if !m.has {
		return hit{i: i, j: j, value: "XXXX", typ: doc.DateDate, relative: true}, true
	}
	for scale > 1 && n%scale != 0 {
		scale /= 10 // 1,500 is precise to the hundred
	}
	y := roundTo(m.anchor.Year()-n, scale)
	return hit{i: i, j: j, value: fmtYear(y), typ: doc.DateDate, explicit: true}, true
}

// roundTo rounds y to the nearest multiple of unit.
func roundTo(y, unit int) int {
	if y < 0 {
		return -roundTo(-y, unit)
	}
	return (y + unit/2) / unit * unit
}
