package scripts

import (
	"encoding/xml"
	"io"
	"strings"

	"github.com/dop251/goja"
)

// installLegacyJSON makes the global JSON.parse behave as liquid-json,
// which postman-sandbox puts in its place: a byte order mark is dropped,
// and invalid text throws a JSONError with liquid-json's message.
func (s *Sandbox) installLegacyJSON() {
	vm := s.vm
	jsonObj := vm.Get("JSON").(*goja.Object)
	parse, _ := goja.AssertFunction(jsonObj.Get("parse"))
	must(jsonObj.Set("parse", func(call goja.FunctionCall) goja.Value {
		args := call.Arguments
		if len(args) > 0 {
			if str, ok := args[0].Export().(string); ok && strings.HasPrefix(str, "\ufeff") {
				args = append([]goja.Value{vm.ToValue(strings.TrimPrefix(str, "\ufeff"))}, args[1:]...)
			}
		}
		v, err := parse(jsonObj, args...)
		if err == nil {
			return v
		}
		if isInterrupt(err) {
			panic(err)
		}
		panic(s.jsonError(jsString(arg(args, 0))))
	}))
}

// xml2Json is the legacy xml2Json: xml2js with explicitArray false, trim
// and attributes under "$", text beside them under "_"; undefined when the
// text is not XML.
func (s *Sandbox) xml2Json(text string) goja.Value {
	dec := xml.NewDecoder(strings.NewReader(text))
	dec.Strict = true
	type node struct {
		name  string
		obj   *goja.Object
		attrs *goja.Object
		text  strings.Builder
		kids  bool
	}
	vm := s.vm
	var stack []*node
	var root goja.Value
	value := func(n *node) goja.Value {
		t := strings.TrimSpace(n.text.String())
		if n.attrs == nil && !n.kids {
			return vm.ToValue(t)
		}
		if n.attrs != nil {
			must(n.obj.Set("$", n.attrs))
		}
		if t != "" {
			must(n.obj.Set("_", t))
		}
		// xml2js puts "$" and "_" after the children only when both exist;
		// reorder so that children come after, as its output shows.
		return n.obj
	}
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return goja.Undefined()
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: qname(t.Name), obj: vm.NewObject()}
			if len(t.Attr) > 0 {
				n.attrs = vm.NewObject()
				for _, a := range t.Attr {
					must(n.attrs.Set(qname(a.Name), a.Value))
				}
			}
			if len(stack) > 0 {
				stack[len(stack)-1].kids = true
			}
			stack = append(stack, n)
		case xml.EndElement:
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			v := s.orderedElement(n.obj, value(n), n.attrs != nil)
			if len(stack) == 0 {
				r := vm.NewObject()
				must(r.Set(n.name, v))
				root = r
				continue
			}
			parent := stack[len(stack)-1].obj
			if prev := parent.Get(n.name); prev != nil {
				arr, isArr := prev.Export().([]any)
				if !isArr {
					arr = []any{prev}
				}
				must(parent.Set(n.name, vm.NewArray(append(arr, v)...)))
			} else {
				must(parent.Set(n.name, v))
			}
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text.Write(t)
			}
		}
	}
	if root == nil {
		return goja.Undefined()
	}
	return root
}

// orderedElement returns an element object with "_" before "$", the order
// xml2js gives them.
func (s *Sandbox) orderedElement(obj *goja.Object, v goja.Value, hasAttrs bool) goja.Value {
	o, ok := v.(*goja.Object)
	if !ok || o != obj || !hasAttrs {
		return v
	}
	out := s.vm.NewObject()
	if t := obj.Get("_"); t != nil {
		must(out.Set("_", t))
	}
	must(out.Set("$", obj.Get("$")))
	for _, k := range obj.Keys() {
		if k != "_" && k != "$" {
			must(out.Set(k, obj.Get(k)))
		}
	}
	return out
}

func qname(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}
