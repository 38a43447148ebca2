package text

// Kinds of abbreviation, which decide whether the period that the
// abbreviation keeps can also end a sentence.
const (
	abbrNone   uint8 = iota
	abbrTitle        // precedes a name: never ends a sentence (Mr., Gen.)
	abbrDigit        // keeps its period only before a number (No. 5, Fig. 2)
	abbrEnding       // may end a sentence (Inc., etc., Jr.); see sentences.go
)

// abbrevKind classifies w, a word without its period. The switch compiles
// to a binary search over constant strings: no map, no allocation.
func abbrevKind(w string) uint8 {
	switch w {
	case "Mr", "Mrs", "Ms", "Messrs", "Mssrs", "Dr", "Prof", "Gen", "Lt", "Col",
		"Maj", "Capt", "Cmdr", "Cmdt", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Sen",
		"Rep", "Reps", "Gov", "Pres", "Rev", "Hon", "Fr", "St", "Ste", "Mt", "Ft",
		"Supt", "Det", "Insp", "Amb", "Atty", "Asst", "Mme", "Mlle", "Msgr", "Sens",
		"Gens", "Drs", "Profs", "Rt", "Lieut", "Cdr", "Cmdrs", "Sgts", "Mx",
		"c", "Assoc", "Ass", "Dep", "Hr":
		return abbrTitle
	case "No", "Nos", "Fig", "Figs", "Vol", "Vols", "Art", "pp", "Ch", "ch",
		"Nr", "nr", "Sec", "sec":
		return abbrDigit
	case "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Jr", "Sr", "vs", "etc",
		"al", "approx", "est", "Dept", "dept", "Univ", "Assn", "Ave", "Blvd",
		"Rd", "Ln", "Hwy", "cf", "viz", "ca", "Esq", "Plc", "plc", "Pty", "LLC",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
		"Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
		"Sat", "Sun",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill",
		"Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss",
		"Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
		"Vt", "Wash", "Wis", "Wyo",
		"Ph", "Ed", "eds", "ed", "Eds", "ibid", "Ibid", "op", "cit", "vol",
		"fig", "figs", "govt", "Govt", "intl", "Intl", "Natl", "Dist",
		"Gov't", "mins", "hrs", "yrs", "oz", "lbs", "tsp", "tbsp", "Tbsp", "Tsp":
		return abbrEnding
	}
	return abbrNone
}

// isOpener reports whether w, a capitalised word after an abbreviation's
// period, typically begins a sentence ("Inc. The company ..."). Names and
// other capitalised words after an abbreviation usually continue it
// ("U.S. President", "Jan. 5"), so only closed-class openers count.
func isOpener(w string) bool {
	switch w {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This",
		"That", "These", "Those", "There", "But", "And", "Or", "So", "Yet", "In",
		"On", "At", "For", "If", "When", "While", "As", "After", "Before", "Its",
		"His", "Her", "Their", "Our", "My", "Your", "What", "Who", "How", "Why",
		"Where", "Which", "Some", "Many", "Most", "All", "No", "Not", "One",
		"Such", "Then", "Now", "However", "Meanwhile", "Also", "Although",
		"Since", "Still", "Despite", "According", "Under", "By", "From", "With",
		"To", "Last", "Next", "Earlier", "Later", "Each", "Every", "Both",
		"Neither", "Other", "Another", "Do", "Does", "Did", "Is", "Are", "Was",
		"Were", "Has", "Have", "Had", "Can", "Could", "Will", "Would", "Should",
		"Yes", "Oh", "Well", "Thanks", "Please", "Let", "Here", "Today":
		return true
	}
	return false
}

// timeContinues reports whether w, after "a.m." or "p.m.", continues the
// time expression: a day, a month or a time zone.
func timeContinues(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
		"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
		"Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "MT", "PST", "PDT", "PT",
		"GMT", "BST", "UTC", "CET", "CEST", "IST", "JST", "AEST", "Eastern", "Central",
		"Mountain", "Pacific", "Moscow", "Beijing", "London", "Paris", "Tokyo", "New":
		return true
	}
	return false
}
