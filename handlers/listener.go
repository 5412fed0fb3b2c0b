package handlers

import (
	"net"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"
)

// Connection limits: idle keep-alive connections are cheap for a client and
// cost the server a goroutine and buffers each (10,000 from one address held
// 272 MB for 60 s).
const (
	// DefaultConnsPerAddress leaves room for a reception centre or a school
	// behind one NAT address, far below what exhausts memory.
	DefaultConnsPerAddress = 256
	// DefaultBusyConns is the number of open connections above which idle
	// ones are given busyIdle instead of the full idle timeout.
	DefaultBusyConns = 2048
	defaultBusyIdle  = 5 * time.Second
)

// Listener wraps ln: at most ConnsPerAddress connections from one address
// (trusted proxies exempt: they carry many clients), and when more than
// BusyConns are open, every connection's next read must come within
// BusyIdle, so idle keep-alive connections go first.
func (s *Server) Listener(ln net.Listener) net.Listener {
	perAddress, busy, busyIdle := s.ConnsPerAddress, s.BusyConns, s.BusyIdle
	if perAddress <= 0 {
		perAddress = DefaultConnsPerAddress
	}
	if busy <= 0 {
		busy = DefaultBusyConns
	}
	if busyIdle <= 0 {
		busyIdle = defaultBusyIdle
	}
	g := &guardedListener{Listener: ln, s: s, perAddress: perAddress, busy: int64(busy), busyIdle: busyIdle,
		perAddr: map[netip.Addr]int{}, conns: map[*guardedConn]struct{}{}}
	s.connStats.Store(g)
	return g
}

type guardedListener struct {
	net.Listener
	s          *Server
	perAddress int
	busy       int64
	busyIdle   time.Duration

	open    atomic.Int64
	refused atomic.Int64
	mu      sync.Mutex
	perAddr map[netip.Addr]int
	conns   map[*guardedConn]struct{}
	swept   time.Time
}

func (g *guardedListener) Accept() (net.Conn, error) {
	for {
		c, err := g.Listener.Accept()
		if err != nil {
			return nil, err
		}
		var addr netip.Addr
		if tcp, ok := c.RemoteAddr().(*net.TCPAddr); ok {
			addr, _ = netip.AddrFromSlice(tcp.IP)
			addr = addr.Unmap()
		}
		exempt := g.s.trustedProxy(addr)
		gc := &guardedConn{Conn: c, g: g, addr: addr, exempt: exempt}
		g.mu.Lock()
		if !exempt && g.perAddr[addr] >= g.perAddress {
			g.mu.Unlock()
			g.refused.Add(1)
			_ = c.Close()
			continue
		}
		if !exempt {
			g.perAddr[addr]++
		}
		g.conns[gc] = struct{}{}
		open := g.open.Add(1)
		g.mu.Unlock()
		if open > g.busy {
			g.sweep()
		}
		return gc, nil
	}
}

// sweep gives every open connection at most busyIdle for its next read;
// at most once a second, so a flood of connections does not turn into a
// flood of sweeps.
func (g *guardedListener) sweep() {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := time.Now()
	if now.Sub(g.swept) < time.Second {
		return
	}
	g.swept = now
	for c := range g.conns {
		c.shorten(now.Add(g.busyIdle))
	}
}

func (g *guardedListener) busyNow() bool { return g.open.Load() > g.busy }

type guardedConn struct {
	net.Conn
	g        *guardedListener
	addr     netip.Addr
	exempt   bool
	closed   sync.Once
	deadline atomic.Int64 // the read deadline asked for, unix nanoseconds; 0: none
}

func (c *guardedConn) SetReadDeadline(t time.Time) error {
	if c.g.busyNow() {
		if limit := time.Now().Add(c.g.busyIdle); t.IsZero() || t.After(limit) {
			t = limit
		}
	}
	if t.IsZero() {
		c.deadline.Store(0)
	} else {
		c.deadline.Store(t.UnixNano())
	}
	return c.Conn.SetReadDeadline(t)
}

func (c *guardedConn) shorten(limit time.Time) {
	if d := c.deadline.Load(); d == 0 || d > limit.UnixNano() {
		c.deadline.Store(limit.UnixNano())
		_ = c.Conn.SetReadDeadline(limit)
	}
}

func (c *guardedConn) Close() error {
	c.closed.Do(func() {
		c.g.mu.Lock()
		if !c.exempt {
			if c.g.perAddr[c.addr]--; c.g.perAddr[c.addr] <= 0 {
				delete(c.g.perAddr, c.addr)
			}
		}
		delete(c.g.conns, c)
		c.g.open.Add(-1)
		c.g.mu.Unlock()
	})
	return c.Conn.Close()
}
