package fetch

import (
	"context"
	"net"
	"net/netip"
	"time"
)

// hostSlot limits the requests to one host: sem holds a token per request
// in flight, next is the earliest start of the next request.
type hostSlot struct {
	sem  chan struct{}
	next time.Time
}

// acquire waits until a request to host may start and returns the
// function that ends it. The slot of a host is kept for the life of the
// Client: one small struct per host an ingest touches.
func (c *Client) acquire(ctx context.Context, host string) (func(), error) {
	c.mu.Lock()
	h := c.hosts[host]
	if h == nil {
		h = &hostSlot{sem: make(chan struct{}, c.opt.PerHost)}
		c.hosts[host] = h
	}
	c.mu.Unlock()
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release := func() { <-h.sem }
	if c.opt.HostInterval > 0 {
		c.mu.Lock()
		now := time.Now()
		start := now
		if h.next.After(now) {
			start = h.next
		}
		h.next = start.Add(c.opt.HostInterval)
		c.mu.Unlock()
		if wait := start.Sub(now); wait > 0 {
			if err := c.sleep(ctx, wait); err != nil {
				release()
				return nil, err
			}
		}
	}
	return release, nil
}

// blockedPrefixes are the ranges that are not the public internet and
// that net.IP's own predicates do not cover: "this network", CGNAT
// (100.64/10, also used by cloud metadata services such as Alibaba's
// 100.100.100.200), IETF protocol assignments, benchmarking, the
// documentation nets, reserved 240/4, NAT64 and the IPv6 discard and
// documentation prefixes.
var blockedPrefixes = func() []netip.Prefix {
	var ps []netip.Prefix
	for _, s := range []string{"0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "192.0.2.0/24", "198.18.0.0/15",
		"198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001:db8::/32"} {
		ps = append(ps, netip.MustParsePrefix(s))
	}
	return ps
}()

// Public reports whether ip is a public unicast address: not loopback,
// private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
// (169.254/16, which holds the 169.254.169.254 metadata service, and
// fe80::/10), unspecified, multicast, broadcast, or one of
// blockedPrefixes. IPv4-mapped IPv6 addresses are judged as IPv4.
func Public(ip net.IP) bool {
	if ip4 := ip.To4(); ip4 != nil {
		ip = ip4
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() || ip.Equal(net.IPv4bcast) {
		return false
	}
	a, ok := netip.AddrFromSlice(ip)
	if !ok {
		return false
	}
	a = a.Unmap()
	for _, p := range blockedPrefixes {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

// publicOnly is the dial-time policy: Public, or anything when allowAll.
func publicOnly(allowAll bool) func(net.IP) bool {
	if allowAll {
		return func(net.IP) bool { return true }
	}
	return Public
}
