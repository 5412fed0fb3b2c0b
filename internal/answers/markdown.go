package answers

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// answerLinkPrefix marks a link to another answer: [title](a:repay-costs).
const answerLinkPrefix = "a:"

// externalHosts are the only sites answers may link to, by their home pages
// (content-inventory.md).
var externalHosts = map[string]bool{"www.udi.no": true, "www.politiet.no": true, "www.iom.int": true, "udi.no": true, "politiet.no": true, "iom.int": true}

var md = goldmark.New() // no raw HTML: goldmark escapes it unless WithUnsafe

// renderBody checks an answer's Markdown and renders it. Answer links become
// the stable address of that answer in the same language.
func renderBody(a *Answer) error {
	src := []byte(a.Body)
	doc := md.Parser().Parse(text.NewReader(src))
	var problem error
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock, *ast.RawHTML:
			problem = fmt.Errorf("raw HTML is not allowed in an answer; use Markdown")
			return ast.WalkStop, nil
		case *ast.Heading:
			problem = fmt.Errorf("headings are not allowed in an answer body; the page shows the title")
			return ast.WalkStop, nil
		case *ast.Image:
			problem = fmt.Errorf("images are not allowed in an answer")
			return ast.WalkStop, nil
		case *ast.AutoLink:
			problem = fmt.Errorf("write links as [text](address), not as a bare address")
			return ast.WalkStop, nil
		case *ast.Link:
			dest := string(n.Destination)
			if id, ok := strings.CutPrefix(dest, answerLinkPrefix); ok {
				a.Links = append(a.Links, id)
				n.Destination = []byte(AnswerPath(a.Lang, id))
				return ast.WalkContinue, nil
			}
			if !officialHome(dest) {
				problem = fmt.Errorf("link %q: link answers as (a:ID); other links only to the home pages of udi.no, politiet.no or iom.int over https", dest)
				return ast.WalkStop, nil
			}
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		return err
	}
	if problem != nil {
		return problem
	}
	var buf bytes.Buffer
	if err := md.Renderer().Render(&buf, src, doc); err != nil {
		return err
	}
	a.HTML = buf.String()
	return nil
}

// AnswerPath is the stable address of an answer: it never changes and always
// leads to the answer, whatever its slug becomes.
func AnswerPath(lang, id string) string { return "/" + lang + "/a/" + id }

// CanonicalPath is the answer's address with its readable slug.
func (a *Answer) CanonicalPath() string { return AnswerPath(a.Lang, a.ID) + "/" + a.Slug }

// TopicPath is the stable address of a topic.
func TopicPath(lang, id string) string { return "/" + lang + "/t/" + id }

// CanonicalPath is the topic's address with its readable slug.
func (t *Topic) CanonicalPath() string { return TopicPath(t.Lang, t.ID) + "/" + t.Slug }

// officialHome reports whether u is the home page of udi.no, politiet.no or
// iom.int over https: the only addresses outside this service we link to.
func officialHome(u string) bool {
	p, err := url.Parse(u)
	return err == nil && p.Scheme == "https" && externalHosts[p.Host] && (p.Path == "" || p.Path == "/")
}
