package when

import (
	"strconv"

	"chronicle/internal/doc"
)

// A list of plans moves forward: "I am going to Las Vegas next month,
// Italy in November, Mexico in January, Magi-Fest in February, Tennessee
// in March and the FFFF in April", said in October. Once a sentence has
// named a month at or after the anchor's, a bare month later in it that
// would fall before that month is the next year's: the list has gone on
// into the new year, however far the verb that opened it lies behind. A
// month that already lies at or after the anchor's is left alone ("the
// calendar looks better for him in May than in late April").

// noteListMonth remembers the month a hit names when it lies at or after
// the anchor's month (a value YYYY-MM, or the month of YYYY-MM-DD) and
// the hit names it ("in November", "June 7", "next month"); a weekday's
// month ("on Monday ... in October") starts no list.
func (m *matcher) noteListMonth(h hit) {
	if !m.has || len(h.value) < 7 || h.value[4] != '-' || (len(h.value) > 7 && h.value[7] != '-') {
		return
	}
	named := false
	for k := h.i; k < h.j && !named; k++ {
		_, named = months[m.toks[k].low]
		named = named || m.toks[k].low == "month"
	}
	if !named {
		return
	}
	y, err1 := strconv.Atoi(h.value[:4])
	mo, err2 := strconv.Atoi(h.value[5:7])
	if err1 != nil || err2 != nil || mo < 1 || mo > 12 {
		return
	}
	t := day(y, mo, 1)
	if t.Before(day(m.anchor.Year(), int(m.anchor.Month()), 1)) {
		return
	}
	m.listMonth, m.listSent = t, m.sent+1
}

// listYear moves year y of bare month mo on, when the sentence's list of
// months has already reached a later month (see above).
func (m *matcher) listYear(y, mo int) int {
	if m.listSent != m.sent+1 || !day(y, mo, 1).Before(day(m.anchor.Year(), int(m.anchor.Month()), 1)) {
		return y // no list, or a month not in the past ("better in May than in late April")
	}
	for day(y, mo, 1).Before(m.listMonth) && y < m.listMonth.Year()+1 {
		y++
	}
	return y
}

// noteMonthRef remembers the month of a DATE that names one (YYYY-MM or
// YYYY-MM-DD), for "that month" and "the next month" (anaphora).
func (m *matcher) noteMonthRef(h hit) {
	if h.typ != doc.DateDate || len(h.value) < 7 || h.value[4] != '-' || (len(h.value) > 7 && h.value[7] != '-') {
		return
	}
	y, err1 := strconv.Atoi(h.value[:4])
	mo, err2 := strconv.Atoi(h.value[5:7])
	if err1 != nil || err2 != nil || mo < 1 || mo > 12 {
		return
	}
	m.monthRef, m.monthRefSent = day(y, mo, 1), m.sent+1
}
