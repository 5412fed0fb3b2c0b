package countries

// aliases are names the police reports use that neither CLDR's names nor
// Normalize cover, in any language. Add a name when a report prints it or
// other months are known to print it.
// Covered without an alias: "The Philippines", "The Gambia", "The United
// Kingdom" (leading "The"), "Ivory Coast", "Turkey", "Czech Republic",
// "Palestine", "Hong Kong" (CLDR variants), "Bosnia and Herzegovina",
// "Saint Kitts and Nevis" ("&", "St."), "Bosnia-Hercegovina", "Kongo",
// "Kongo-Brazzaville" (CLDR Bokmål), Yugoslavia, Stateless, Unknown
// (specialNames).
var aliases = map[string]string{
	"USA":                   "US", // CLDR has it in Bokmål only
	"Bosnia-Herzegovina":    "BA",
	"Republic of the Congo": "CG",
	// Older or official spellings other months print (issue 13).
	"Hviterussland":                    "BY",
	"Makedonia":                        "MK",
	"Burma":                            "MM",
	"Serbia og Montenegro":             "CS",
	"Democratic Republic of the Congo": "CD",
	"DR Congo":                         "CD",
	"Cote d'Ivoire":                    "CI",
	"Viet Nam":                         "VN",
	"Russian Federation":               "RU",
	"Great Britain":                    "GB",
	"United States of America":         "US",
	"Uoppgitt":                         "unknown",
	"Not stated":                       "unknown",
}

// uncertainAliases are names that can mean more than one country: the
// likeliest reading, every candidate, and the argument for the reading,
// which goes into the data (country_note) and so into every download.
var uncertainAliases = map[string]uncertain{
	"Congo": {
		code:       "CD",
		candidates: []string{"CD", "CG"},
		note: "Printed as \"Congo\", which can mean either the Democratic Republic of the Congo (CD) or the " +
			"Republic of the Congo (CG). Read as CD: the only report that names both (Norwegian, " +
			"November 2023) counts 16 returns to \"Kongo\" (the Democratic Republic) and 1 to " +
			"\"Kongo-Brazzaville\" so far that year, and Norwegian \"Kongo\" alone means the Democratic " +
			"Republic. Against it: ISO 3166-1's short name \"Congo\" is CG. Treat the code as uncertain.",
	},
}

type uncertain struct {
	code       string
	candidates []string
	note       string
}

// specialNames are the codes outside CLDR's territory list.
var specialNames = map[string]map[string]string{
	"YU":        {"en": "Yugoslavia", "nb": "Jugoslavia"},
	"stateless": {"en": "Stateless", "nb": "Statsløs"},
	"unknown":   {"en": "Unknown", "nb": "Ukjent"},
	// CS: Serbia and Montenegro (2003–2006), a code ISO 3166-1 has withdrawn.
	"CS": {"en": "Serbia and Montenegro", "nb": "Serbia og Montenegro"},
}

// demonyms are the nationality adjectives the English reports use for the
// most common nationalities among convicted offenders.
var demonyms = map[string]string{
	"romanian":   "RO",
	"polish":     "PL",
	"lithuanian": "LT",
}
