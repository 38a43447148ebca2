package whatlanggo

import (
	"strings"
	"testing"
)

// The texts are written for chronicle's tests: news-like sentences in
// English and in seven other languages, and edge cases.
func TestDetectLang(t *testing.T) {
	tests := []struct {
		name, text string
		want       Lang
	}{
		{"english news", "The foreign minister said on Tuesday that the talks with " +
			"the neighbouring country would resume next week, after a pause of two " +
			"months in which both sides accused each other of bad faith.", Eng},
		{"english headline style", "Floods hit northern provinces as rivers rise; " +
			"thousands leave their homes and the army is sent to help in the worst " +
			"hit towns, officials said.", Eng},
		{"english quote heavy", `"We will not give up," she told reporters. "This is ` +
			`about our children and what they can expect from us." He said it was too early to say.`, Eng},
		{"german", "Der Außenminister sagte am Dienstag, dass die Gespräche mit dem " +
			"Nachbarland in der kommenden Woche wieder aufgenommen werden, nach einer " +
			"Pause von zwei Monaten, in der sich beide Seiten Unredlichkeit vorwarfen.", Und},
		{"dutch", "De minister van Buitenlandse Zaken zei dinsdag dat de gesprekken met " +
			"het buurland volgende week worden hervat, na een pauze van twee maanden " +
			"waarin beide partijen elkaar van kwade trouw beschuldigden. Het is nog onduidelijk.", Und},
		{"french", "Le ministre des Affaires étrangères a déclaré mardi que les " +
			"négociations avec le pays voisin reprendraient la semaine prochaine, après " +
			"une pause de deux mois pendant laquelle on s'est accusé de mauvaise foi.", Und},
		{"spanish", "El ministro de Asuntos Exteriores dijo el martes que las " +
			"conversaciones con el país vecino se reanudarán la próxima semana, tras una " +
			"pausa de dos meses en la que ambas partes se acusaron de mala fe.", Und},
		{"italian", "Il ministro degli Esteri ha detto martedì che i colloqui con il " +
			"paese vicino riprenderanno la prossima settimana, dopo una pausa di due mesi " +
			"in cui le due parti si sono accusate a vicenda di malafede.", Und},
		{"indonesian", "Menteri Luar Negeri mengatakan pada hari Selasa bahwa " +
			"pembicaraan dengan negara tetangga akan dilanjutkan pekan depan, setelah " +
			"jeda dua bulan di mana kedua pihak saling menuduh beritikad buruk.", Und},
		{"russian", "Министр иностранных дел заявил во вторник, что переговоры с " +
			"соседней страной возобновятся на следующей неделе после двухмесячной паузы.", Und},
		{"too short", "The minister said so.", Und},
		{"empty", "", Und},
		{"numbers only", strings.Repeat("12 345 6789 ", 50), Und},
	}
	for _, tt := range tests {
		if got := DetectLang(tt.text); got != tt.want {
			w, h := countWords(tt.text)
			t.Errorf("%s: DetectLang = %v, want %v (%d of %d words are function words)",
				tt.name, got, tt.want, h, w)
		}
	}
}

func TestIso6391(t *testing.T) {
	if got := Eng.Iso6391(); got != "en" {
		t.Errorf("Eng.Iso6391() = %q", got)
	}
	if got := Und.Iso6391(); got != "" {
		t.Errorf("Und.Iso6391() = %q", got)
	}
}

func TestCountWords(t *testing.T) {
	tests := []struct {
		text        string
		words, hits int
	}{
		{"", 0, 0},
		{"The", 1, 1},
		{"the-of,AND", 3, 3},
		{"Überall the straße", 3, 1},
		{"theirselves the", 2, 1}, // a long word is never a function word
		{"don't", 2, 0},
		{strings.Repeat("the ", sampleWords+10), sampleWords, sampleWords},
	}
	for _, tt := range tests {
		w, h := countWords(tt.text)
		if w != tt.words || h != tt.hits {
			t.Errorf("countWords(%.20q) = %d, %d; want %d, %d", tt.text, w, h, tt.words, tt.hits)
		}
	}
}

// FuzzDetectLang checks that any input, valid UTF-8 or not, is answered
// without a panic and with a count that respects the sample.
func FuzzDetectLang(f *testing.F) {
	f.Add("The minister said on Tuesday that the talks would resume.")
	f.Add("\xff\xfe the of and")
	f.Fuzz(func(t *testing.T, s string) {
		w, h := countWords(s)
		if w < 0 || h < 0 || h > w || w > sampleWords {
			t.Fatalf("countWords = %d, %d", w, h)
		}
		if l := DetectLang(s); l != Eng && l != Und {
			t.Fatalf("DetectLang = %d", l)
		}
	})
}

func BenchmarkDetectLang(b *testing.B) {
	text := strings.Repeat("The foreign minister said on Tuesday that the talks would resume next week. ", 30)
	for b.Loop() {
		DetectLang(text)
	}
}
