package eval

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"chronicle/internal/doc"
	"chronicle/internal/testutil"
)

// The error categories below are a development aid: they let a split be
// studied through counts alone (dev is looked at only in aggregate), and
// say which kind of rule would pay.

// goldTSpan is the calendar span a gold <date> names: when's own span,
// from's start to to's end, or notBefore's start to notAfter's end.
func goldTSpan(g gumDate) (tspan, bool) {
	if g.When != "" {
		return parseTSpan(g.When, false)
	}
	lo, hi := g.From, g.To
	if lo == "" && hi == "" {
		lo, hi = g.NotBefore, g.NotAfter
	}
	if lo == "" || hi == "" {
		return tspan{}, false
	}
	a, ok1 := parseTSpan(lo, false)
	b, ok2 := parseTSpan(goldDecadeEnd(lo, hi), false)
	if !ok1 || !ok2 || a.noYear != b.noYear {
		return tspan{}, false
	}
	return tspan{Lo: a.Lo, Hi: b.Hi, noYear: a.noYear}, true
}

// granularity names the size of a span of days.
func granularity(s tspan) string {
	n := int(s.Hi.Sub(s.Lo).Hours()/24) + 1
	switch {
	case n == 1:
		return "day"
	case n <= 7:
		return "week"
	case n <= 31:
		return "month"
	case n <= 92:
		return "season"
	case n <= 366:
		return "year"
	case n <= 366*12:
		return "years"
	default:
		return "decades+"
	}
}

// timeErrorCategory classifies a matched pair with a wrong value.
func timeErrorCategory(g gumDate, p doc.Date, span string, anchor time.Time) string {
	v := p.Value
	gs, gok := goldTSpan(g)
	gk := "when"
	switch {
	case g.From != "" || g.To != "":
		gk = "range"
	case g.NotBefore != "" || g.NotAfter != "":
		gk = "bounds"
	}
	switch {
	case strings.HasPrefix(v, "P") && !strings.HasSuffix(v, "_REF"):
		if span != "" {
			// Classify the span as a date would be.
			sub := ""
			if gok {
				sub = "/" + timeErrorCategory(g, doc.Date{Value: span}, "", anchor)
			}
			return "duration-spanned-wrong/" + gk + sub
		}
		return "duration-unanchored/" + gk
	case strings.HasSuffix(v, "_REF"):
		if gok && !gs.noYear && !anchor.IsZero() {
			return fmt.Sprintf("%s/%s/%s/gold-%+d-years", v, gk, granularity(gs), gs.Lo.Year()-anchor.Year())
		}
		return v + "/" + gk
	case strings.Contains(v, "X"):
		return "underspecified/" + gk
	case !gok && (g.NotBefore != "") != (g.NotAfter != ""):
		// One bound: which side the prediction crosses.
		ps, ok := parseTSpan(v, true)
		if !ok {
			return "pred-unreadable"
		}
		if g.NotBefore != "" {
			a, _ := parseTSpan(g.NotBefore, false)
			return "one-bound/notBefore-" + granularity(a) + "/pred-" + granularity(ps) + "-starts-before"
		}
		b, _ := parseTSpan(g.NotAfter, false)
		return "one-bound/notAfter-" + granularity(b) + "/pred-" + granularity(ps) + "-ends-after"
	case !gok:
		return "gold-unreadable/" + gk + "/" + valueShape(g.Value())
	}
	ps, ok := parseTSpan(v, true)
	if !ok {
		return "pred-unreadable"
	}
	if gs.noYear {
		return "gold-yearless/" + granularity(gs) + "-vs-" + granularity(ps)
	}
	gg, pg := granularity(gs), granularity(ps)
	switch {
	case !ps.Lo.After(gs.Lo) && !ps.Hi.Before(gs.Hi):
		return "coarse/" + gg + "->" + pg
	case !ps.Lo.Before(gs.Lo) && !ps.Hi.After(gs.Hi):
		if gg == "years" || gg == "decades+" {
			// How many years each side spans, and where the prediction
			// sits inside the gold (years from its start).
			return fmt.Sprintf("fine/%s->%s/%dy->%dy@+%d", gg, pg, gs.Hi.Year()-gs.Lo.Year()+1,
				ps.Hi.Year()-ps.Lo.Year()+1, ps.Lo.Year()-gs.Lo.Year())
		}
		return "fine/" + gg + "->" + pg
	case ps.Hi.Before(gs.Lo) || ps.Lo.After(gs.Hi):
		dir := "early"
		if ps.Lo.After(gs.Hi) {
			dir = "late"
		}
		dist := ps.Lo.Sub(gs.Lo).Hours() / 24
		if dist < 0 {
			dist = -dist
		}
		d := ">1y"
		switch {
		case dist <= 8:
			d = "<=1w"
		case dist <= 366:
			d = "<=1y"
		}
		who := "other"
		if !anchor.IsZero() {
			ay := anchor.Year()
			pin := ps.Lo.Year() <= ay && ps.Hi.Year() >= ay
			gin := gs.Lo.Year() <= ay && gs.Hi.Year() >= ay
			switch {
			case pin && !gin:
				who = "pred-at-doc-year"
			case gin && !pin:
				who = "gold-at-doc-year"
			case gin && pin:
				who = "both-at-doc-year"
			}
		}
		rel := ""
		switch {
		case ps.Lo.Month() == gs.Lo.Month() && ps.Lo.Day() == gs.Lo.Day():
			rel = "/same-month-day"
		case int(dist)%7 == 0:
			rel = "/same-weekday"
		}
		return "disjoint-" + dir + "/" + gg + "->" + pg + "/" + d + "/" + who + rel
	}
	return "overlap/" + gg + "->" + pg
}

