package handlers

import (
	"github.com/gofiber/fiber/v2"

	"returninfo/internal/answers"
	"returninfo/internal/qrcode"
	"returninfo/views"
)

// showAnswerPage shows an answer at its stable address /{lang}/a/{id} and at
// its canonical address with the current slug; any other slug (an old one, a
// mistyped one) redirects permanently to the canonical address, so links
// people once shared keep working.
func (s *Server) showAnswerPage(c *fiber.Ctx) error {
	loc := localizer(c)
	lang := loc.Lang.Tag
	a, ok := s.Answers.Answer(lang, c.Params("id"))
	if !ok {
		return fiber.ErrNotFound
	}
	if slug := c.Params("slug"); slug != "" && slug != a.Slug {
		return c.Redirect(a.CanonicalPath(), fiber.StatusMovedPermanently)
	}
	page := s.page(c, loc, a.Title, func(other string) string {
		if o, ok := s.Answers.Answer(other, a.ID); ok {
			return o.CanonicalPath()
		}
		return answers.AnswerPath(other, a.ID)
	})
	page.Description = a.Summary
	stable := s.absURL(c, answers.AnswerPath(lang, a.ID))
	qr, err := qrcode.SVG(stable)
	if err != nil {
		return err
	}
	v := views.AnswerView{
		Page:      page,
		Title:     a.Title,
		Summary:   a.Summary,
		BodyHTML:  a.HTML,
		Related:   s.answerLinks(lang, a.Related),
		Reviewed:  loc.Date(a.Reviewed.Year(), int(a.Reviewed.Month()), a.Reviewed.Day()),
		StableURL: stable,
		SiteURL:   s.absURL(c, ""),
		QRCode:    qr,
	}
	if t, ok := s.Answers.HomeTopic(lang, a.ID); ok {
		v.Topics = []views.Link{{Title: t.Title, URL: answers.TopicPath(lang, t.ID)}}
	}
	for _, id := range a.Sources {
		if src, ok := s.Answers.Source(id); ok {
			v.Sources = append(v.Sources, views.Link{Title: src.Title[lang], URL: src.URL})
		}
	}
	markCacheable(c, "")
	return render(c, fiber.StatusOK, views.AnswerPage(v))
}
