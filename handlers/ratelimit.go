package handlers

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/netip"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/limiter"
)

// limitAsk allows each client AskRate questions a minute (0: no limit, for
// load tests and evaluations). The assistant is the only place where one
// request costs real work, so it is the one limited.
//
// Clients are told apart by their address, but the address is never kept:
// the limiter's memory holds a keyed hash of it, with a key made at start-up
// and never written anywhere, and forgets it after a minute.
func (s *Server) limitAsk() fiber.Handler {
	if s.AskRate <= 0 {
		return func(c *fiber.Ctx) error { return c.Next() }
	}
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		panic(err) // the system's random source failing is not something to serve through
	}
	return limiter.New(limiter.Config{
		Max:                    s.AskRate,
		Expiration:             time.Minute,
		LimiterMiddleware:      limiter.SlidingWindow{},
		SkipFailedRequests:     false,
		SkipSuccessfulRequests: false,
		KeyGenerator: func(c *fiber.Ctx) string {
			mac := hmac.New(sha256.New, secret)
			mac.Write(s.clientAddress(c))
			return hex.EncodeToString(mac.Sum(nil)[:16])
		},
		LimitReached: func(c *fiber.Ctx) error {
			c.Set(fiber.HeaderRetryAfter, strconv.Itoa(60))
			return fiber.ErrTooManyRequests
		},
	})
}

// ParseTrustedProxies reads proxy addresses and CIDR ranges; a malformed
// entry is an error naming it, never silently dropped.
func ParseTrustedProxies(entries []string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, e := range entries {
		if p, err := netip.ParsePrefix(e); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(e)
		if err != nil {
			return nil, fmt.Errorf("%q is neither an IP address nor a CIDR range", e)
		}
		out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
	}
	return out, nil
}

func (s *Server) trustedProxy(a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range s.trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// clientAddress is the address a request came from: the peer, or, when the
// peer is a trusted proxy, the right-most X-Forwarded-For entry that is not
// a trusted proxy. Proxies append, so everything left of that is what the
// client wrote, and a client can write anything there.
func (s *Server) clientAddress(c *fiber.Ctx) []byte {
	peer, _ := netip.AddrFromSlice(c.Context().RemoteIP())
	if len(s.trusted) == 0 || !s.trustedProxy(peer) {
		return peer.Unmap().AppendTo(nil)
	}
	values := c.Request().Header.PeekAll(fiber.HeaderXForwardedFor)
	for i := len(values) - 1; i >= 0; i-- {
		list := values[i]
		for len(list) > 0 {
			entry := list
			if j := bytes.LastIndexByte(list, ','); j >= 0 {
				entry, list = list[j+1:], list[:j]
			} else {
				list = nil
			}
			entry = bytes.TrimSpace(entry)
			if len(entry) == 0 {
				continue
			}
			a, err := netip.ParseAddr(string(entry))
			if err != nil {
				// Not an address: what the hop in front of our proxy sent.
				return bytes.Clone(entry)
			}
			if !s.trustedProxy(a) {
				return a.Unmap().AppendTo(nil)
			}
		}
	}
	// Every hop is ours: the request started at a trusted proxy.
	return peer.Unmap().AppendTo(nil)
}
