package collection

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/tidwall/gjson"
)

func (p *parser) headers(v gjson.Result, path string) []Header {
	if v.Type == gjson.String {
		return ParseHeaderString(v.String())
	}
	var out []Header
	for i, hv := range p.array(v, path) {
		if !hv.IsObject() {
			p.fail(fmt.Sprintf("%s[%d]", path, i), "a header object", hv)
			return out
		}
		f := members(hv, "key", "value", "disabled", "description")
		out = append(out, Header{Key: f[0].String(), Value: f[1].String(), Disabled: f[2].Bool(), Description: p.description(f[3])})
	}
	return out
}

// headerLine is postman-collection's Header.parse pattern: a line that
// starts with a non-space, the key running to the last colon of its first
// word ("B:2:3" has key "B:2").
var headerLine = regexp.MustCompile(`(?m)^(\S+):(.*)$`)

// ParseHeaderString reads headers written as "Key: value" lines as
// Header.parse does: lines without a colon or starting with a space are
// skipped, values are trimmed, folded lines are joined.
func ParseHeaderString(s string) []Header {
	s = strings.NewReplacer("\r\n ", " ", "\r\n\t", "\t").Replace(s)
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []Header
	for _, m := range headerLine.FindAllStringSubmatch(s, -1) {
		out = append(out, Header{Key: m[1], Value: strings.TrimSpace(m[2])})
	}
	return out
}

func (p *parser) body(v gjson.Result, path string) *Body {
	if !v.Exists() || v.Type == gjson.Null {
		return nil
	}
	if !v.IsObject() {
		p.fail(path, "a body object", v)
		return nil
	}
	b := &Body{
		Mode:     v.Get("mode").String(),
		Raw:      v.Get("raw").String(),
		Language: v.Get("options.raw.language").String(),
		Disabled: v.Get("disabled").Bool(),
	}
	for i, pv := range p.array(v.Get("urlencoded"), path+".urlencoded") {
		if !pv.IsObject() {
			p.fail(fmt.Sprintf("%s.urlencoded[%d]", path, i), "a key/value object", pv)
			break
		}
		b.URLEncoded = append(b.URLEncoded, Param{Key: pv.Get("key").String(), Value: pv.Get("value").String(), Disabled: pv.Get("disabled").Bool()})
	}
	for i, pv := range p.array(v.Get("formdata"), path+".formdata") {
		if !pv.IsObject() {
			p.fail(fmt.Sprintf("%s.formdata[%d]", path, i), "a form field object", pv)
			break
		}
		b.FormData = append(b.FormData, FormParam{
			Key:         pv.Get("key").String(),
			Value:       pv.Get("value").String(),
			Type:        pv.Get("type").String(),
			Src:         stringList(pv.Get("src")),
			SrcIsList:   pv.Get("src").IsArray(),
			ContentType: pv.Get("contentType").String(),
			FileName:    pv.Get("fileName").String(),
			Disabled:    pv.Get("disabled").Bool(),
		})
	}
	if f := v.Get("file"); f.IsObject() {
		b.File = FileRef{Src: f.Get("src").String(), Content: f.Get("content").String()}
	}
	if g := v.Get("graphql"); g.IsObject() {
		b.GraphQL = GraphQL{Query: g.Get("query").String(), OperationName: g.Get("operationName").String()}
		if vars := g.Get("variables"); vars.Exists() {
			b.GraphQL.Variables = vars.String()
			if vars.Type != gjson.String {
				b.GraphQL.Variables = vars.Raw
				b.GraphQL.VariablesObject = vars.IsObject() || vars.IsArray()
			}
		}
	}
	return b
}
