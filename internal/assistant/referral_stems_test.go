package assistant

import (
	"strings"
	"testing"
)

// A one-word referral is matched by its stem, so a word of the concepts
// with the same stem says it too: "allowed" (eligibility) fired the
// welfare referral through "allowance", and "I was expelled. Will I never
// be allowed into Norway again?" was told this service does not cover
// money. Such a referral word is written exact (=), unless the two words
// are one word's forms.
func TestReferralWordsKeepToTheirOwnStem(t *testing.T) {
	sameWord := map[string]bool{
		"citizenship citizenships": true,
		"asylsoknad asylsoknaden":  true,
		"ring ringe":               true,
		"ring ringer":              true,
		"ringe ringer":             true,
	}
	a, _ := realAssistant(t)
	checked := 0
	for lang, li := range a.langs {
		words := map[string][]string{} // stem → the concepts' words with it
		for _, says := range li.lex.concepts {
			for _, s := range says {
				for _, w := range strings.Fields(strings.ToLower(strings.TrimLeft(s, "+="))) {
					if st, _ := li.phraseStems(w); len(st) == 1 {
						words[st[0]] = append(words[st[0]], foldString(w))
					}
				}
			}
		}
		for _, r := range li.lex.referrals.Referral {
			for _, s := range r.Say {
				if strings.HasPrefix(s, "=") || len(strings.Fields(s)) != 1 {
					continue
				}
				st, _ := li.phraseStems(s)
				if len(st) != 1 {
					continue
				}
				checked++
				own := foldString(strings.ToLower(s))
				for _, w := range words[st[0]] {
					if w != own && !sameWord[own+" "+w] {
						t.Errorf("%s referral %s: %q shares its stem with the concepts' %q: write it %q, or add the pair here if they are one word", lang, r.ID, s, w, "="+s)
					}
				}
			}
		}
	}
	if checked < 50 {
		t.Fatalf("checked %d one-word referral phrases: not read?", checked)
	}
}
