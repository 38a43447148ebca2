package store

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ftsToTSQuery translates a Filter.Text query in SQLite FTS5 syntax into
// PostgreSQL to_tsquery syntax, so that `query --text` means the same on
// both stores: words (implicitly ANDed), "phrases" (a <-> b), prefix*
// (word:*), AND, OR, NOT (binary in FTS5: a NOT b = a & !b), parentheses,
// and column filters (title:spain weighs the term to the column: title A
// and text B for articles; text A and speaker_name B for quotes). Words
// are split on anything that is not a letter, digit or mark, as FTS5's
// unicode61 tokenizer does. Case and diacritics are folded in SQL
// (chronicle_tsquery: to_tsquery('simple', unaccent(...))).
//
// Like FTS5, it rejects a query with an unclosed quote or parenthesis, an
// operator without operands or an unknown column; the store reports that
// as a full-text query error.
func ftsToTSQuery(q string, quotes bool) (string, error) {
	weights := map[string]string{"title": "A", "text": "B"}
	if quotes {
		weights = map[string]string{"text": "A", "speaker_name": "B"}
	}
	var b strings.Builder
	operand := false   // the last thing written was an operand
	pendingOp := false // an operator waits for its right operand
	weight := ""       // column filter for the next operand
	open := 0
	emit := func(parts []string, prefix bool) {
		if len(parts) == 0 {
			return
		}
		if operand {
			b.WriteString(" & ")
		}
		if len(parts) > 1 {
			b.WriteByte('(')
		}
		for i, p := range parts {
			if i > 0 {
				b.WriteString(" <-> ")
			}
			b.WriteString(p)
			suffix := weight
			if prefix && i == len(parts)-1 {
				suffix = "*" + weight
			}
			if suffix != "" {
				b.WriteString(":" + suffix)
			}
		}
		if len(parts) > 1 {
			b.WriteByte(')')
		}
		operand, weight, pendingOp = true, "", false
	}
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == '"':
			end := strings.IndexByte(q[i+1:], '"')
			if end < 0 {
				return "", fmt.Errorf("unterminated string")
			}
			phrase := q[i+1 : i+1+end]
			i += end + 2
			prefix := i < len(q) && q[i] == '*'
			if prefix {
				i++
			}
			emit(words(phrase), prefix)
		case c == '(':
			if operand {
				b.WriteString(" & ")
			}
			b.WriteByte('(')
			open++
			operand, weight = false, ""
			i++
		case c == ')':
			if open == 0 || !operand || pendingOp {
				return "", fmt.Errorf("syntax error near \")\"")
			}
			b.WriteByte(')')
			open--
			i++
		case isWordByte(q, i):
			j := i
			for j < len(q) && isWordByte(q, j) {
				_, size := utf8.DecodeRuneInString(q[j:])
				j += size
			}
			w := q[i:j]
			i = j
			prefix := i < len(q) && q[i] == '*'
			if prefix {
				i++
			}
			op := map[string]string{"AND": " & ", "OR": " | ", "NOT": " & !"}[w]
			switch {
			case op != "" && (!operand || pendingOp):
				return "", fmt.Errorf("syntax error near %q", w)
			case op != "":
				b.WriteString(op)
				operand, pendingOp = false, true
			case w == "NEAR" && i < len(q) && q[i] == '(':
				// NEAR(a b, 5): the terms, without the distance.
			case i < len(q) && q[i] == ':':
				var ok bool
				if weight, ok = weights[strings.ToLower(w)]; !ok {
					return "", fmt.Errorf("no such column: %s", w)
				}
				i++
			default:
				emit(words(w), prefix)
			}
		default:
			i++ // punctuation, '^', '+', ',', digits of NEAR's distance after ','
		}
	}
	if open > 0 || pendingOp {
		return "", fmt.Errorf("syntax error near end of query")
	}
	return b.String(), nil
}

// isWordByte reports whether the rune at q[i] belongs to a word.
func isWordByte(q string, i int) bool {
	r, _ := utf8.DecodeRuneInString(q[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_'
}

// words splits s into the terms of a phrase.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
	})
}
