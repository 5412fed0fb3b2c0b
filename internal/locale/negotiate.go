package locale

import "golang.org/x/text/language"

// negotiator maps an Accept-Language header to one of our languages.
type negotiator struct {
	matcher language.Matcher
	target  []string // for each supported tag, the language it leads to
}

func newNegotiator(langs []Language) negotiator {
	var n negotiator
	var tags []language.Tag
	for _, l := range langs {
		for _, t := range append([]string{l.Tag}, l.Also...) {
			tags = append(tags, language.MustParse(t))
			n.target = append(n.target, l.Tag)
		}
	}
	n.matcher = language.NewMatcher(tags)
	return n
}

// negotiate returns the language tag for an Accept-Language header; the
// first language when the header is missing, malformed or matches nothing.
func (n negotiator) negotiate(acceptLanguage string) string {
	prefs, _, err := language.ParseAcceptLanguage(acceptLanguage)
	if err != nil || len(prefs) == 0 {
		return n.target[0]
	}
	_, i, conf := n.matcher.Match(prefs...)
	if conf == language.No {
		return n.target[0]
	}
	return n.target[i]
}
