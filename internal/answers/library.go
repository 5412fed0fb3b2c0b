package answers

import "slices"

// Languages lists the languages the library was loaded for.
func (lib *Library) Languages() []string { return lib.langs }

// IDs lists every answer ID, in topic order.
func (lib *Library) IDs() []string { return lib.ids }

// Answer returns one answer in one language.
func (lib *Library) Answer(lang, id string) (*Answer, bool) {
	a, ok := lib.answers[lang][id]
	return a, ok
}

// Exists reports whether an answer ID exists (in every language, once loaded).
func (lib *Library) Exists(id string) bool { return lib.exists(id) }

// Topics returns the topics in one language, in order.
func (lib *Library) Topics(lang string) []*Topic { return lib.topics[lang] }

// Topic returns one topic in one language.
func (lib *Library) Topic(lang, id string) (*Topic, bool) {
	for _, t := range lib.topics[lang] {
		if t.ID == id {
			return t, true
		}
	}
	return nil, false
}

// HomeTopic returns the one topic an answer belongs to: the breadcrumb.
func (lib *Library) HomeTopic(lang, id string) (*Topic, bool) {
	for _, t := range lib.topics[lang] {
		if slices.Contains(t.Answers[:t.Home], id) {
			return t, true
		}
	}
	return nil, false
}

// TopicsOf returns the topics that list an answer, in order.
func (lib *Library) TopicsOf(lang, id string) []*Topic {
	var out []*Topic
	for _, t := range lib.topics[lang] {
		for _, a := range t.Answers {
			if a == id {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// Source returns an official text by ID.
func (lib *Library) Source(id string) (*Source, bool) {
	s, ok := lib.sources[id]
	return s, ok
}
