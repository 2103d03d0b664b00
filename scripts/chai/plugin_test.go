package chai

import (
	"testing"

	"github.com/dop251/goja"
)

// installPostmanLike adds assertions shaped like chai-postman's, through
// the Go plugin API only.
func installPostmanLike(e *Expect) {
	vm := e.Runtime()
	e.AddMethod("status", func(a *Assertion, args []goja.Value) goja.Value {
		e.NewAssertion(a.Object(), "").Call("property", vm.ToValue("code"))
		code := a.Object().(*goja.Object).Get("code")
		want := vm.ToValue(argAt(args, 0).ToFloat())
		a.Assert(code.StrictEquals(want), "expected response to have status code #{exp} but got #{act}",
			"expected response to not have status code #{act}", want, code)
		return nil
	})
	e.AddChainableMethod("responseTime", func(a *Assertion, args []goja.Value) goja.Value {
		n := a.Flag("number")
		a.Assert(goja.IsNumber(n), "expected response to have a valid response time but got #{act}",
			"expected response to not have a valid response time but got #{act}", goja.Null(), n)
		return nil
	}, func(a *Assertion) {
		rt := a.Object().(*goja.Object).Get("responseTime")
		a.SetFlag("number", rt)
		a.SetObject(rt)
	})
	core := e.Property("ok")
	e.AddProperty("ok", func(a *Assertion) goja.Value {
		o, isObj := a.Object().(*goja.Object)
		if !isObj || o.Get("code") == nil {
			return core(a)
		}
		code := o.Get("code")
		a.Assert(code.ToFloat() == 200, "expected response to have status code #{exp} but got #{act}",
			"expected response to not have status code #{act}", vm.ToValue(200), code)
		return nil
	})
	e.AddProperty("postmanResponse", func(a *Assertion) goja.Value {
		o, isObj := a.Object().(*goja.Object)
		a.Assert(isObj && o.Get("code") != nil, "expecting a postman response object but got #{this}",
			"not expecting a postman response object", nil, nil)
		return nil
	})
}

func TestPluginAPI(t *testing.T) {
	vm, e := newTestRuntime(t)
	installPostmanLike(e)
	if _, err := vm.RunString(`var res = {code: 401, responseTime: 120}`); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ code, want string }{
		{"expect(res).to.have.status(401)", "ok"},
		{"expect(res).to.have.status(200)", "AssertionError: expected response to have status code 200 but got 401"},
		{"expect(res).to.not.have.status(401)", "AssertionError: expected response to not have status code 401"},
		{"expect(res, 'custom').to.have.status(200)", "AssertionError: custom: expected response to have status code 200 but got 401"},
		{"expect({}).to.have.status(200)", "AssertionError: expected {} to have property 'code'"},
		{"expect(res).to.have.responseTime.below(200)", "ok"},
		{"expect(res).to.have.responseTime.above(200)", "AssertionError: expected 120 to be above 200"},
		{"expect(res).to.have.responseTime()", "ok"},
		{"expect({responseTime: 'x'}).to.have.responseTime()", "AssertionError: expected response to have a valid response time but got 'x'"},
		{"expect(res).to.be.ok", "AssertionError: expected response to have status code 200 but got 401"},
		{"expect({code: 200}).to.be.ok", "ok"},
		{"expect(0).to.be.ok", "AssertionError: expected +0 to be truthy"},
		{"expect(1).to.be.postmanResponse", "AssertionError: expecting a postman response object but got 1"},
		{"expect(res).to.not.be.postmanResponse", "AssertionError: not expecting a postman response object"},
		{"expect(res).to.be.postmanRespons", `Error: Invalid Chai property: postmanRespons. Did you mean "postmanResponse"?`},
		{"expect(res).to.have.statu(1)", `Error: Invalid Chai property: statu. Did you mean "status"?`},
	}
	for _, c := range cases {
		if got := outcome(vm, c.code); got != c.want {
			t.Errorf("%s\n got: %s\nwant: %s", c.code, got, c.want)
		}
	}
}

