package runner

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner/internal/wiretap"
)

// TestConformanceRequests runs fixtures/collections/requests with Newman
// and with pmrun against the same recording servers, and compares every
// request that reached them (redirect hops included) byte for byte: the
// request line, the header lines in order, and the body. It also compares the header list each runner
// reports for a request. Postman-Token and multipart boundaries are
// random and masked.
//
// It needs Newman: NEWMAN=/path/to/newman go test ./runner -run Conformance
func TestConformanceRequests(t *testing.T) {
	newman := os.Getenv("NEWMAN")
	if newman == "" {
		t.Skip("NEWMAN is not set to a newman binary")
	}
	dir, err := filepath.Abs("../fixtures/collections")
	if err != nil {
		t.Fatal(err)
	}
	colPath := filepath.Join(dir, "requests.postman_collection.json")
	tap, err := wiretap.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer tap.Close()
	echoURL, _ := url.Parse(tap.EchoURL)
	redirectURL, _ := url.Parse(tap.RedirectURL)
	vars := map[string]string{
		"echo":         tap.EchoURL,
		"echoHost":     echoURL.Host,
		"echoPort":     echoURL.Port(),
		"redirect":     tap.RedirectURL,
		"redirectPort": redirectURL.Port(),
	}

	newmanReport := runNewman(t, newman, colPath, dir, vars)
	newmanWire := tap.Take()

	col, err := collection.ReadCollection(colPath)
	if err != nil {
		t.Fatal(err)
	}
	env := collection.NewScope("environment", nil)
	for k, v := range vars {
		env.Set(k, v)
	}
	var sent []SentRequest
	var errs, responses []string
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	New(col, Options{
		Environment:    env,
		RequestTimeout: 10 * time.Second,
		HTTPOptions:    HTTPOptions{WorkingDir: dir, InsecureFileRead: true},
		Listener: ListenerFunc(func(e *Event) {
			if e.Kind == RequestDone {
				sent = append(sent, e.Exchange.Request)
				msg := ""
				if e.Exchange.Err != nil {
					msg = e.Exchange.Err.Error()
				}
				errs = append(errs, msg)
				resp := ""
				if r := e.Exchange.Response; r != nil {
					// The report's responseSize is the decoded body's.
					resp = responseLines(r.Code, r.Status, r.Headers) + fmt.Sprintf("\nsize %d", len(r.Body))
				}
				responses = append(responses, resp)
			}
		}),
	}).Run(ctx)
	pmrunWire := tap.Take()

	if len(newmanWire) != len(pmrunWire) {
		t.Errorf("newman sent %d requests, pmrun %d", len(newmanWire), len(pmrunWire))
	}
	for i := range min(len(newmanWire), len(pmrunWire)) {
		want, got := normaliseWire(newmanWire[i].Raw), normaliseWire(pmrunWire[i].Raw)
		if want != got {
			t.Errorf("wire request %d differs\nnewman:\n%s\npmrun:\n%s", i, want, got)
		}
	}
	t.Logf("compared %d requests on the wire", min(len(newmanWire), len(pmrunWire)))

	if len(newmanReport) != len(sent) {
		t.Fatalf("newman reported %d requests, pmrun %d", len(newmanReport), len(sent))
	}
	for i, want := range newmanReport {
		if want.url != sent[i].URL {
			t.Errorf("request %d (%s): URL %q, newman's %q", i, want.name, sent[i].URL, want.url)
		}
		if want.response != responses[i] {
			t.Errorf("request %d (%s): response differs\nnewman:\n%s\npmrun:\n%s", i, want.name, want.response, responses[i])
		}
		if want.err != errs[i] {
			t.Errorf("request %d (%s): error %q, newman's %q", i, want.name, errs[i], want.err)
		}
		got := listHeaders(sent[i].Headers)
		if strings.HasPrefix(want.name, "file body") && !hasLine(want.headers, "Content-Length:") {
			// Newman's report races with the file stream's length: now
			// and then it lists no Content-Length though it sent one.
			got = dropLines(got, "Content-Length:")
		}
		if strings.Join(want.headers, "\n") != strings.Join(got, "\n") {
			t.Errorf("request %d (%s): reported headers differ\nnewman:\n  %s\npmrun:\n  %s",
				i, want.name, strings.Join(want.headers, "\n  "), strings.Join(got, "\n  "))
		}
	}
	t.Logf("compared the reported URL, headers, error and response head of %d requests", len(sent))
}

type reportedRequest struct {
	name    string
	headers []string
	// err is the message of the request's failure, if it failed.
	err string
	// url is the request's URL as the report gives it, written out.
	url string
	// response is the response's status line and headers, "" if none.
	response string
}

