package apitest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"chronicle/internal/doc"
)

// Rich returns four hand-made articles with every layer filled, published
// between June and August 2025: Spain's foreign minister Albares on NATO
// spending and Ukraine, a WHO cholera briefing, a Sahel mediation and a
// follow-up on Albares. The same actors recur, so actor pages have a
// timeline and a network.
func Rich() ([]*doc.Document, error) {
	var docs []*doc.Document
	for _, f := range []func() (*doc.Document, error){albaresNATO, whoCholera, sahelTalks, albaresMorocco} {
		d, err := f()
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func albaresNATO() (*doc.Document, error) {
	b := newBuilder("albares-nato", "Spain’s Albares says the country is a committed NATO ally", "Wire Desk", "2025-08-19",
		"Spain’s foreign minister defended the government’s military spending on Tuesday.",
		"“Spain is a very committed ally,” Foreign Minister José Manuel Albares said in a television interview in Madrid.",
		"He said Madrid would keep sending military equipment to Ukraine.",
		"US President Donald Trump threatened Spain with tariffs last week over its refusal to reach the new NATO target.",
		"“We need a ceasefire first of all,” Albares said, accusing Russia of stalling the talks.")
	albares := b.actor("José Manuel Albares", "person", "ESP", "GOV", "foreign minister", "PER",
		"José Manuel Albares", "Albares#1")
	spain := b.actor("Spain", "country", "ESP", "", "", "GPE", "Spain#1", "Spain#2")
	trump := b.actor("Donald Trump", "person", "USA", "GOV", "president", "PER", "Donald Trump")
	ukraine := b.actor("Ukraine", "country", "UKR", "", "", "GPE", "Ukraine")
	russia := b.actor("Russia", "country", "RUS", "", "", "GPE", "Russia")
	nato := b.actor("NATO", "organisation", "", "IGO", "", "ORG", "NATO")
	b.entity("Madrid", "LOC")
	b.quote("Spain is a very committed ally,", doc.QuoteDirect, albares, "Foreign Minister José Manuel Albares", "said", "television")
	b.quote("Madrid would keep sending military equipment to Ukraine", doc.QuoteIndirect, albares, "He", "He said", "")
	b.quote("We need a ceasefire first of all,", doc.QuoteDirect, albares, "Albares#1", "said#2", "")
	b.event("AID", "07", "sending military equipment", "", "", []int32{spain}, []int32{ukraine})
	b.event("THREATEN", "13", "threatened", "2025-W33", "", []int32{trump}, []int32{spain})
	b.event("ACCUSE", "11", "accusing", "2025-08-19", "Madrid", []int32{albares}, []int32{russia})
	b.event("REJECT", "12", "refusal", "", "", []int32{spain}, []int32{nato})
	b.date("Tuesday", "2025-08-19", doc.DateDate)
	b.date("last week", "2025-W33", doc.DateDate)
	return b.done()
}

func whoCholera() (*doc.Document, error) {
	b := newBuilder("who-cholera", "WHO warns of cholera spread after floods in Nairobi", "Health Wire", "2025-07-02",
		"The World Health Organization warned on Wednesday that cholera cases were rising in Nairobi after the floods.",
		"“Clean water is the most urgent need,” said Dr Amina Yusuf, who leads the response for the agency in Kenya.",
		"Kenya’s health ministry asked donors for more vaccine doses by the end of July.")
	who := b.actor("World Health Organization", "organisation", "", "IGO", "", "ORG", "World Health Organization")
	yusuf := b.actor("Amina Yusuf", "person", "KEN", "IGO", "response lead", "PER", "Amina Yusuf")
	kenya := b.actor("Kenya", "country", "KEN", "GOV", "", "GPE", "Kenya#1")
	b.entity("Nairobi", "LOC")
	b.quote("Clean water is the most urgent need,", doc.QuoteDirect, yusuf, "Dr Amina Yusuf", "said", "")
	b.event("ACCUSE", "11", "warned", "2025-07-02", "Nairobi", []int32{who}, nil)
	b.event("REQUEST", "10", "asked", "2025-07", "Nairobi", []int32{kenya}, []int32{who})
	b.date("Wednesday", "2025-07-02", doc.DateDate)
	b.date("the end of July", "2025-07", doc.DateDate)
	return b.done()
}

func sahelTalks() (*doc.Document, error) {
	b := newBuilder("sahel-talks", "ECOWAS envoys meet Sahel juntas in Abuja", "Wire Desk", "2025-06-12",
		"ECOWAS envoys met representatives of Mali and Niger in Abuja on Thursday to discuss trade and security.",
		"“The door remains open,” said Omar Touray, the commission president, after the meeting.",
		"Spain and the European Union offered to fund the border programme, according to a joint statement.")
	ecowas := b.actor("ECOWAS", "organisation", "", "IGO", "", "ORG", "ECOWAS")
	mali := b.actor("Mali", "country", "MLI", "GOV", "", "GPE", "Mali")
	niger := b.actor("Niger", "country", "NER", "GOV", "", "GPE", "Niger")
	touray := b.actor("Omar Touray", "person", "", "IGO", "commission president", "PER", "Omar Touray")
	spain := b.actor("Spain", "country", "ESP", "", "", "GPE", "Spain")
	eu := b.actor("European Union", "organisation", "", "IGO", "", "ORG", "European Union")
	b.entity("Abuja", "LOC")
	b.quote("The door remains open,", doc.QuoteDirect, touray, "Omar Touray", "said", "")
	b.event("CONSULT", "04", "met", "2025-06-12", "Abuja", []int32{ecowas}, []int32{mali, niger})
	b.event("AID", "07", "offered to fund", "", "", []int32{spain, eu}, []int32{ecowas})
	b.date("Thursday", "2025-06-12", doc.DateDate)
	return b.done()
}

func albaresMorocco() (*doc.Document, error) {
	b := newBuilder("albares-morocco", "Albares and Bourita agree on migration patrols", "Wire Desk", "2025-08-28",
		"José Manuel Albares met his Moroccan counterpart Nasser Bourita in Rabat on Thursday.",
		"“Our cooperation on migration saves lives,” Albares said at a joint news conference.",
		"Bourita said Morocco would add patrols along the coast before September.",
		"Albares praised Morocco for its work with the Spanish coast guard.")
	albares := b.actor("José Manuel Albares", "person", "ESP", "GOV", "foreign minister", "PER",
		"José Manuel Albares", "Albares#1", "Albares#2")
	bourita := b.actor("Nasser Bourita", "person", "MAR", "GOV", "foreign minister", "PER", "Nasser Bourita", "Bourita#1")
	morocco := b.actor("Morocco", "country", "MAR", "", "", "GPE", "Morocco", "Morocco#1")
	b.entity("Rabat", "LOC")
	b.quote("Our cooperation on migration saves lives,", doc.QuoteDirect, albares, "Albares#1", "said#0", "")
	b.quote("Morocco would add patrols along the coast before September", doc.QuoteIndirect, bourita, "Bourita", "Bourita said", "")
	b.event("CONSULT", "04", "met", "2025-08-28", "Rabat", []int32{albares}, []int32{bourita})
	b.event("COOPERATE", "06", "praised", "2025-08-28", "Rabat", []int32{albares}, []int32{morocco})
	b.date("Thursday", "2025-08-28", doc.DateDate)
	b.date("before September", "2025-09", doc.DateDate)
	return b.done()
}

// Hostile returns an article whose title, text, quote, speaker name and
// event fields carry script tags and attribute payloads. Each payload, if
// it ever ran, would set data-pwned on the document element; the UI test
// checks that it never does and that the payloads show as text.
func Hostile() (*doc.Document, error) {
	const (
		script = `<script>document.documentElement.setAttribute('data-pwned','script')</script>`
		img    = `<img src=x onerror="document.documentElement.setAttribute('data-pwned','img')">`
		attr   = `" onmouseover="document.documentElement.setAttribute('data-pwned','attr')" x="`
	)
	b := newBuilder("hostile", "Albares "+script, "Evil "+img, "2025-08-20",
		"Albares wrote "+script+" in a letter.",
		"“"+img+" is a picture,” Albares said.",
		"Albares met "+attr+" in Madrid.")
	albares := b.actor("José Manuel Albares", "person", "ESP", "GOV", "foreign minister", "PER", "Albares", "Albares#1")
	evil := b.actor("Evil "+attr, "person", "", "", "", "PER", attr)
	b.quote(img+" is a picture,", doc.QuoteDirect, albares, "Albares#1", "said", attr)
	b.event("CONSULT", "04", "met", "2025-08-20", img, []int32{albares}, []int32{evil})
	return b.done()
}

// The synthetic corpus's cast. Real news has a long tail: a handful of
// names appear in a large share of articles and most in a few. Synthetic
// keeps one heavy actor (HeavyActor, in about a fifth of the articles, the
// worst case for an actor page), draws the others from a Zipf law over
// the named people and then about a thousand generated ones, and does the
// same for countries and topics.
const HeavyActor = "Donald Trump"

var (
	synPeople    = []string{"José Manuel Albares", "Nasser Bourita", "Amina Yusuf", "Omar Touray", "Ana Weber", "Li Wei", "Kofi Mensah"}
	synFirst     = []string{"Adele", "Bruno", "Carmen", "Dario", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kemal", "Lena", "Marco", "Nadia", "Oscar", "Petra", "Rafael", "Sofia", "Tomas", "Yara"}
	synLast      = []string{"Abara", "Berger", "Costa", "Dlamini", "Eriksen", "Fofana", "Garcia", "Haddad", "Ivanova", "Jensen", "Kamau", "Lopez", "Moreau", "Novak", "Okafor", "Petrov", "Quispe", "Rossi", "Sato", "Tanaka", "Usman", "Varga", "Weiss", "Xu", "Yilmaz", "Zeller", "Achebe", "Banda", "Chen", "Diallo", "Esposito", "Fischer", "Gomez", "Horvat", "Ibrahim", "Jovanovic", "Kowalski", "Larsen", "Mwangi", "Nguyen", "Owusu", "Pereira", "Quinn", "Reyes", "Silva", "Traore", "Uchida", "Vogel", "Wanjiru", "Zubiri"}
	synCountries = []string{"Spain", "Morocco", "Kenya", "Nigeria", "Germany", "China", "Ghana", "France", "Senegal", "Italy", "Egypt", "Brazil", "India", "Japan", "Mexico", "Turkey", "Poland", "Peru", "Chile", "Norway"}
	synCodes     = []string{"ESP", "MAR", "KEN", "NGA", "DEU", "CHN", "GHA", "FRA", "SEN", "ITA", "EGY", "BRA", "IND", "JPN", "MEX", "TUR", "POL", "PER", "CHL", "NOR"}
	synTopics    = []string{"migration", "trade", "security", "energy", "health", "water", "fisheries", "elections", "tariffs", "drought", "vaccines", "railways", "debt", "wheat", "refugees", "fuel", "ports", "mining", "tourism", "cables"}
	synSaid      = []string{"The talks on %s were frank and useful,", "We made real progress on %s today,", "There is no agreement on %s yet,", "Our position on %s has not changed,"}
)

// SyntheticPerson returns the k-th person of the cast: the named people
// first, then generated names (k may be up to about a thousand).
func SyntheticPerson(k int) string {
	if k < len(synPeople) {
		return synPeople[k]
	}
	k -= len(synPeople)
	return synFirst[k%len(synFirst)] + " " + synLast[(k/len(synFirst))%len(synLast)]
}

// Synthetic returns the i-th article of a generated corpus for the load
// test: about 120 words, four actors (two people, two countries), two
// quotes and two events, published on one of 365 days of 2025. The same
// i always gives the same article.
func Synthetic(i int) (*doc.Document, error) {
	rng := rand.New(rand.NewPCG(uint64(i), 0x5eed))
	people := rand.NewZipf(rng, 1.2, 2, uint64(len(synPeople)+len(synFirst)*len(synLast)-1))
	places := rand.NewZipf(rng, 1.1, 1, uint64(len(synCountries)-1))
	topics := rand.NewZipf(rng, 1.1, 1, uint64(len(synTopics)-1))
	person := func() string {
		if rng.IntN(5) == 0 {
			return HeavyActor
		}
		return SyntheticPerson(int(people.Uint64()))
	}
	p, q := person(), person()
	for q == p {
		q = SyntheticPerson(int(people.Uint64()))
	}
	ci, oi := int(places.Uint64()), int(places.Uint64())
	if oi == ci {
		oi = (ci + 1 + rng.IntN(len(synCountries)-1)) % len(synCountries)
	}
	c, o := synCountries[ci], synCountries[oi]
	t := synTopics[topics.Uint64()]
	said := fmt.Sprintf(synSaid[rng.IntN(len(synSaid))], t)
	day := published.AddDate(0, 0, -rng.IntN(365)).Format(time.DateOnly)
	b := newBuilder(fmt.Sprintf("syn-%05d", i), fmt.Sprintf("%s and %s discuss %s (report %d)", p, q, t, i), "Synthetic Wire", day,
		fmt.Sprintf("%s met %s in %s on Monday to discuss %s, officials said in report %d.", p, q, c, t, i),
		fmt.Sprintf("“%s” %s said after the meeting.", said, p),
		fmt.Sprintf("%s said %s would send experts to %s next month.", q, o, c),
		fmt.Sprintf("Observers expect a new agreement on %s before the end of the year, and %s urged %s to sign it.", t, p, o))
	pi := b.actor(p, "person", synCodes[ci], "GOV", "minister", "PER", p, p+"#1", p+"#2")
	qi := b.actor(q, "person", "", "GOV", "minister", "PER", q, q+"#1")
	b.actor(c, "country", synCodes[ci], "", "", "GPE", c, c+"#1")
	oa := b.actor(o, "country", synCodes[oi], "", "", "GPE", o, o+"#1")
	b.quote(said, doc.QuoteDirect, pi, p+"#1", "said", "")
	b.quote(fmt.Sprintf("%s would send experts to %s next month", o, c), doc.QuoteIndirect, qi, q+"#1", "said#2", "")
	b.event("CONSULT", "04", "met", day, c, []int32{pi}, []int32{qi})
	b.event("REQUEST", "10", "urged", "", "", []int32{pi}, []int32{oa})
	b.date("Monday", day, doc.DateDate)
	b.date("next month", day[:7], doc.DateDate)
	return b.done()
}
