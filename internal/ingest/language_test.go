package ingest

import (
	"strings"
	"testing"
)

// Texts written for chronicle's tests; the German and Spanish ones say the
// same as the English one.
const (
	englishReport = "The foreign minister said on Tuesday that the talks with the " +
		"neighbouring country would resume next week, after a pause of two months " +
		"in which both sides accused each other of bad faith. Officials in the " +
		"capital told reporters that the first meeting would be held at the border " +
		"and that the agenda had not yet been agreed."
	germanReport = "Der Außenminister sagte am Dienstag, dass die Gespräche mit dem " +
		"Nachbarland in der kommenden Woche wieder aufgenommen werden, nach einer " +
		"Pause von zwei Monaten, in der sich beide Seiten Unredlichkeit vorwarfen. " +
		"Beamte in der Hauptstadt sagten Journalisten, das erste Treffen werde an der " +
		"Grenze stattfinden und die Tagesordnung sei noch nicht vereinbart."
	spanishReport = "El ministro de Asuntos Exteriores dijo el martes que las " +
		"conversaciones con el país vecino se reanudarán la próxima semana, tras una " +
		"pausa de dos meses en la que ambas partes se acusaron de mala fe. Fuentes " +
		"oficiales dijeron a los periodistas que la primera reunión se celebrará en la " +
		"frontera y que el orden del día aún no se ha acordado."
)

func TestNotEnglishIsNoted(t *testing.T) {
	for _, c := range []struct {
		name, content string
		noted         bool
	}{
		{"english.txt", englishReport, false},
		{"german.txt", germanReport, true},
		{"spanish.json", `{"text": "` + spanishReport + `"}`, true},
		{"german.html", "<html><body><article><p>" + germanReport + "</p></article></body></html>", true},
		{"english.html", "<html><body><article><p>" + englishReport + "</p></article></body></html>", false},
		// Too short to judge: a caption or a headline is left alone.
		{"short.txt", "Der Außenminister sagte am Dienstag, die Gespräche würden fortgesetzt.", false},
	} {
		it := one(t, c.name, c.content, Options{})
		if it.Err != nil {
			t.Fatalf("%s: %v", c.name, it.Err)
		}
		noted := false
		for _, d := range it.Doc.Diagnostics {
			if d.Stage == Stage && strings.Contains(d.Message, "does not read as English") {
				noted = true
			}
		}
		if noted != c.noted {
			t.Errorf("%s: noted as not English = %v, want %v (diagnostics %+v)", c.name, noted, c.noted, it.Doc.Diagnostics)
		}
	}
}

func TestCountWordsAtLeast(t *testing.T) {
	for _, c := range []struct {
		text     string
		limit, n int
	}{
		{"", 5, 0},
		{"  one\ttwo\nthree  ", 5, 3},
		{"a b c d e f", 4, 4},
	} {
		if n := countWordsAtLeast(c.text, c.limit); n != c.n {
			t.Errorf("countWordsAtLeast(%q, %d) = %d, want %d", c.text, c.limit, n, c.n)
		}
	}
}
