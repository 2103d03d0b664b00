package runner

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"os"
	"strings"
)

// The command line checks certificate files with these before the run,
// so that a bad file is an error naming it rather than a request that
// silently goes out without its certificate.

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
