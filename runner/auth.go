package runner

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"sync"
	"weak"

	"github.com/pmrun/pmrun/collection"
)

// Request auth, as postman-runtime 7.39.1 applies it: the item's auth, else
// the nearest folder's, else the collection's (any type but "type" stops
// the search, even "inherit" and "", which then sign nothing); the
// parameters are resolved with variables; the handler's pre hook decides
// whether to sign, its sign hook edits the request, its post hook may ask
// for one replay (digest). Parameters a handler sets (a hawk nonce, a
// digest nonce) are "system" parameters and stay on the auth object they
// came from: for the rest of the run when it is a folder's or the
// collection's, for the item's execution when it is the request's own.

// authHandler is one auth type.
type authHandler interface {
	// pre reports whether to sign; it may set system parameters.
	pre(p *authParams) (bool, error)
	// sign edits req; sr gives what signing needs from the runner.
	sign(p *authParams, req *collection.Request, sr signing) error
	// post reports whether the request must be sent again.
	post(p *authParams, resp *Response) bool
}

// signing is what a handler may need besides the request.
type signing struct {
	ppb   behavior
	files files
}

var authHandlers = map[string]authHandler{}

// errUnsupportedAuth marks an auth type pmrun knows but cannot apply.
var errUnsupportedAuth = errors.New("not supported by pmrun")

// maxAuthReplays is postman-runtime's MAX_REPLAY_COUNT.
const maxAuthReplays = 3

// authState holds, per auth object of a folder or the collection, the
// system parameters its handler set during the run.
type authState struct {
	mu     sync.Mutex
	system map[*collection.Auth]*authParams
}

// authStates keeps each Runner's auth state without a field on Runner; an
// entry goes when its Runner is collected.
var authStates sync.Map // weak.Pointer[Runner] → *authState

func (r *Runner) authState() *authState {
	key := weak.Make(r)
	if st, ok := authStates.Load(key); ok {
		return st.(*authState)
	}
	st, loaded := authStates.LoadOrStore(key, &authState{system: map[*collection.Auth]*authParams{}})
	if !loaded {
		runtime.AddCleanup(r, func(k weak.Pointer[Runner]) { authStates.Delete(k) }, key)
	}
	return st.(*authState)
}

// effectiveAuth is the auth that applies to an item whose resolved
// request is req, and whether it is the request's own.
func (r *Runner) effectiveAuth(it *collection.Item, req *collection.Request) (*collection.Auth, bool) {
	if validAuth(req.Auth) {
		return req.Auth, true
	}
	if it != nil {
		for p := it; p != nil; p = p.Parent {
			if p != it && validAuth(p.Auth) {
				return p.Auth, false
			}
		}
	}
	if validAuth(r.col.Auth) {
		return r.col.Auth, false
	}
	return nil, false
}

// validAuth is RequestAuth.isValidType: any type but "type".
func validAuth(a *collection.Auth) bool { return a != nil && a.Type != "type" }

// sendAuthorized signs req with the auth that applies to it and sends it,
// replaying it when the auth asks to (digest). Earlier attempts are
// reported as requests of their own, as Newman does. req.Auth becomes the
// auth as applied, which test scripts see as pm.request.auth.
func (r *Runner) sendAuthorized(ctx context.Context, it *collection.Item, req *collection.Request) *Exchange {
	auth, own := r.effectiveAuth(it, req)
	if auth == nil || auth.Type == "" {
		return r.send(ctx, req)
	}
	a := authAttempt{auth: auth, system: &authParams{}, warn: r.authWarn, replayed: r.reportReplayed}
	if !own {
		// The request's own auth was resolved with the request; another
		// is resolved now, and keeps its system parameters for the run.
		a.resolver = r.vars.Resolver(collection.DynamicValue)
		st := r.authState()
		st.mu.Lock()
		if st.system[auth] == nil {
			st.system[auth] = &authParams{}
		}
		a.system = st.system[auth]
		st.mu.Unlock()
	}
	addJSONContentType(req, behaviorFor(r.col, r.item))
	ex, applied := r.sendWithAuth(ctx, req, a)
	req.Auth = applied
	return ex
}

// sendScriptRequest sends a pm.sendRequest request, signed with the auth
// it gives (none is inherited), quietly: Newman reports no warning for it.
func (r *Runner) sendScriptRequest(ctx context.Context, req *collection.Request) *Exchange {
	if !validAuth(req.Auth) || req.Auth.Type == "" {
		return r.send(ctx, req)
	}
	quiet := func(string) {}
	ex, _ := r.sendWithAuth(ctx, req, authAttempt{auth: req.Auth, system: &authParams{}, warn: quiet, replayed: func(*Exchange) {}})
	return ex
}

