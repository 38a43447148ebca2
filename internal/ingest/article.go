package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"chronicle/internal/doc"
)

// jsonArticle is the article object of SPEC.md §1. Pointers tell a
// missing field from an empty one; ID is raw so that numbers are accepted.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	URL       *string         `json:"url"`
	Title     *string         `json:"title"`
	Published *string         `json:"published"`
	Source    *string         `json:"source"`
	Author    *string         `json:"author"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
}

// fromJSON fills a from one article object. Invalid UTF-8 is repaired
// before decoding, so that it is counted (encoding/json would replace it
// silently). "text" wins over "html" when both are present; metadata
// fields win over what the HTML page says.
func (a *article) fromJSON(data []byte) error {
	s, bad := repairUTF8(bytes.TrimPrefix(data, []byte(bom)))
	if !isObject(s) && json.Valid([]byte(s)) {
		return fmt.Errorf("%w: not a JSON object", ErrBadJSON)
	}
	var j jsonArticle
	if err := json.Unmarshal([]byte(s), &j); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return fmt.Errorf("%w: %v (at byte %d)", ErrBadJSON, err, se.Offset)
		case errors.As(err, &te):
			return fmt.Errorf("%w: field %q must be a string, not a %s", ErrBadJSON, te.Field, te.Value)
		}
		return fmt.Errorf("%w: %v", ErrBadJSON, err)
	}
	switch {
	case j.Text != nil:
		a.text = *j.Text
	case j.HTML != nil:
		if err := a.fromHTML([]byte(*j.HTML)); err != nil {
			return err
		}
	default:
		return fmt.Errorf("%w: no \"text\" or \"html\" field", ErrBadJSON)
	}
	a.bad += bad
	id, err := jsonID(j.ID)
	if err != nil {
		return err
	}
	a.id = id
	set := func(dst *string, src *string) {
		if src != nil && strings.TrimSpace(*src) != "" {
			*dst = strings.TrimSpace(*src)
		}
	}
	set(&a.url, j.URL)
	set(&a.title, j.Title)
	set(&a.source, j.Source)
	set(&a.author, j.Author)
	if j.Published != nil && strings.TrimSpace(*j.Published) != "" {
		t, hasTime, err := doc.ParsePublished(*j.Published)
		if err != nil {
			// Keep the article: a wrong date is a problem to report, and
			// the fallback (Options.Published) is still a fair anchor.
			a.notes = append(a.notes, fmt.Sprintf("published %q is not YYYY-MM-DD or RFC 3339; ignored", *j.Published))
		} else {
			a.published, a.publishedHasTime = t, hasTime
		}
	}
	return nil
}

// isObject reports whether the JSON text s (already known valid) is an
// object rather than an array, string, number or null.
func isObject(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n")
	return strings.HasPrefix(s, "{")
}

// jsonID accepts an id given as a string or a number.
func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf("%w: \"id\" must be a string or a number, got %s", ErrBadJSON, truncate(string(raw), 40))
}

// truncate shortens s to about n bytes for an error message, on a rune
// boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
