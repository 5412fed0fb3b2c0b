package handlers

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
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
			// c.IP() is the peer, or X-Forwarded-For only from a trusted proxy.
			mac := hmac.New(sha256.New, secret)
			mac.Write([]byte(c.IP()))
			return hex.EncodeToString(mac.Sum(nil)[:16])
		},
		LimitReached: func(c *fiber.Ctx) error {
			c.Set(fiber.HeaderRetryAfter, strconv.Itoa(60))
			return fiber.ErrTooManyRequests
		},
	})
}
