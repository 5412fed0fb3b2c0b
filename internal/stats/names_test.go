package stats

import "testing"

func TestCountryLabelsAsPublished(t *testing.T) {
	may := parseText(t, "2025-05", reportText(t, "2025-05"))
	june := parseText(t, "2022-06", reportText(t, "2022-06"))
	nov := parseText(t, "2023-11", reportText(t, "2023-11"))
	cases := []struct {
		r                     *Report
		published, lang       string
		name, also, alsoLang  string
		translated, uncertain bool
	}{
		// English report on English pages: as printed, CLDR's name second.
		{may, "Palestine", "en", "Palestine", "Palestinian Territories", "en", false, false},
		{may, "Ivory Coast", "en", "Ivory Coast", "Côte d’Ivoire", "en", false, false},
		{june, "Bosnia-Herzegovina", "en", "Bosnia-Herzegovina", "Bosnia & Herzegovina", "en", false, false},
		{june, "The Philippines", "en", "The Philippines", "", "", false, false},
		{may, "Afghanistan", "en", "Afghanistan", "", "", false, false},
		// Norwegian report on English pages: CLDR English, marked, the printed name second.
		{nov, "Elfenbenskysten", "en", "Côte d’Ivoire", "Elfenbenskysten", "nb", true, false},
		{nov, "Storbritannia", "en", "United Kingdom", "Storbritannia", "nb", true, false},
		{nov, "Afghanistan", "en", "Afghanistan", "", "", true, false},
		// English report on Norwegian pages: CLDR Bokmål, the printed name second.
		{may, "Ivory Coast", "nb", "Elfenbenskysten", "Ivory Coast", "en", true, false},
		// Norwegian report on Norwegian pages.
		{nov, "Bosnia-Hercegovina", "nb", "Bosnia-Hercegovina", "", "", false, false},
		{nov, "Kongo", "nb", "Kongo", "", "", false, false},
		// Uncertain: as printed, whatever the page's language.
		{may, "Congo", "nb", "Congo", "", "", false, true},
	}
	for _, c := range cases {
		row := findRow(t, append(c.r.ByNationality, c.r.ByDestination...), c.published)
		l := LabelCountry(row, c.r.SourceLanguage, c.lang)
		if l.Name != c.name || l.Also != c.also || l.AlsoLang != c.alsoLang || l.Translated != c.translated || l.Uncertain != c.uncertain {
			t.Errorf("%s %q on %s pages: %+v; want %q / %q (%s) translated %v uncertain %v",
				c.r.Period, c.published, c.lang, l, c.name, c.also, c.alsoLang, c.translated, c.uncertain)
		}
	}
}
