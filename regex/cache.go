package regex

import (
	"container/list"
	"sync"
)

// Cache keeps recently compiled patterns, for patterns that are built at
// run time and compiled again and again. The caller owns it; it is safe
// for concurrent use. Failed compilations are cached too.
type Cache struct {
	opts  Options
	max   int
	mu    sync.Mutex
	items map[cacheKey]*list.Element
	order *list.List // most recently used first
}

type cacheKey struct{ pattern, flags string }

type cacheEntry struct {
	key cacheKey
	re  *Regexp
	err error
}

// NewCache returns a cache of at most size patterns (at least 1), all
// compiled with opts.
func NewCache(size int, opts Options) *Cache {
	return &Cache{opts: opts, max: max(size, 1), items: map[cacheKey]*list.Element{}, order: list.New()}
}

// Compile returns the compiled pattern from the cache, compiling it on a
// miss.
func (c *Cache) Compile(pattern, flags string) (*Regexp, error) {
	key := cacheKey{pattern, flags}
	c.mu.Lock()
	if el, ok := c.items[key]; ok {
		c.order.MoveToFront(el)
		e := el.Value.(*cacheEntry)
		c.mu.Unlock()
		return e.re, e.err
	}
	c.mu.Unlock()
	re, err := CompileOptions(pattern, flags, c.opts)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.items[key]; !ok {
		c.items[key] = c.order.PushFront(&cacheEntry{key, re, err})
		for c.order.Len() > c.max {
			last := c.order.Back()
			c.order.Remove(last)
			delete(c.items, last.Value.(*cacheEntry).key)
		}
	}
	return re, err
}

// Len returns the number of cached patterns.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}
