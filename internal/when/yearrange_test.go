package when

import "testing"

// TestYearRangeEndNotTaken: two digits after a year and a dash that are a
// month, part of a longer figure or the second year of a winter are no
// year of their own.
func TestYearRangeEndNotTaken(t *testing.T) {
	for _, c := range []struct{ text, expr string }{
		{"The survey of 2016-03 was late.", "03"},
		{"The ratio was 1892-94.5 at most.", "94"},
		{"They camped there in the winter of 1776 - 77.", "77"},
		{"The span 1990 - 85 is reversed.", "85"},
	} {
		for _, d := range Tag(c.text, nil, anchor) {
			if got := c.text[d.Start:d.End]; got == c.expr {
				t.Errorf("Tag(%q) found %q = %s", c.text, got, d.Value)
			}
		}
	}
}
