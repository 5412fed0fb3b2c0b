package countries

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLookupReportSpellings(t *testing.T) {
	cases := []struct{ name, lang, code string }{
		{"The Philippines", "en", "PH"},
		{"Philippines", "en", "PH"},
		{"Filippinene", "nb", "PH"},
		{"The Gambia", "en", "GM"},
		{"Ivory Coast", "en", "CI"},
		{"Elfenbenskysten", "nb", "CI"},
		{"Türkiye", "en", "TR"},
		{"Turkey", "en", "TR"},
		{"Tyrkia", "nb", "TR"},
		{"USA", "en", "US"},
		{"United States", "en", "US"},
		{"The United Kingdom", "en", "GB"},
		{"United Kingdom", "en", "GB"},
		{"Storbritannia", "nb", "GB"},
		{"Bosnia-Herzegovina", "en", "BA"},
		{"Bosnia and Herzegovina", "en", "BA"},
		{"Bosnia-Hercegovina", "nb", "BA"},
		{"Yugoslavia", "en", "YU"},
		{"Kosovo", "en", "XK"},
		{"Stateless", "en", "stateless"},
		{"Statsløs", "nb", "stateless"},
		{"Unknown", "en", "unknown"},
		{"Ukjent", "nb", "unknown"},
		{"Republic of the Congo", "en", "CG"},
		{"Kongo", "nb", "CD"},
		{"Kongo-Brazzaville", "nb", "CG"},
		{"Saint Kitts and Nevis", "en", "KN"},
		{"Czech Republic", "en", "CZ"},
		{"Tsjekkia", "nb", "CZ"},
		{"Palestine", "en", "PS"},
		{"Palestina", "nb", "PS"},
		{"Hong Kong", "en", "HK"},
		{"Hongkong", "nb", "HK"},
		{"Svalbard og Jan Mayen", "nb", "SJ"},
		{"Grønland", "nb", "GL"},
		{"Den dominikanske republikk", "nb", "DO"},
		{"  the   PHILIPPINES ", "en", "PH"},    // case and spacing
		{"Østerrike", "en", "AT"},               // other language as fallback
		{"Dominican\u00a0Republic", "en", "DO"}, // no-break space from the PDF
	}
	for _, c := range cases {
		m, ok := Lookup(c.name, c.lang)
		if !ok || m.Code != c.code || m.Uncertain {
			t.Errorf("Lookup(%q, %s) = %+v, %v; want %s, certain", c.name, c.lang, m, ok, c.code)
		}
	}
}

func TestCongoAloneIsUncertain(t *testing.T) {
	m, ok := Lookup("Congo", "en")
	if !ok || !m.Uncertain || m.Code != "CD" || !slices.Equal(m.Candidates, []string{"CD", "CG"}) {
		t.Fatalf("Lookup(Congo) = %+v, %v; want CD, uncertain, candidates CD and CG", m, ok)
	}
	// The reading is argued in the data, not a silent default.
	if !strings.Contains(m.Note, "Read as CD") || !strings.Contains(m.Note, "CG") {
		t.Errorf("note %q does not argue the reading", m.Note)
	}
}

// Older and official spellings other months print are aliases (issue 13).
func TestOlderSpellingsAreAliases(t *testing.T) {
	cases := map[string]string{
		"Hviterussland": "BY", "Makedonia": "MK", "Burma": "MM", "Serbia og Montenegro": "CS",
		"Serbia and Montenegro": "CS", "Democratic Republic of the Congo": "CD", "DR Congo": "CD",
		"Cote d'Ivoire": "CI", "Côte d’Ivoire": "CI", "Viet Nam": "VN", "Russian Federation": "RU",
		"Great Britain": "GB", "United States of America": "US", "Uoppgitt": "unknown", "Not stated": "unknown",
	}
	for name, code := range cases {
		for _, lang := range []string{"en", "nb"} {
			if m, ok := Lookup(name, lang); !ok || m.Code != code || m.Uncertain {
				t.Errorf("Lookup(%q, %s) = %+v, %v; want %s", name, lang, m, ok, code)
			}
		}
	}
	if Name("CS", "nb") != "Serbia og Montenegro" || Name("CS", "en") != "Serbia and Montenegro" {
		t.Errorf("CS names %q / %q", Name("CS", "en"), Name("CS", "nb"))
	}
}

