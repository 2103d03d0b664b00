package scripts

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/chai"
	"github.com/pmrun/pmrun/scripts/modules"
)

// statusClasses and statusNames are chai-postman 2.0.1's status
// assertions: pm.response.to.be.success, .notFound and so on.
var statusClasses = []struct {
	name  string
	class int
}{{"info", 1}, {"success", 2}, {"redirection", 3}, {"clientError", 4}, {"serverError", 5}}

var statusNames = []struct {
	prop, reason string
	code         int
}{
	{"accepted", "Accepted", 202}, {"withoutContent", "No Content", 204}, {"badRequest", "Bad Request", 400},
	{"unauthorised", "Unauthorised", 401}, {"unauthorized", "Unauthorized", 401}, {"forbidden", "Forbidden", 403},
	{"notFound", "Not Found", 404}, {"notAcceptable", "Acceptable", 406}, {"rateLimited", "Too Many Requests", 429},
}

// installChaiPostman adds chai-postman's assertions to e, so that
// pm.response.to.have.status(200) and friends fail with its messages.
func (s *Sandbox) installChaiPostman(e *chai.Expect) {
	vm := s.vm
	num := func(n int) goja.Value { return vm.ToValue(n) }
	str := func(v string) goja.Value { return vm.ToValue(v) }
	isResp := func(v goja.Value) bool {
		v = modules.OrUndefined(v)
		o, ok := v.(*goja.Object)
		return ok && o.GetSymbol(responseMarker) != nil
	}
	isReq := func(v goja.Value) bool {
		v = modules.OrUndefined(v)
		o, ok := v.(*goja.Object)
		return ok && o.GetSymbol(requestMarker) != nil
	}
	// mustResponse is `new Assertion(this._obj).to.be.postmanResponse`.
	mustResponse := func(a *chai.Assertion) *goja.Object {
		if !isResp(a.Object()) {
			sub := s.expectFn(a.Object())
			sub.Assert(false, "expecting a postman response object but got #{this}", "", nil, nil)
		}
		return a.Object().(*goja.Object)
	}
	code := func(a *chai.Assertion) int { return int(modules.OrUndefined(mustResponse(a).Get("code")).ToInteger()) }
	call := func(o *goja.Object, name string) goja.Value {
		fn, _ := goja.AssertFunction(o.Get(name))
		v, err := fn(o)
		if err != nil {
			panic(err)
		}
		return v
	}
	e.AddProperty("postmanRequest", func(a *chai.Assertion) goja.Value {
		a.Assert(isReq(a.Object()), "expecting a postman request object but got #{this}", "not expecting a postman request object", nil, nil)
		return nil
	})
	e.AddProperty("postmanResponse", func(a *chai.Assertion) goja.Value {
		a.Assert(isResp(a.Object()), "expecting a postman response object but got #{this}", "not expecting a postman response object", nil, nil)
		return nil
	})
	e.AddProperty("postmanRequestOrResponse", func(a *chai.Assertion) goja.Value {
		a.Assert(isResp(a.Object()) || isReq(a.Object()), "expecting a postman request or response object but got #{this}",
			"not expecting a postman request or response object", nil, nil)
		return nil
	})
	classAssert := func(a *chai.Assertion, class int) {
		c := code(a)
		a.Assert(c/100 == class, "expected response code to be #{exp}XX but found #{act}", "expected response code to not be #{exp}XX", num(class), num(c))
	}
	e.AddMethod("statusCodeClass", func(a *chai.Assertion, args []goja.Value) goja.Value {
		classAssert(a, int(arg(args, 0).ToInteger()))
		return nil
	})
	for _, c := range statusClasses {
		e.AddProperty(c.name, func(a *chai.Assertion) goja.Value { classAssert(a, c.class); return nil })
	}
	e.AddProperty("error", func(a *chai.Assertion) goja.Value {
		c := code(a)
		a.Assert(c/100 == 4 || c/100 == 5, "expected response code to be 4XX or 5XX but found #{act}", "expected response code to not be 4XX or 5XX", goja.Null(), num(c))
		return nil
	})
	codeAssert := func(a *chai.Assertion, want goja.Value) {
		want = modules.OrUndefined(want)
		c := code(a)
		n := want.ToFloat()
		a.Assert(float64(c) == n, "expected response to have status code #{exp} but got #{act}", "expected response to not have status code #{act}", vm.ToValue(n), num(c))
	}
	reasonAssert := func(a *chai.Assertion, want goja.Value) {
		want = modules.OrUndefined(want)
		reason := call(mustResponse(a), "reason")
		a.Assert(reason.StrictEquals(want), "expected response to have status reason #{exp} but got #{act}", "expected response to not have status reason #{act}", want, reason)
	}
	e.AddMethod("statusCode", func(a *chai.Assertion, args []goja.Value) goja.Value {
		codeAssert(a, arg(args, 0))
		return nil
	})
	e.AddMethod("statusReason", func(a *chai.Assertion, args []goja.Value) goja.Value {
		reasonAssert(a, str(modules.ToString(arg(args, 0))))
		return nil
	})
	namedAssert := func(a *chai.Assertion, reason string, want int) {
		r := mustResponse(a)
		got := strings.ToUpper(call(r, "reason").String())
		c := int(modules.OrUndefined(r.Get("code")).ToInteger())
		a.Assert(got == strings.ToUpper(reason), "expected response to have status reason #{exp} but got #{act}", "expected response to not have status reason #{act}", str(strings.ToUpper(reason)), str(got))
		a.Assert(c == want, "expected response to have status code #{exp} but got #{act}", "expected response to not have status code #{act}", num(want), num(c))
	}
	for _, n := range statusNames {
		e.AddProperty(n.prop, func(a *chai.Assertion) goja.Value { namedAssert(a, n.reason, n.code); return nil })
	}
	e.AddProperty("ok", func(a *chai.Assertion) goja.Value {
		if !isResp(a.Object()) {
			a.Assert(a.Object().ToBoolean(), "expected #{this} to be truthy", "expected #{this} to be falsy", nil, nil)
			return nil
		}
		namedAssert(a, "OK", 200)
		return nil
	})
	e.AddMethod("status", func(a *chai.Assertion, args []goja.Value) goja.Value {
		mustResponse(a)
		want := arg(args, 0)
		if isNumber(want) {
			codeAssert(a, want)
		} else {
			reasonAssert(a, want)
		}
		return nil
	})
	e.AddMethod("header", func(a *chai.Assertion, args []goja.Value) goja.Value {
		if !isResp(a.Object()) && !isReq(a.Object()) {
			s.expectFn(a.Object()).Assert(false, "expecting a postman request or response object but got #{this}", "", nil, nil)
		}
		kind := "response"
		if isReq(a.Object()) {
			kind = "request"
		}
		key := modules.ToString(arg(args, 0))
		headers := a.Object().(*goja.Object).Get("headers").(*goja.Object)
		hasFn, _ := goja.AssertFunction(headers.Get("has"))
		has, _ := hasFn(headers, arg(args, 0))
		a.Assert(has.ToBoolean(), "expected "+kind+" to have header with key '"+key+"'", "expected "+kind+" to not have header with key '"+key+"'", vm.ToValue(true), has)
		if len(args) >= 2 {
			oneFn, _ := goja.AssertFunction(headers.Get("one"))
			one, _ := oneFn(headers, arg(args, 0))
			got := one.(*goja.Object).Get("value")
			a.Assert(got.StrictEquals(args[1]), "expected '"+key+"' "+kind+" header to be #{exp} but got #{act}", "expected '"+key+"' "+kind+" header to not be #{act}", args[1], got)
		}
		return nil
	})
	e.AddProperty("withBody", func(a *chai.Assertion) goja.Value {
		text := call(mustResponse(a), "text").String()
		a.Assert(text != "", "expected response to have content in body", "expected response to not have content in body", nil, nil)
		return nil
	})
	jsonOf := func(r *goja.Object) (v goja.Value, errMsg string) {
		fn, _ := goja.AssertFunction(r.Get("json"))
		v, err := fn(r)
		if err != nil {
			errMsg = jsonErrorText(err)
		}
		return v, errMsg
	}
	e.AddProperty("json", func(a *chai.Assertion) goja.Value {
		_, msg := jsonOf(mustResponse(a))
		a.Assert(msg == "", "expected response body to be a valid json but got error "+msg, "expected response body not to be a valid json", nil, nil)
		return nil
	})
	e.AddMethod("body", func(a *chai.Assertion, args []goja.Value) goja.Value {
		r := mustResponse(a)
		want := arg(args, 0)
		if isPlainObject(want) {
			got, _ := jsonOf(r)
			got = modules.OrUndefined(got)
			a.Assert(lodashEqual(got, want), "expected response body json to equal #{exp} but got #{act}", "expected response body json to not equal #{exp} but got #{act}", want, got)
			return nil
		}
		text := call(r, "text")
		switch {
		case len(args) == 0:
			a.Assert(text.String() != "", "expected response to have content in body", "expected response to not have content in body", nil, nil)
		case isRegExp(want):
			exec, _ := goja.AssertFunction(want.(*goja.Object).Get("exec"))
			m, _ := exec(want, text)
			a.Assert(!goja.IsNull(m), "expected response body text to match #{exp} but got #{act}", "expected response body text #{act} to not match #{exp}", want, text)
		default:
			a.Assert(lodashEqual(text, want), "expected response body to equal #{exp} but got #{act}", "expected response body to not equal #{exp}", want, text)
		}
		return nil
	})
	e.AddMethod("jsonBody", func(a *chai.Assertion, args []goja.Value) goja.Value {
		got, msg := jsonOf(mustResponse(a))
		got = modules.OrUndefined(got)
		if len(args) == 0 {
			a.Assert(msg == "", "expected response body to be a valid json but got error "+msg, "expected response body not to be a valid json", nil, nil)
			return nil
		}
		path, isStr := args[0].Export().(string)
		if !isStr {
			return nil
		}
		at, found := lodashGet(vm, got, path)
		a.Assert(found, "expected #{act} in response to contain property #{exp}", "expected #{act} in response to not contain property #{exp}", args[0], got)
		if len(args) > 1 {
			at = modules.OrUndefined(at)
			a.Assert(lodashEqual(at, args[1]), `expected response body json at "`+path+`" to contain #{exp} but got #{act}`,
				`expected response body json at "`+path+`" to not contain #{exp} but got #{act}`, args[1], at)
		}
		return nil
	})
	numberCheck := func(a *chai.Assertion, what string, args []goja.Value, sizeMsg bool) {
		n := a.Flag("number")
		a.Assert(isNumber(n), "expected response to have a valid "+what+" but got #{act}", "expected response to not have a valid "+what+" but got #{act}", goja.Null(), n)
		if len(args) == 0 {
			return
		}
		if sizeMsg {
			a.Assert(lodashEqual(n, args[0]), "expected response size to equal #{act} but got #{exp}", "expected response size to not equal #{act} but got #{exp}", args[0], n)
			return
		}
		a.Assert(lodashEqual(n, args[0]), "expected response to have a valid "+what+" but got #{act}", "expected response to not have a valid "+what+" but got #{act}", goja.Null(), n)
	}
	e.AddChainableMethod("responseTime", func(a *chai.Assertion, args []goja.Value) goja.Value {
		numberCheck(a, "response time", args, false)
		return nil
	}, func(a *chai.Assertion) {
		t := mustResponse(a).Get("responseTime")
		a.SetFlag("number", t)
		a.SetObject(t)
	})
	e.AddChainableMethod("responseSize", func(a *chai.Assertion, args []goja.Value) goja.Value {
		numberCheck(a, "response size", args, true)
		return nil
	}, func(a *chai.Assertion) {
		size := call(mustResponse(a), "size").(*goja.Object)
		t := vm.ToValue(modules.OrUndefined(size.Get("header")).ToInteger() + modules.OrUndefined(size.Get("body")).ToInteger())
		a.SetFlag("number", t)
		a.SetObject(t)
	})
	e.AddMethod("jsonSchema", func(a *chai.Assertion, args []goja.Value) goja.Value {
		schema := arg(args, 0)
		if typ := chaiType(schema); typ != "object" {
			s.expectFn(schema).Assert(false, "expected #{this} to be an object", "", nil, nil)
		}
		data := a.Object()
		if isResp(data) || isReq(data) {
			if r, ok := data.(*goja.Object); ok {
				if _, ok := goja.AssertFunction(r.Get("json")); ok {
					data = call(r, "json")
				}
			}
		}
		ok, text := s.validateSchema(schema, data, arg(args, 1))
		a.Assert(ok, "expected data to satisfy schema but found following errors: \n"+text, "expected data to not satisfy schema", vm.ToValue(true), vm.ToValue(ok))
		return nil
	})
}

