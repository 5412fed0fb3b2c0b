package assistant

import (
	"returninfo/internal/answers"
	"returninfo/internal/locale"
)

// reply puts a decision in words, in the page's language.
func (a *Assistant) reply(r *Reply, loc *locale.Localizer, d decision, matchLang string) {
	r.Confidence = round3(d.confidence)
	switch d.kind {
	case KindAnswer, KindChoice:
		for i, id := range d.ids {
			ans, ok := a.lib.Answer(r.Lang, id)
			if !ok {
				continue
			}
			it := Item{Type: ItemAnswer, ID: id, Title: ans.Title, URL: answers.AnswerPath(r.Lang, id), Score: d.scores[i]}
			if d.kind == KindChoice {
				it.Summary = ans.Summary
			}
			r.Items = append(r.Items, it)
		}
		if len(r.Items) == 0 {
			break
		}
		r.Kind = d.kind
		if d.kind == KindChoice {
			r.Title = a.langs[r.Lang].lex.referrals.ChoiceTitle
			return
		}
		best, _ := a.lib.Answer(r.Lang, r.Items[0].ID)
		r.Title, r.Text = best.Title, best.Summary
		return
	case KindReferral:
		if a.referral(r, d.referral, matchLang) {
			return
		}
	}
	a.fallback(r, loc, d.ids, d.referral < 0 && d.confidence >= closeEnough)
}

// closeEnough is the confidence from which a fallback says it is not sure
// which answer fits, rather than that the question may be outside what the
// service covers: the confidence is the chance that the best answer is the
// right one, so from 1/2 the question is more likely in scope than not.
// (Counted once on the tuning halves, 2026-12-04, without a referral said:
// fallbacks at 0.5 or more were 28 answerable and 1 out of scope, below it
// 2 and 33.) A referral said, however weakly, keeps "may be outside".
const closeEnough = 0.5

// referral says the subject is not covered here and links where to turn:
// the official sites' home pages and this service's help page.
func (a *Assistant) referral(r *Reply, i int, matchLang string) bool {
	from := a.langs[matchLang].lex.referrals.Referral
	if i < 0 || i >= len(from) {
		return false
	}
	rf := a.langs[r.Lang].lex.referrals
	for _, ref := range rf.Referral {
		if ref.ID != from[i].ID {
			continue
		}
		r.Kind, r.Title, r.Text = KindReferral, ref.Title, ref.Text
		for _, s := range ref.Sites {
			site := rf.Site[s]
			r.Items = append(r.Items, Item{Type: ItemSite, ID: s, Title: site.Title, URL: site.URL})
		}
		r.Items = append(r.Items, Item{Type: ItemPage, ID: "help", Title: rf.HelpTitle, URL: "/" + r.Lang + "/help"})
		return true
	}
	return false
}

// fallback says honestly there is no answer and offers topics: first those
// of the answers that came closest, then the rest in their usual order.
// When an answer came close but not close enough, the question is likely
// in scope: saying "it may be outside what this service covers" would
// send the person away from topics that may answer it.
func (a *Assistant) fallback(r *Reply, loc *locale.Localizer, near []string, unsure bool) {
	r.Kind = KindFallback
	r.Text = loc.T("AskNoAnswer")
	if unsure && len(near) > 0 {
		r.Text = loc.T("AskUnsure")
	}
	r.Items = nil
	var ids []string
	for _, id := range near {
		for _, t := range a.lib.TopicsOf(r.Lang, id) {
			ids = appendNew(ids, t.ID)
		}
	}
	a.topics(r, ids)
}

func (a *Assistant) topics(r *Reply, first []string) {
	ids := first
	for _, t := range a.lib.Topics(r.Lang) {
		ids = appendNew(ids, t.ID)
	}
	for _, id := range ids {
		if len(r.Items) == maxItems {
			break
		}
		if t, ok := a.lib.Topic(r.Lang, id); ok {
			r.Items = append(r.Items, Item{Type: ItemTopic, ID: t.ID, Title: t.Title, URL: answers.TopicPath(r.Lang, t.ID)})
		}
	}
}

// languageNotice is the reply to a question in a language the service does
// not publish: a fixed notice in that language (for a language not listed,
// in the page's), and the topics.
func (a *Assistant) languageNotice(r *Reply, loc *locale.Localizer, l *otherLanguage) {
	if l == unlisted {
		r.Kind, r.Text, r.TextLang = KindLanguage, loc.T("AskLanguageNotice"), r.Lang
		a.topics(r, nil)
		return
	}
	r.Kind, r.Text, r.TextLang = KindLanguage, l.Notice, l.Tag
	if l.Dir == "rtl" {
		r.TextDir = "rtl"
	}
	a.topics(r, nil)
}