func TestLookupRejects(t *testing.T) {
	for _, name := range []string{"", "Atlantis", "Elfenbens-kysten", "World", "verden", "European Union", "Europa", "Unknown Region", "Canary Islands", "Bosnia- Hercegovina"} {
		if m, ok := Lookup(name, "en"); ok {
			t.Errorf("Lookup(%q) = %+v; want not found", name, m)
		}
	}
}

func TestBokmalNamesAreNotDanish(t *testing.T) {
	want := map[string]string{"GB": "Storbritannia", "TR": "Tyrkia", "AT": "Østerrike", "NL": "Nederland",
		"CD": "Kongo", "CG": "Kongo-Brazzaville", "CI": "Elfenbenskysten", "MK": "Nord-Makedonia", "PL": "Polen"}
	for code, name := range want {
		if got := Name(code, "nb"); got != name {
			t.Errorf("Name(%s, nb) = %q; want %q", code, got, name)
		}
	}
	if got := Name("GB", "en"); got != "United Kingdom" {
		t.Errorf("Name(GB, en) = %q", got)
	}
	if got := Name("GB", "xx"); got != "" {
		t.Errorf("Name(GB, xx) = %q; want empty for an unknown language", got)
	}
}

func TestCodesAreISOPlusSpecials(t *testing.T) {
	codes := Codes()
	alpha2 := regexp.MustCompile(`^[A-Z]{2}$`)
	n := 0
	for _, c := range codes {
		if alpha2.MatchString(c) {
			n++
		} else if c != "stateless" && c != "unknown" {
			t.Errorf("code %q is neither alpha-2 nor a special id", c)
		}
		for _, lang := range Languages() {
			if Name(c, lang) == "" {
				t.Errorf("code %s has no %s name", c, lang)
			}
		}
	}
	// ISO 3166-1 assigns 249 codes; XK, YU and CS (withdrawn) are added.
	if n != 252 {
		t.Errorf("%d two-letter codes; want 249 ISO 3166-1 codes + XK + YU + CS", n)
	}
	for _, notISO := range []string{"EU", "UN", "ZZ", "AC", "IC", "EZ", "QO", "XA"} {
		if slices.Contains(codes, notISO) {
			t.Errorf("codes contain %s, which ISO 3166-1 does not assign", notISO)
		}
	}
}

func TestNationalityAdjectives(t *testing.T) {
	for word, code := range map[string]string{"Romanian": "RO", "Polish": "PL", "Lithuanian": "LT", "Polen": "PL", "Litauen": "LT"} {
		if m, ok := Nationality(word, "en"); !ok || m.Code != code {
			t.Errorf("Nationality(%q) = %+v, %v; want %s", word, m, ok, code)
		}
	}
}

// The alias file is data: a mistyped code, an uncertain name without its
// argument or a stray key is refused when it is read.
func TestAliasFileIsChecked(t *testing.T) {
	good := "[aliases]\n\"Burma\" = \"MM\"\n[uncertain.Congo]\ncode = \"CD\"\ncandidates = [\"CD\", \"CG\"]\nnote = \"why\"\n"
	if a, u, err := readAliases(fstest.MapFS{AliasesFile: {Data: []byte(good)}}); err != nil || a["Burma"] != "MM" || u["Congo"].note != "why" {
		t.Fatalf("%v %v %v", a, u, err)
	}
	for _, bad := range []string{
		"[aliases]\n\"Burma\" = \"BU\"\n",
		"[uncertain.Congo]\ncode = \"CD\"\ncandidates = [\"CD\", \"CG\"]\n",
		"[uncertain.Congo]\ncode = \"CD\"\ncandidates = [\"CG\", \"CD\"]\nnote = \"x\"\n",
		"[uncertain.Congo]\ncode = \"CD\"\ncandidates = [\"CD\", \"ZZ\"]\nnote = \"x\"\n",
		"[alias]\n\"Burma\" = \"MM\"\n",
	} {
		if _, _, err := readAliases(fstest.MapFS{AliasesFile: {Data: []byte(bad)}}); err == nil {
			t.Errorf("accepted:\n%s", bad)
		}
	}
}