// timeMissCategory classifies a gold date no prediction overlaps.
func timeMissCategory(g gumDate) string {
	kind := "when"
	switch {
	case g.From != "" || g.To != "":
		kind = "range"
	case g.NotBefore != "" || g.NotAfter != "":
		kind = "bounds"
	}
	s, ok := goldTSpan(g)
	if !ok {
		return "miss/" + kind + "/unreadable"
	}
	if s.noYear {
		return "miss/" + kind + "/yearless-" + granularity(s)
	}
	return "miss/" + kind + "/" + granularity(s)
}

// timeFalseCategory classifies a counted prediction that overlaps no gold.
func timeFalseCategory(p doc.Date) string {
	shape := "full"
	switch {
	case strings.HasSuffix(p.Value, "_REF"):
		shape = "ref"
	case strings.Contains(p.Value, "X"):
		shape = "underspecified"
	case strings.HasPrefix(p.Value, "P"):
		shape = "duration"
	default:
		if s, ok := parseTSpan(p.Value, true); ok {
			shape = granularity(s)
		}
	}
	return "false/" + p.Type + "/" + shape
}

// timeCategoryCounts counts the errors of r by category, per genre when
// byGenre.
func timeCategoryCounts(r *timeResult, byGenre bool) map[string]int {
	out := map[string]int{}
	for _, d := range r.docs {
		prefix := ""
		if byGenre {
			prefix = d.gum.Genre + ": "
		}
		anchor := timeAnchor(d.gum.Created)
		matched := map[int]bool{}
		for gi, g := range d.gum.Dates {
			p := d.match[gi]
			switch {
			case p < 0:
				out[prefix+timeMissCategory(g)]++
			case !d.valueOK[gi]:
				out[prefix+"value/"+timeErrorCategory(g, d.pred[p], d.spans[p], anchor)]++
			}
			if p >= 0 {
				matched[p] = true
			}
		}
		for pi, p := range d.pred {
			if !matched[pi] && d.counted[pi] {
				out[prefix+timeFalseCategory(p)]++
			}
		}
	}
	return out
}

