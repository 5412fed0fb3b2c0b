package stats

import "returninfo/internal/stats/countries"

// CountryLabel is how a page names a row's country (issue 13: names as
// published, identities that can be joined).
type CountryLabel struct {
	// Name is the primary label: the name as the police printed it when
	// the report is in the page's language; otherwise CLDR's name in the
	// page's language (Translated).
	Name     string
	NameLang string
	// Also is the secondary label, "" if it would only repeat Name: CLDR's
	// standard name in the page's language, or, for a translated Name, the
	// name as printed (in the report's language, AlsoLang).
	Also       string
	AlsoLang   string
	Translated bool
	// Uncertain: the printed name can mean more than one country; Name is
	// as printed and the row's country_note argues the reading.
	Uncertain bool
}

// LabelCountry names row for a page in lang; reportLang is the language
// of the report the row comes from (Report.SourceLanguage).
func LabelCountry(row Row, reportLang, lang string) CountryLabel {
	l := CountryLabel{Name: row.PublishedName, NameLang: reportLang}
	if row.CountryUncertain {
		l.Uncertain = true
		return l
	}
	standard := countries.Name(row.Country, lang)
	switch {
	case standard == "":
	case reportLang == lang:
		l.Also, l.AlsoLang = standard, lang
	default:
		l.Name, l.NameLang, l.Translated = standard, lang, true
		l.Also, l.AlsoLang = row.PublishedName, reportLang
	}
	if countries.Normalize(l.Also) == countries.Normalize(l.Name) {
		l.Also, l.AlsoLang = "", ""
	}
	return l
}
