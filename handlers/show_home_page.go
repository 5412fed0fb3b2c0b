package handlers

import (
	"github.com/gofiber/fiber/v2"

	"returninfo/internal/answers"

	"returninfo/views"
)

func (s *Server) showHomePage(c *fiber.Ctx) error {
	loc := localizer(c)
	if c.Path() != "/"+loc.Lang.Tag+"/" {
		return c.Redirect("/"+loc.Lang.Tag+"/", fiber.StatusMovedPermanently)
	}
	page := s.page(c, loc, loc.T("SiteName"), func(lang string) string { return "/" + lang + "/" })
	page.XDefault = s.absURL(c, "/")
	page.Description = loc.T("SiteTagline")
	page.Section = "home"
	v := views.HomeView{Page: page}
	for _, t := range s.Answers.Topics(loc.Lang.Tag) {
		v.Topics = append(v.Topics, views.TopicCard{
			Title: t.Title, Intro: t.Intro, URL: answers.TopicPath(loc.Lang.Tag, t.ID), Answers: s.answerLinks(loc.Lang.Tag, t.Answers),
		})
	}
	markCacheable(c, "")
	return render(c, fiber.StatusOK, views.HomePage(v))
}
