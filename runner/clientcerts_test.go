package runner

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"log"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestMatchPattern(t *testing.T) {
	tests := []struct {
		pattern, url string
		want         bool
	}{
		{"<all_urls>", "https://any.host/x", true},
		{"https://example.com/*", "https://example.com/a/b", true},
		{"https://example.com/*", "https://example.com", true},
		{"https://example.com/*", "http://example.com/a", false},
		{"*://example.com/*", "http://example.com/a", true},
		{"http+https://example.com/*", "https://example.com/a", true},
		{"https://*.example.com/*", "https://a.b.example.com/", true},
		{"https://*.example.com/*", "https://example.com/", true},
		{"https://*.example.com/*", "https://badexample.com/", false},
		{"https://example.com:8443/*", "https://example.com:8443/", true},
		{"https://example.com:8443/*", "https://example.com/", false},
		{"https://example.com/*", "https://example.com:443/", true},
		{"https://example.com:*/*", "https://example.com:9/", true},
		{"https://example.com/api/v?/*", "https://example.com/api/v2/users", true},
		{"https://example.com/api/*", "https://example.com/other", false},
		{"example.com", "https://example.com/", false},
	}
	for _, tt := range tests {
		m, _ := parsePattern(tt.pattern)
		u, _ := url.Parse(tt.url)
		if got := m.test(u); got != tt.want {
			t.Errorf("%s against %s: %v, want %v", tt.pattern, tt.url, got, tt.want)
		}
	}
}

// TestClientCertificates checks that a certificate is presented only to
// the URLs its patterns match, and only over https.
func TestClientCertificates(t *testing.T) {
	dir := t.TempDir()
	certPath, keyPath := writeCert(t, dir)
	var presented []bool
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		presented = append(presented, len(r.TLS.PeerCertificates) > 0)
	}))
	srv.TLS = &tls.Config{ClientAuth: tls.RequestClientCert}
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.StartTLS()
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	tests := []struct {
		name    string
		matches []string
		want    bool
	}{
		{"every URL", nil, true},
		{"matching port and path", []string{"https://127.0.0.1:" + u.Port() + "/*"}, true},
		{"another host", []string{"https://example.com/*"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			presented = nil
			opts := Options{ClientCerts: []ClientCert{{Cert: certPath, Key: keyPath, Matches: tt.matches}}}
			ex := runOne(t, map[string]any{"url": srv.URL + "/x"}, map[string]any{"strictSSL": false}, opts)
			if ex.Err != nil {
				t.Fatal(ex.Err)
			}
			if len(presented) != 1 || presented[0] != tt.want {
				t.Errorf("certificate presented: %v, want %v", presented, tt.want)
			}
		})
	}
}

func writeCert(t *testing.T, dir string) (certPath, keyPath string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "client"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certPath, keyPath = filepath.Join(dir, "client.crt"), filepath.Join(dir, "client.key")
	os.WriteFile(certPath, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(keyPath, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600)
	return certPath, keyPath
}
