// Package xsdcheck validates XML documents against the subset of XML Schema
// that JUnit schemas use: global elements (by name or ref), complex types
// with sequence/choice content flattened to the set of allowed children,
// attributes with use="required", the mixed flag, and simple types
// restricted by a pattern. It exists for tests: no Go XSD validator library
// is available, and the JUnit schemas need no more than this.
package xsdcheck

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Schema is a parsed schema: element declarations by name.
type Schema struct {
	elements map[string]*elementDecl
	types    map[string]*complexType
	patterns map[string]*regexp.Regexp // simple type name → pattern
}

type elementDecl struct {
	name     string
	typeName string       // named complex or simple type
	complex  *complexType // inline complex type
}

type complexType struct {
	mixed    bool
	children map[string]bool
	attrs    map[string]attrDecl
}

type attrDecl struct {
	required bool
	typeName string
}

// xsdNode is a generic XSD node.
type xsdNode struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Children []xsdNode  `xml:",any"`
}

func (n *xsdNode) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// Parse reads an XSD.
func Parse(data []byte) (*Schema, error) {
	var root xsdNode
	if err := xml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("xsd: %w", err)
	}
	s := &Schema{elements: map[string]*elementDecl{}, types: map[string]*complexType{}, patterns: map[string]*regexp.Regexp{}}
	for i := range root.Children {
		n := &root.Children[i]
		switch n.XMLName.Local {
		case "element":
			d := &elementDecl{name: n.attr("name"), typeName: n.attr("type")}
			for j := range n.Children {
				if n.Children[j].XMLName.Local == "complexType" {
					d.complex = parseComplex(&n.Children[j])
				}
			}
			s.elements[d.name] = d
		case "complexType":
			s.types[n.attr("name")] = parseComplex(n)
		case "simpleType":
			for _, r := range n.Children {
				for _, p := range r.Children {
					if p.XMLName.Local == "pattern" {
						re, err := regexp.Compile("^(?:" + p.attr("value") + ")$")
						if err != nil {
							return nil, fmt.Errorf("xsd: simple type %s: %w", n.attr("name"), err)
						}
						s.patterns[n.attr("name")] = re
					}
				}
			}
		}
	}
	return s, nil
}

func parseComplex(n *xsdNode) *complexType {
	ct := &complexType{mixed: n.attr("mixed") == "true", children: map[string]bool{}, attrs: map[string]attrDecl{}}
	var walk func(*xsdNode)
	walk = func(n *xsdNode) {
		for i := range n.Children {
			c := &n.Children[i]
			switch c.XMLName.Local {
			case "element":
				name := c.attr("ref")
				if name == "" {
					name = c.attr("name")
				}
				ct.children[name] = true
			case "attribute":
				ct.attrs[c.attr("name")] = attrDecl{required: c.attr("use") == "required", typeName: c.attr("type")}
			case "sequence", "choice", "all":
				walk(c)
			}
		}
	}
	walk(n)
	return ct
}

// Validate checks doc against the schema, reporting the first violation
// with the element's path.
func (s *Schema) Validate(doc []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(doc))
	type frame struct {
		path string
		ct   *complexType // nil: simple content
	}
	var stack []frame
	sawRoot := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("not well-formed XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			path := name
			if len(stack) > 0 {
				parent := stack[len(stack)-1]
				path = parent.path + "/" + name
				if parent.ct == nil || !parent.ct.children[name] {
					return fmt.Errorf("%s: element not allowed here", path)
				}
			} else if sawRoot {
				return fmt.Errorf("%s: second root element", path)
			}
			sawRoot = true
			decl := s.elements[name]
			if decl == nil {
				return fmt.Errorf("%s: element not declared in the schema", path)
			}
			ct := decl.complex
			if ct == nil {
				ct = s.types[decl.typeName]
			}
			if err := s.checkAttrs(path, ct, t.Attr); err != nil {
				return err
			}
			stack = append(stack, frame{path: path, ct: ct})
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) == 0 || strings.TrimSpace(string(t)) == "" {
				continue
			}
			top := stack[len(stack)-1]
			if top.ct != nil && !top.ct.mixed {
				return fmt.Errorf("%s: text not allowed in element-only content", top.path)
			}
		}
	}
	if !sawRoot {
		return fmt.Errorf("no root element")
	}
	return nil
}

func (s *Schema) checkAttrs(path string, ct *complexType, attrs []xml.Attr) error {
	if ct == nil {
		if len(attrs) > 0 {
			return fmt.Errorf("%s: attributes on a simple-content element", path)
		}
		return nil
	}
	seen := map[string]bool{}
	for _, a := range attrs {
		decl, ok := ct.attrs[a.Name.Local]
		if !ok {
			return fmt.Errorf("%s: attribute %q not declared", path, a.Name.Local)
		}
		seen[a.Name.Local] = true
		if re := s.patterns[decl.typeName]; re != nil && !re.MatchString(a.Value) {
			return fmt.Errorf("%s: attribute %s=%q does not match type %s", path, a.Name.Local, a.Value, decl.typeName)
		}
	}
	for name, d := range ct.attrs {
		if d.required && !seen[name] {
			return fmt.Errorf("%s: required attribute %q missing", path, name)
		}
	}
	return nil
}