// expectFn is chai's `new Assertion(v)`, for the inner checks
// chai-postman makes before its own.
func (s *Sandbox) expectFn(v goja.Value) *chai.Assertion {
	call, _ := goja.AssertFunction(s.expect.Function())
	obj, err := call(goja.Undefined(), v)
	if err != nil {
		panic(err)
	}
	return obj.(*goja.Object).Export().(*chai.Assertion)
}

// jsonErrorText is how chai-postman shows a json() failure: a JSONError's
// first line, or name: message.
func jsonErrorText(err error) string {
	e := toError(err)
	if e.Name == "JSONError" && e.Message != "" {
		first, _, _ := strings.Cut(e.Message, "\n")
		return first
	}
	return e.Name + ": " + e.Message
}

func arg(args []goja.Value, i int) goja.Value {
	if i < len(args) {
		return args[i]
	}
	return goja.Undefined()
}

func isNumber(v goja.Value) bool {
	if v == nil {
		return false
	}
	switch v.Export().(type) {
	case int64, float64, int:
		_, isObj := v.(*goja.Object)
		return !isObj
	}
	return false
}

func isRegExp(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && o.ClassName() == "RegExp"
}

// isPlainObject is lodash's isPlainObject: made by Object or with a null
// prototype.
func isPlainObject(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok || o.ClassName() != "Object" {
		return false
	}
	p := o.Prototype()
	if p == nil {
		return true
	}
	return p.Prototype() == nil
}

func chaiType(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	if o, ok := v.(*goja.Object); ok {
		return strings.ToLower(o.ClassName())
	}
	return strings.ToLower(v.ExportType().Kind().String())
}
