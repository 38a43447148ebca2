package actor

// Small closed word lists the rules use, in folded form.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	// titles are dropped from person names ("Mr. Albares" = "Albares").
	titles = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "madam", "prof", "prof.", "mister")

	// roleModifiers may stand between a country and a role ("Lebanon's
	// new President"); former ones make the role a former one.
	roleModifiers = set("new", "then", "acting", "interim", "outgoing", "incoming", "current", "longtime",
		"veteran", "deputy", "-", "former", "ex", "ex-", "ousted", "late")
	formerWords = set("former", "ex", "ex-", "ousted", "late")

	// locatives are prepositions after which a capital is a place ("a
	// meeting in Washington"), not a government ("Washington said").
	// "to" and "from" are left out: "a letter to Washington" is addressed
	// to the government.
	locatives = set("in", "at", "near", "outside", "inside", "around", "across", "throughout", "within",
		"into", "via", "through", "visited", "visiting", "streets", "downtown", "central")

	// internationalForces are sector words of forces that, with no
	// country or organisation named, are international (CAMEO IGOMIL):
	// a peacekeeping force is sent by an organisation of states, not by
	// the country it serves in.
	internationalForces = set("peacekeepers", "peacekeeping force", "peacekeeping forces", "peacekeeping troops")

	// namedCountryOnly are sector words that make a group only with
	// their country named in the phrase, never from context.
	namedCountryOnly = set("people")

	// groupModifiers may stand between a country and a sector word
	// ("Russian senior officials", "Spanish top diplomats").
	groupModifiers = set("senior", "top", "local", "regional", "federal", "national", "state", "provincial",
		"foreign", "government", "military", "security", "defence", "defense", "intelligence", "trade",
		"armed", "elite", "special", "rebel", "opposition", "allied", "ruling", "junior", "high-ranking",
		"high-level", "former", "other", "some", "many", "several", "two", "three", "four", "five", "few")

	// modifierBreak are words after which a modifier-capable sector word
	// ("military", "police") is still the head of its phrase.
	modifierBreak = set("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
		"would", "can", "could", "should", "may", "might", "must", "shall", "did", "do", "does", "and",
		"or", "but", "as", "of", "in", "on", "at", "to", "for", "from", "with", "by", "that", "which", "who",
		"said", "says", "say", "told", "after", "before", "since", "when", "while", "if", "than", "into",
		"against", "over", "under", "about", "also", "not", "had", "then", "its", "their", "his", "her",
		"the", "a", "an", "this", "these", "those", "last", "this", "'s", "'")

	// irregularPast are past-tense verbs without -ed that follow a
	// subject ("the military withdrew").
	irregularPast = set("said", "told", "grew", "fought", "took", "began", "made", "sent", "struck", "came", "went",
		"won", "lost", "held", "led", "left", "met", "kept", "gave", "hit", "shot", "withdrew", "drove", "broke",
		"brought", "built", "bought", "caught", "chose", "did", "fell", "felt", "found", "fled", "got", "knew",
		"ran", "rose", "saw", "sought", "stood", "spoke", "wrote", "says", "is", "has")

	// sourceHeads and sourceTriggers find unnamed sources: "people
	// familiar with the matter", "a person with knowledge of the plans",
	// "officials who asked not to be identified".
	sourceHeads    = set("people", "person", "persons", "sources", "source", "someone", "insiders", "officials", "official", "diplomats", "diplomat", "aides", "aide")
	sourceTriggers = [][]string{
		{"familiar", "with"}, {"with", "knowledge", "of"}, {"with", "direct", "knowledge", "of"},
		{"close", "to"}, {"briefed", "on"}, {"knowledgeable", "about"}, {"aware", "of"},
		{"who", "asked", "not", "to", "be"}, {"who", "declined", "to", "be"}, {"who", "requested", "anonymity"},
		{"speaking", "on", "condition", "of", "anonymity"}, {"who", "spoke", "on", "condition", "of", "anonymity"},
		{"involved", "in"}, {"with", "knowledge", "about"},
	}
	// sourceStops end the object of a source trigger ("the matter told").
	sourceStops = set("said", "says", "say", "told", "tell", "according", "who", "and", "but", "have", "has",
		"had", "were", "was", "are", "is", "asked", "added", "declined", "because", "as", "while", "on", "in")
	// sourceBack are the later mentions of an unnamed source ("the people said").
	sourceBack = set("the people", "the person", "the sources", "the source", "those people", "these people", "the officials", "the official")

	// Words that tell an unknown organisation's sector by its name.
	mediaWords    = set("news", "tv", "times", "post", "journal", "radio", "television", "herald", "gazette", "tribune", "daily", "broadcasting", "broadcaster", "magazine", "telegraph", "channel", "press", "newspaper", "media")
	businessWords = set("inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "llc", "plc", "holdings", "bank", "airlines", "airline", "motors", "co", "co.", "company", "ag", "gmbh", "s.a.", "energy", "petroleum", "oil", "pharmaceuticals", "technologies", "industries", "capital", "group", "partners", "securities", "insurance", "airways", "systems")
	partyWords    = set("party")
	eduWords      = set("university", "college", "school", "institute", "academy")
	healthWords   = set("hospital", "clinic")
	religionWords = set("church", "mosque", "diocese", "patriarchate")
	labourWords   = set("union", "confederation", "federation")
	// rebelWords end the names of armed movements ("… Liberation Front",
	// "… Brigades").
	rebelWords = set("front", "liberation", "brigade", "brigades", "guerrillas", "insurgents", "mujahideen", "jihad")
)