// TestTimeErrorCategories prints the error counts by category of the split
// TIME_CATEGORIES names (train or dev): counts only, never texts.
func TestTimeErrorCategories(t *testing.T) {
	split := os.Getenv("TIME_CATEGORIES")
	if split == "" {
		t.Skip("TIME_CATEGORIES=train|dev prints error counts by category")
	}
	dir := testutil.SharedData(t, "time", "gum", split)
	prep, err := timePipeline()
	if err != nil {
		t.Fatal(err)
	}
	r, err := timeEvaluate(t.Context(), prep, dir)
	if err != nil {
		t.Fatal(err)
	}
	// Where gold dates lie against the anchor's year, per genre: a
	// genre told from its own reference time shows it here.
	years := map[string]int{}
	for _, d := range r.docs {
		anchor := timeAnchor(d.gum.Created)
		for _, g := range d.gum.Dates {
			s, ok := goldTSpan(g)
			if !ok || s.noYear || anchor.IsZero() {
				continue
			}
			off := s.Lo.Year() - anchor.Year()
			b := "<-10"
			switch {
			case off > 1:
				b = ">+1"
			case off >= -1:
				b = fmt.Sprintf("%+d", off)
			case off >= -10:
				b = "-10..-2"
			}
			years[d.gum.Genre+" gold year "+b]++
		}
	}
	var yb strings.Builder
	ykeys := make([]string, 0, len(years))
	for k := range years {
		ykeys = append(ykeys, k)
	}
	sort.Strings(ykeys)
	for _, k := range ykeys {
		fmt.Fprintf(&yb, "%4d  %s\n", years[k], k)
	}
	t.Log("\n" + yb.String())
	for _, byGenre := range []bool{false, true} {
		c := timeCategoryCounts(r, byGenre)
		keys := make([]string, 0, len(c))
		for k := range c {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		for _, k := range keys {
			fmt.Fprintf(&b, "%4d  %s\n", c[k], k)
		}
		t.Log("\n" + b.String())
	}
}

func TestTimeErrorCategory(t *testing.T) {
	anchor := tday(2020, 6, 15)
	tests := []struct {
		gold gumDate
		pred doc.Date
		span string
		want string
	}{
		{gumDate{When: "2019"}, doc.Date{Value: "P1Y"}, "", "duration-unanchored/when"},
		{gumDate{When: "2019"}, doc.Date{Value: "P1Y"}, "2019-06-16/2020-06-15", "duration-spanned-wrong/when/overlap/year->year"},
		{gumDate{When: "2020-06-14"}, doc.Date{Value: "PAST_REF"}, "", "PAST_REF/when/day/gold-+0-years"},
		{gumDate{NotAfter: "2020-06-14"}, doc.Date{Value: "PAST_REF"}, "", "PAST_REF/bounds"},
		{gumDate{When: "2020-06"}, doc.Date{Value: "2020"}, "", "coarse/month->year"},
		{gumDate{When: "2020"}, doc.Date{Value: "2020-06-01"}, "", "fine/year->day"},
		{gumDate{When: "1998-03-02"}, doc.Date{Value: "2020-03-02"}, "", "disjoint-late/day->day/>1y/pred-at-doc-year/same-month-day"},
		{gumDate{When: "2020-03-02"}, doc.Date{Value: "2020-03-01"}, "", "disjoint-early/day->day/<=1w/both-at-doc-year"},
		{gumDate{From: "1990-01-01", To: "1999-12-31"}, doc.Date{Value: "1995/1999"}, "", "fine/years->years/10y->5y@+5"},
		{gumDate{When: "--06"}, doc.Date{Value: "2020-07"}, "", "gold-yearless/month-vs-month"},
		{gumDate{NotBefore: "1976", NotAfter: "1979"}, doc.Date{Value: "1975/1979"}, "", "coarse/years->years"},
	}
	for _, tc := range tests {
		if got := timeErrorCategory(tc.gold, tc.pred, tc.span, anchor); got != tc.want {
			t.Errorf("timeErrorCategory(%s, %q) = %q; want %q", tc.gold.Value(), tc.pred.Value, got, tc.want)
		}
	}
	if got := timeMissCategory(gumDate{From: "2020-06-08", To: "2020-06-14"}); got != "miss/range/week" {
		t.Errorf("miss category = %q", got)
	}
	if got := timeFalseCategory(doc.Date{Value: "2020-06-14", Type: doc.DateDate}); got != "false/DATE/day" {
		t.Errorf("false category = %q", got)
	}
}

// TestTimeDumpTrain prints every gold date of GUM train with the
// prediction matched to it (TIME_DUMP=1), to study GUM's conventions. It
// reads train only: dev is studied through counts.
func TestTimeDumpTrain(t *testing.T) {
	if os.Getenv("TIME_DUMP") == "" {
		t.Skip("TIME_DUMP=1 prints GUM train's gold dates with their predictions")
	}
	dir := testutil.SharedData(t, "time", "gum", "train")
	prep, err := timePipeline()
	if err != nil {
		t.Fatal(err)
	}
	r, err := timeEvaluate(t.Context(), prep, dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, d := range r.docs {
		txt := d.gum.Text
		for gi, g := range d.gum.Dates {
			p := d.match[gi]
			st, pv := "MISS ", ""
			if p >= 0 {
				st = "OK   "
				if !d.valueOK[gi] {
					st = "VALUE"
				}
				pv = fmt.Sprintf("%q = %s %s", txt[d.pred[p].Start:d.pred[p].End], d.pred[p].Value, d.spans[p])
			}
			ctx := txt[max(0, int(g.Start)-60):min(len(txt), int(g.End)+40)]
			fmt.Fprintf(&b, "%s %s [%s] %q gold %s | %s | %q\n", st, d.gum.ID, d.gum.Created, txt[g.Start:g.End], g.Value(), pv, ctx)
		}
	}
	t.Log("\n" + b.String())
}

// valueShape writes a value with its digits as 9, to tell formats apart
// without the values themselves.
func valueShape(v string) string {
	b := []byte(v)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '9'
		}
	}
	return string(b)
}