func TestAssertionFlagsFromGo(t *testing.T) {
	vm, e := newTestRuntime(t)
	var seen []string
	e.AddMethod("probe", func(a *Assertion, args []goja.Value) goja.Value {
		for _, f := range []string{"negate", "deep", "nested", "own", "ordered", "any", "all", "contains", "message", "object"} {
			seen = append(seen, f+"="+a.Flag(f).String())
		}
		return nil
	})
	if _, err := vm.RunString(`expect(5, 'm').not.deep.nested.own.ordered.any.include.probe()`); err != nil {
		t.Fatal(err)
	}
	want := "negate=true deep=true nested=true own=true ordered=true any=true all=false contains=true message=m object=5"
	if got := joinSpace(seen); got != want {
		t.Errorf("flags: got %q want %q", got, want)
	}
}

func joinSpace(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}

func TestAssertionErrorShape(t *testing.T) {
	vm, _ := newTestRuntime(t)
	cases := []struct{ code, want string }{
		{"try { expect(1).to.equal(2) } catch (e) { return e instanceof Error }", "true"},
		{"try { expect(1).to.equal(2) } catch (e) { return e.name }", "AssertionError"},
		{"try { expect(1).to.equal(2) } catch (e) { return String(e) }", "AssertionError: expected 1 to equal 2"},
		{"try { expect(1).to.equal(2) } catch (e) { return e.stack.split('\\n')[0] }", "Error: expected 1 to equal 2"},
		{"function f() { expect(1).to.equal(2) }; try { f() } catch (e) { return /\\bat f \\(/.test(e.stack) && e.stack.indexOf('(native)') < 0 }", "true"},
		{"try { expect(1).to.equal(2) } catch (e) { return Object.prototype.hasOwnProperty.call(e, 'name') }", "false"},
		{"try { expect(1).to.equal(2) } catch (e) { var j = e.toJSON(false); return JSON.stringify(j) }",
			`{"name":"AssertionError","message":"expected 1 to equal 2","showDiff":true,"actual":1,"expected":2,"operator":"strictEqual"}`},
		{"try { expect(1).to.be.ok.and.to.equal(2) } catch (e) { return e.actual + ':' + e.expected + ':' + e.showDiff }", "1:2:true"},
		{"try { expect(1).to.be.a('string') } catch (e) { return e.showDiff }", "false"},
		{"try { expect({a:1}).to.eql({a:2}) } catch (e) { return e.operator }", "deepStrictEqual"},
		{"try { expect(1).to.not.equal(1) } catch (e) { return e.operator }", "notStrictEqual"},
		{"try { expect.fail('boom') } catch (e) { return e.name + ':' + e.message }", "AssertionError:boom"},
		{"try { expect.fail(1, 2, undefined, '>') } catch (e) { return [e.message, e.actual, e.expected, e.operator].join('|') }", "expect.fail()|1|2|>"},
		{"try { expect(1).to.be.tru } catch (e) { return e.name + ':' + (e instanceof Error) }", "Error:true"},
		{"var a = expect(1); return typeof a.to.equal", "function"},
		{"var a = expect(1); return a._obj", "1"},
		{"var a = expect(1).to; a._obj = 2; a.equal(2); return 'ok'", "ok"},
		{"return typeof expect([1]).to.include", "function"},
		{"return expect([1]).to.include(1) === undefined", "false"},
	}
	for _, c := range cases {
		v, err := vm.RunString("(function(){" + c.code + "\n})()")
		got := ""
		if err != nil {
			got = "error: " + err.Error()
		} else {
			got = v.String()
		}
		if got != c.want {
			t.Errorf("%s\n got: %s\nwant: %s", c.code, got, c.want)
		}
	}
}

// Plugins belong to the runtime they were added to.
func TestPluginsStayInTheirRuntime(t *testing.T) {
	vm1, e1 := newTestRuntime(t)
	installPostmanLike(e1)
	vm2, _ := newTestRuntime(t)
	if got := outcome(vm1, "expect({code: 200}).to.be.ok.and.have.status(200)"); got != "ok" {
		t.Errorf("runtime with plugin: %s", got)
	}
	want := `Error: Invalid Chai property: status`
	if got := outcome(vm2, "expect({code: 200}).to.have.status(200)"); got != want {
		t.Errorf("runtime without plugin:\n got: %s\nwant: %s", got, want)
	}
	if got := outcome(vm2, "expect({code: 401}).to.be.ok"); got != "ok" {
		t.Errorf("core ok was overridden in another runtime: %s", got)
	}
}