// runNewman runs the collection and returns, per request, its item name
// and the header list of Newman's JSON report.
func runNewman(t *testing.T, newman, colPath, dir string, vars map[string]string) []reportedRequest {
	t.Helper()
	out := filepath.Join(t.TempDir(), "newman.json")
	args := []string{"run", colPath, "--working-dir", dir, "--timeout-request", "10000",
		"-r", "json", "--reporter-json-export", out}
	for k, v := range vars {
		args = append(args, "--env-var", k+"="+v)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, newman, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	_ = cmd.Run() // a failed request makes the exit status 1
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("newman wrote no report: %v\n%s", err, stderr.String())
	}
	var report struct {
		Run struct {
			Failures []struct {
				At     string
				Source struct{ Name string }
				Error  struct{ Message string }
			}
			Executions []struct {
				Item     struct{ Name string }
				Response *struct {
					Code         int
					Status       string
					ResponseSize int
					Header       []struct{ Key, Value string }
				}
				Request struct {
					URL    reportURL
					Header []struct {
						Key, Value       string
						Disabled, System bool
					}
				}
			}
		}
	}
	if err := json.Unmarshal(data, &report); err != nil {
		t.Fatal(err)
	}
	var reqs []reportedRequest
	for _, e := range report.Run.Executions {
		r := reportedRequest{name: e.Item.Name, url: e.Request.URL.String()}
		if resp := e.Response; resp != nil {
			var hs []collection.Header
			for _, h := range resp.Header {
				hs = append(hs, collection.Header{Key: h.Key, Value: h.Value})
			}
			r.response = responseLines(resp.Code, resp.Status, hs) + fmt.Sprintf("\nsize %d", resp.ResponseSize)
		}
		var hs []collection.Header
		for _, h := range e.Request.Header {
			hs = append(hs, collection.Header{Key: h.Key, Value: h.Value, Disabled: h.Disabled, System: h.System})
		}
		r.headers = listHeaders(hs)
		reqs = append(reqs, r)
	}
	for _, f := range report.Run.Failures {
		if f.At != "request" {
			continue
		}
		for i := range reqs {
			if reqs[i].name == f.Source.Name {
				reqs[i].err = f.Error.Message
			}
		}
	}
	return reqs
}

// reportURL is postman-collection's Url.toJSON, as Newman's report has it.
type reportURL struct {
	Protocol string
	Auth     *struct{ User, Password *string }
	Host     []string
	Port     *string
	Path     []string
	Query    []struct {
		Key   string
		Value *string
	}
	Hash *string
}

func (u reportURL) String() string {
	var b strings.Builder
	b.WriteString(u.Protocol + "://")
	if u.Auth != nil && u.Auth.User != nil {
		b.WriteString(*u.Auth.User)
		if u.Auth.Password != nil {
			b.WriteString(":" + *u.Auth.Password)
		}
		b.WriteString("@")
	}
	b.WriteString(strings.Join(u.Host, "."))
	if u.Port != nil {
		b.WriteString(":" + *u.Port)
	}
	if u.Path != nil {
		b.WriteString("/" + strings.Join(u.Path, "/"))
	}
	for i, q := range u.Query {
		b.WriteString(map[bool]string{true: "?", false: "&"}[i == 0] + q.Key)
		if q.Value != nil {
			b.WriteString("=" + *q.Value)
		}
	}
	if u.Hash != nil {
		b.WriteString("#" + *u.Hash)
	}
	return b.String()
}

func listHeaders(hs []collection.Header) []string {
	var out []string
	for _, h := range hs {
		v := h.Value
		if strings.EqualFold(h.Key, "Postman-Token") {
			v = "<token>"
		}
		line := h.Key + ": " + v
		if h.Disabled {
			line += " (disabled)"
		}
		if h.System {
			line += " (system)"
		}
		out = append(out, line)
	}
	return out
}

func hasLine(lines []string, prefix string) bool {
	return len(dropLines(lines, prefix)) != len(lines)
}

func dropLines(lines []string, prefix string) []string {
	var out []string
	for _, l := range lines {
		if !strings.HasPrefix(l, prefix) {
			out = append(out, l)
		}
	}
	return out
}

// responseLines writes a response's status and headers, masking the Date
// and a compressed body's length (the echoed Postman-Token compresses
// differently each time).
func responseLines(code int, status string, hs []collection.Header) string {
	lines := []string{fmt.Sprintf("%d %s", code, status)}
	compressed := false
	for _, h := range hs {
		compressed = compressed || strings.EqualFold(h.Key, "Content-Encoding")
	}
	for _, h := range hs {
		v := h.Value
		if strings.EqualFold(h.Key, "Date") || compressed && strings.EqualFold(h.Key, "Content-Length") {
			v = "<masked>"
		}
		lines = append(lines, h.Key+": "+v)
	}
	return strings.Join(lines, "\n")
}

var boundaryPattern = regexp.MustCompile(`-{26}\d{24}`)

// normaliseWire masks what is random in a raw request.
func normaliseWire(raw []byte) string {
	s := boundaryPattern.ReplaceAllString(string(raw), "<boundary>")
	head, body, _ := strings.Cut(s, "\r\n\r\n")
	lines := strings.Split(head, "\r\n")
	headers := lines[1:]
	for i, h := range headers {
		if strings.HasPrefix(strings.ToLower(h), "postman-token:") {
			headers[i] = h[:len("postman-token:")] + " <token>"
		}
	}
	return fmt.Sprintf("%s\n  %s\n\n%q", lines[0], strings.Join(headers, "\n  "), body)
}
