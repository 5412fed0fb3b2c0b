// Package e2e holds the end-to-end tests: the real binary, started as people
// start it, driven by headless Chromium (Debian's chromium package) through
// chromedp, with axe-core (pinned in package-lock.json, injected from
// node_modules) auditing every page type in both languages.
//
// They need /usr/bin/chromium (or RETURNINFO_CHROMIUM) and
// `npm ci --prefix e2e`; without them they fail and say so: CI installs both.
package e2e
