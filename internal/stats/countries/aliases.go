package countries

// aliases are names the police reports use that neither CLDR's names nor
// Normalize cover, in any language. Add a name only when a report prints it.
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
}

// uncertainAliases are names that can mean more than one country. English
// "Congo" alone is read as CG (ISO 3166-1's short name for the Republic of the
// Congo is "Congo") but the democratic republic (CD) is possible, so the row
// keeps its published name and is marked uncertain.
var uncertainAliases = map[string]string{
	"Congo": "CG",
}

var uncertainCandidates = map[string][]string{
	"CG": {"CG", "CD"},
}

// specialNames are the codes outside CLDR's territory list.
var specialNames = map[string]map[string]string{
	"YU":        {"en": "Yugoslavia", "nb": "Jugoslavia"},
	"stateless": {"en": "Stateless", "nb": "Statsløs"},
	"unknown":   {"en": "Unknown", "nb": "Ukjent"},
}

// demonyms are the nationality adjectives the English reports use for the
// most common nationalities among convicted offenders.
var demonyms = map[string]string{
	"romanian":   "RO",
	"polish":     "PL",
	"lithuanian": "LT",
}
