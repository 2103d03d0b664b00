package runner

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"time"
)

// CookieJar is the run's cookie jar, loadable from and exportable to the
// tough-cookie JSON that Newman's --cookie-jar and --export-cookie-jar
// use. net/http/cookiejar does the matching; CookieJar remembers what
// was stored so that it can be written out.
type CookieJar struct {
	jar     *cookiejar.Jar
	mu      sync.Mutex
	cookies []storedCookie
}

// storedCookie is one cookie in tough-cookie's serialised form.
type storedCookie struct {
	Key          string `json:"key"`
	Value        string `json:"value"`
	Expires      string `json:"expires,omitempty"`
	MaxAge       *int   `json:"maxAge,omitempty"`
	Domain       string `json:"domain"`
	Path         string `json:"path"`
	Secure       bool   `json:"secure,omitempty"`
	HTTPOnly     bool   `json:"httpOnly,omitempty"`
	HostOnly     bool   `json:"hostOnly"`
	Creation     string `json:"creation"`
	LastAccessed string `json:"lastAccessed"`
}

type toughJar struct {
	Version              string         `json:"version"`
	StoreType            string         `json:"storeType"`
	RejectPublicSuffixes bool           `json:"rejectPublicSuffixes"`
	Cookies              []storedCookie `json:"cookies"`
}

// NewCookieJar returns an empty jar.
func NewCookieJar() *CookieJar {
	j, _ := cookiejar.New(nil) // only fails with options we do not pass
	return &CookieJar{jar: j}
}

// DescribeJSONError words a json.Unmarshal type mismatch by the JSON
// field and the kinds of value, not by the Go types it was decoding into.
func DescribeJSONError(err error) error {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		return err
	}
	field := te.Field
	if field == "" {
		field = "(top level)"
	}
	want := "a " + te.Type.Kind().String()
	switch te.Type.Kind() {
	case reflect.Struct, reflect.Map:
		want = "an object"
	case reflect.Slice, reflect.Array:
		want = "an array"
	case reflect.String:
		want = "a string"
	case reflect.Bool:
		want = "a boolean"
	case reflect.Int, reflect.Int64, reflect.Float64:
		want = "a number"
	}
	return fmt.Errorf("%s: expected %s, found %s", field, want, withArticle(te.Value))
}

func withArticle(kind string) string {
	switch {
	case kind == "":
		return "another value"
	case strings.ContainsRune("aeiou", rune(kind[0])):
		return "an " + kind
	}
	return "a " + kind
}

// ParseCookieJar reads a tough-cookie JSON jar.
func ParseCookieJar(data []byte) (*CookieJar, error) {
	var t toughJar
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("not a tough-cookie JSON cookie jar: %w", DescribeJSONError(err))
	}
	j := NewCookieJar()
	for _, c := range t.Cookies {
		host := strings.TrimPrefix(c.Domain, ".")
		scheme := "http"
		if c.Secure {
			scheme = "https"
		}
		hc := &http.Cookie{Name: c.Key, Value: c.Value, Path: c.Path, Secure: c.Secure, HttpOnly: c.HTTPOnly}
		if !c.HostOnly {
			hc.Domain = c.Domain
		}
		if t, err := time.Parse(time.RFC3339Nano, c.Expires); err == nil {
			hc.Expires = t
		}
		j.SetCookies(&url.URL{Scheme: scheme, Host: host, Path: c.Path}, []*http.Cookie{hc})
	}
	return j, nil
}

// SetCookies implements http.CookieJar.
func (j *CookieJar) SetCookies(u *url.URL, cookies []*http.Cookie) {
	j.jar.SetCookies(u, cookies)
	j.mu.Lock()
	defer j.mu.Unlock()
	now := time.Now().UTC().Format("2006-01-02T15:04:05.000Z")
	for _, c := range cookies {
		sc := storedCookie{Key: c.Name, Value: c.Value, Domain: strings.TrimPrefix(c.Domain, "."),
			Path: c.Path, Secure: c.Secure, HTTPOnly: c.HttpOnly, HostOnly: c.Domain == "",
			Creation: now, LastAccessed: now}
		if sc.HostOnly {
			sc.Domain = u.Hostname()
		}
		if sc.Path == "" || !strings.HasPrefix(sc.Path, "/") {
			sc.Path = defaultCookiePath(u.Path)
		}
		if !c.Expires.IsZero() {
			sc.Expires = c.Expires.UTC().Format("2006-01-02T15:04:05.000Z")
		}
		j.remove(sc)
		expired := c.MaxAge < 0 || (!c.Expires.IsZero() && c.Expires.Before(time.Now()))
		if !expired {
			j.cookies = append(j.cookies, sc)
		}
	}
}

func (j *CookieJar) remove(sc storedCookie) {
	for i, c := range j.cookies {
		if c.Key == sc.Key && c.Domain == sc.Domain && c.Path == sc.Path {
			j.cookies = append(j.cookies[:i], j.cookies[i+1:]...)
			return
		}
	}
}

// Cookies implements http.CookieJar.
func (j *CookieJar) Cookies(u *url.URL) []*http.Cookie { return j.jar.Cookies(u) }

// MarshalJSON writes the jar as tough-cookie's JSON.
func (j *CookieJar) MarshalJSON() ([]byte, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	return json.Marshal(toughJar{Version: "tough-cookie@4.1.3", StoreType: "MemoryCookieStore",
		RejectPublicSuffixes: true, Cookies: append([]storedCookie{}, j.cookies...)})
}

// defaultCookiePath is RFC 6265's default-path of a request path.
func defaultCookiePath(p string) string {
	i := strings.LastIndex(p, "/")
	if i <= 0 {
		return "/"
	}
	return p[:i]
}
