package runner

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"net/http"
	"os"
	"strings"
)

// STAND-IN until http.go honours the TLS, redirect and cookie-jar
// options itself: applyTransportOptions adjusts the client newClient
// built. The request-building branch's client.go honours HTTPOptions
// (Insecure, IgnoreRedirects, ExtraCACerts) per request; once merged,
// it should also take ClientCerts (matched per URL) and CookieJar, and
// applyTransportOptions and its call in New go. LoadCAPool and
// LoadClientCert stay: the command line checks the files with them.

// applyTransportOptions applies the options of o that newClient does not
// read yet.
func applyTransportOptions(c *http.Client, o Options) {
	if o.CookieJar != nil {
		c.Jar = o.CookieJar
	}
	t, ok := c.Transport.(*http.Transport)
	if !ok {
		// The request-building client, which honours HTTPOptions itself.
		return
	}
	if o.IgnoreRedirects {
		c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	}
	if t.TLSClientConfig == nil {
		t.TLSClientConfig = &tls.Config{}
	}
	cfg := t.TLSClientConfig
	cfg.InsecureSkipVerify = o.Insecure
	if len(o.ExtraCACerts) > 0 {
		pool, err := x509.SystemCertPool()
		if err != nil {
			pool = x509.NewCertPool()
		}
		pool.AppendCertsFromPEM(o.ExtraCACerts)
		cfg.RootCAs = pool
	}
	for _, cc := range o.ClientCerts {
		if cert, err := LoadClientCert(cc); err == nil {
			cfg.Certificates = append(cfg.Certificates, cert)
		}
	}
}

// LoadCACerts reads a PEM file of CA certificates, checking it holds at
// least one.
func LoadCACerts(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !x509.NewCertPool().AppendCertsFromPEM(data) {
		return nil, fmt.Errorf("%s: no PEM certificate found", path)
	}
	return data, nil
}

// LoadClientCert reads a client certificate and its key, decrypting a
// legacy encrypted PEM key with the passphrase.
func LoadClientCert(cc ClientCert) (tls.Certificate, error) {
	certPEM, err := os.ReadFile(cc.Cert)
	if err != nil {
		return tls.Certificate{}, err
	}
	keyPath := cc.Key
	if keyPath == "" {
		keyPath = cc.Cert
	}
	keyPEM, err := os.ReadFile(keyPath)
	if err != nil {
		return tls.Certificate{}, err
	}
	if cc.Passphrase != "" {
		if block, _ := pem.Decode(keyPEM); block != nil && x509.IsEncryptedPEMBlock(block) { //nolint:staticcheck // Newman accepts legacy encrypted keys
			der, err := x509.DecryptPEMBlock(block, []byte(cc.Passphrase)) //nolint:staticcheck
			if err != nil {
				return tls.Certificate{}, fmt.Errorf("%s: %w", keyPath, err)
			}
			keyPEM = pem.EncodeToMemory(&pem.Block{Type: strings.TrimPrefix(block.Type, "ENCRYPTED "), Bytes: der})
		}
	}
	cert, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("%s: %w", cc.Cert, err)
	}
	return cert, nil
}
