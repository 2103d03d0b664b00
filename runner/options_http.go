package runner

// HTTPOptions configure how requests are built and sent. Options embeds
// them; they live apart so that request-building settings grow here.
type HTTPOptions struct {
	// WorkingDir resolves relative file paths of form-data and file
	// bodies; empty means the process's working directory.
	WorkingDir string
	// InsecureFileRead allows bodies to read files outside WorkingDir.
	// Newman's default is true (--no-insecure-file-read turns it off); the
	// zero value here is the safe one, so callers mirroring Newman set it.
	InsecureFileRead bool
	// Insecure skips TLS certificate verification for every request
	// (newman --insecure); protocolProfileBehavior.strictSSL=false does it
	// for one request.
	Insecure bool
	// IgnoreRedirects stops following redirects unless a request's
	// protocolProfileBehavior.followRedirects says otherwise
	// (newman --ignore-redirects).
	IgnoreRedirects bool
	// ExtraCACerts holds PEM certificates trusted besides the system's
	// roots (newman --ssl-extra-ca-certs).
	ExtraCACerts []byte
}
