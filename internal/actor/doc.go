// Package actor knows who is who in the news and resolves the mentions of
// an article to actors.
//
// The knowledge base (KB) is embedded (kb/*.txt, a compact line format
// written for chronicle from public facts) and extendable with a user's
// JSON file (LoadKB, (*KB).Extend). It holds every ISO 3166-1 country with
// names, aliases, adjectives, demonyms and capitals; CAMEO regions;
// international organisations, institutions that stand for governments
// ("the Kremlin"), armed groups, outlets and companies; roles; sector
// words; and a starter list of office holders (valid on the date in
// kb/people.txt, see (*KB).Stats), with former leaders that news archives
// name (sector ELI; they never stand for the office now).
//
// The stage (NewStage) reads the tokens, sentences and entities layers and
// writes the actors layer, setting Entity.Actor. It never changes Text,
// tokens or entities.
//
// # Codes
//
// An actor's Code joins its Country (ISO 3166-1 alpha-3) and its Sector,
// CAMEO-style: "ESPGOV". Actors of no country use a CAMEO prefix instead:
// "IGO" for international organisations (whose code is just "IGO") and
// their people and troops ("IGOMIL" for "UN peacekeepers", and for
// peacekeepers of no named country), "NGO" for
// non-governmental ones, "IMG" for armed groups of no country (CAMEO's
// international militarized groups: al-Qaeda is "IMGREB"), a region code
// for regional groups ("EURGOV" for
// "European officials"; the region is not an ISO country, so Country stays
// empty). Sector codes follow CAMEO:
//
//	GOV government, officials, diplomats, ministers, leaders
//	MIL armed forces, troops, generals
//	COP police (CAMEO's code; not POL, which would read as Poland)
//	LEG parliament, lawmakers
//	JUD courts, judges, prosecutors
//	OPP opposition
//	REB rebels, insurgents, militants, armed groups
//	SEP separatists
//	CVL civilians, residents, protesters (CAMEO codes protesters by who
//	    they are; with nothing else known they are civilians)
//	REF refugees, migrants
//	BUS companies, investors
//	MED media, journalists, news outlets
//	HLH health workers
//	EDU students, teachers
//	LAB workers, unions
//	AGR farmers
//	REL clergy
//	SPY intelligence services
//	CRM criminals
//	ELI former office holders ("former president")
//	IGO, NGO international and non-governmental organisations
//
// # Countries from context
//
// A sector word with no country of its own ("police", "protesters",
// "rebels", "the army") takes the country of its sentence's locative
// place, else of the sentence's first country mention, else the article's
// dominant country, as CAMEO coders do (contextcountry.go). Refugees keep
// none: CAMEO codes them by origin.
//
// # Peoples
//
// A plural demonym ("Albanians") or a nationality before a word for a
// people ("the Russian minority") is a group of no sector, coded with the
// country the people lives in, as CAMEO codes ethnic groups: a place after
// the phrase ("in southern Serbia"), else for a minority ("ethnic",
// "minority") the country of the report, else its own (peoples.go).
//
// # Kinds
//
// person, organisation, country (a country, or a capital standing for its
// government), group (a noun phrase such as "Spanish officials" or an
// unnamed source) and place (a location that is not acting: "in
// Washington").
package actor