// authAttempt is how to sign one request: the auth, where its system
// parameters live, the resolver for its parameters (nil when they are
// resolved already), and how to report warnings and replayed requests.
type authAttempt struct {
	auth     *collection.Auth
	system   *authParams
	resolver *collection.Resolver
	warn     func(string)
	replayed func(*Exchange)
}

// sendWithAuth runs the handler's hooks around sending req, replaying it
// while the post hook asks to, and returns the last exchange and the auth
// as applied.
func (r *Runner) sendWithAuth(ctx context.Context, req *collection.Request, a authAttempt) (*Exchange, *collection.Auth) {
	handler := authHandlers[a.auth.Type]
	sr := signing{ppb: behaviorFor(r.col, r.item), files: files{dir: r.opts.WorkingDir, insecure: r.opts.InsecureFileRead}}
	toSign := req
	for replays := 0; ; replays++ {
		params := newAuthParams(a.auth, a.system, a.resolver)
		signed := cloneResolved(toSign)
		if handler == nil {
			a.warn("runtime: could not find a handler for auth: " + a.auth.Type)
		} else {
			ok, err := handler.pre(params)
			a.system.merge(params)
			switch {
			case err != nil:
				a.warn("runtime~" + a.auth.Type + ".auth: could not validate the request: " + err.Error())
			case ok:
				if err := handler.sign(params, signed, sr); err != nil {
					if errors.Is(err, errUnsupportedAuth) {
						return &Exchange{Request: SentRequest{Method: signed.Method, URL: signed.URL.String()}, Err: err}, params.auth(a.auth.Type)
					}
					a.warn("runtime~" + a.auth.Type + ".auth: could not sign the request: " + err.Error())
				}
			}
		}
		ex := r.send(ctx, signed)
		if ex.Err != nil || ex.Response == nil {
			return ex, params.auth(a.auth.Type)
		}
		replay := false
		if handler == nil {
			a.warn("runtime: could not find a handler for auth: " + a.auth.Type)
		} else {
			replay = handler.post(params, ex.Response)
			a.system.merge(params)
		}
		if !replay {
			return ex, params.auth(a.auth.Type)
		}
		if replays >= maxAuthReplays {
			a.warn("runtime: maximum intermediate request limit exceeded")
			return ex, params.auth(a.auth.Type)
		}
		a.replayed(ex)
		// The replay starts from the request as it went out, with the
		// headers the runtime added to it; the cookie jar fills Cookie
		// again.
		toSign = signed
		toSign.Headers = nil
		for _, h := range ex.Request.Headers {
			if !strings.EqualFold(h.Key, "Cookie") {
				toSign.Headers = append(toSign.Headers, h)
			}
		}
	}
}

// addJSONContentType adds the Content-Type a raw JSON body implies before
// the auth signs the request, as the runtime's step that strips comments
// from JSON bodies does: the header then comes before the auth's and is
// signed (awsv4) or hashed (hawk) with the request.
func addJSONContentType(req *collection.Request, ppb behavior) {
	b := req.Body
	if b == nil || b.Mode != "raw" || b.Language != "json" || b.Disabled || b.Raw == "" {
		return
	}
	if methodsWithoutBody[strings.ToUpper(req.Method)] && !ppb.flag("disableBodyPruning", false) {
		return
	}
	if enabledHeader(req.Headers, "content-type") >= 0 || ppb.disabledSystemHeaders()["content-type"] {
		return
	}
	req.Headers = append(req.Headers, collection.Header{Key: "Content-Type", Value: "application/json", System: true})
}

// reportReplayed accounts for and reports a request its auth replays.
func (r *Runner) reportReplayed(ex *Exchange) {
	ex.Replayed = true
	r.summary.Stats.Requests.Total++
	r.summary.ResponseTimes.Add(ex.Response.Time)
	r.summary.ReceivedBytes += int64(ex.Response.BodySize())
	r.emit(&Event{Kind: RequestDone, Exchange: ex})
}

func (r *Runner) authWarn(msg string) {
	r.emit(&Event{Kind: ConsoleLogged, Item: r.item, Console: &ConsoleMessage{Level: "warn", Args: []string{inspectString(msg)}}})
}

// cloneResolved copies what signing may change in a resolved request.
func cloneResolved(req *collection.Request) *collection.Request {
	c := *req
	c.Headers = append([]collection.Header(nil), req.Headers...)
	c.URL.Query = append([]collection.QueryParam(nil), req.URL.Query...)
	if req.Body != nil {
		b := *req.Body
		b.URLEncoded = append([]collection.Param(nil), req.Body.URLEncoded...)
		c.Body = &b
	}
	return &c
}
