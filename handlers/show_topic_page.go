package handlers

import (
	"github.com/gofiber/fiber/v2"

	"returninfo/internal/answers"
	"returninfo/views"
)

// showTopicPage shows a topic at /{lang}/t/{id} and at its canonical address
// with the current slug; any other slug redirects there.
func (s *Server) showTopicPage(c *fiber.Ctx) error {
	loc := localizer(c)
	t, ok := s.Answers.Topic(loc.Lang.Tag, c.Params("id"))
	if !ok {
		return fiber.ErrNotFound
	}
	if slug := c.Params("slug"); slug != "" && slug != t.Slug {
		return c.Redirect(t.CanonicalPath(), fiber.StatusMovedPermanently)
	}
	page := s.page(c, loc, t.Title, func(lang string) string {
		if other, ok := s.Answers.Topic(lang, t.ID); ok {
			return other.CanonicalPath()
		}
		return answers.TopicPath(lang, t.ID)
	})
	page.Description = t.Intro
	v := views.TopicView{Page: page, Title: t.Title, Intro: t.Intro, Answers: s.answerLinks(loc.Lang.Tag, t.Answers)}
	markCacheable(c, "")
	return render(c, fiber.StatusOK, views.TopicPage(v))
}

// answerLinks lists answers by ID with title and summary, through their
// stable addresses.
func (s *Server) answerLinks(lang string, ids []string) []views.Link {
	links := make([]views.Link, 0, len(ids))
	for _, id := range ids {
		if a, ok := s.Answers.Answer(lang, id); ok {
			links = append(links, views.Link{Title: a.Title, Summary: a.Summary, URL: answers.AnswerPath(lang, id)})
		}
	}
	return links
}
