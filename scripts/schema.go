package scripts

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dop251/goja"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// validateSchema checks data against schema as chai-postman's jsonSchema
// does with Ajv 6 (allErrors): it returns Ajv's error texts, in Ajv's
// order, or none when data satisfies the schema. santhosh-tekuri/jsonschema
// decides validity (and rejects a bad schema); the texts come from
// ajvErrors, which walks the schema as Ajv does. Where that walk finds
// nothing to say (a keyword it does not know), jsonschema's own messages
// stand in.
func validateSchema(vm *goja.Runtime, schema, data goja.Value) ([]string, error) {
	schemaDoc, err := exportJSON(schema)
	if err != nil {
		return nil, fmt.Errorf("jsonSchema: schema: %w", err)
	}
	dataDoc, err := exportJSON(data)
	if err != nil {
		return nil, fmt.Errorf("jsonSchema: data: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft7) // Ajv 6's draft
	c.AssertFormat()
	c.UseLoader(noSchemaLoader{})
	if err := c.AddResource("schema.json", schemaDoc); err != nil {
		return nil, fmt.Errorf("jsonSchema: %w", err)
	}
	sch, err := c.Compile("schema.json")
	if err != nil {
		return nil, fmt.Errorf("jsonSchema: %w", err)
	}
	verr := sch.Validate(dataDoc)
	if msgs := ajvErrors(vm, schema, data); len(msgs) > 0 {
		return msgs, nil
	}
	if verr == nil {
		return nil, nil
	}
	ve, ok := verr.(*jsonschema.ValidationError)
	if !ok {
		return []string{verr.Error()}, nil
	}
	var out []string
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			out = append(out, "data"+ajvPath(e.InstanceLocation)+" "+e.ErrorKind.LocalizedString(message.NewPrinter(language.English)))
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	return out, nil
}

// exportJSON turns a script value into what jsonschema expects: decoded
// JSON with json.Number numbers.
func exportJSON(v goja.Value) (any, error) {
	if v == nil || goja.IsUndefined(v) {
		return nil, nil
	}
	b, err := json.Marshal(v.Export())
	if err != nil {
		return nil, err
	}
	return jsonschema.UnmarshalJSON(strings.NewReader(string(b)))
}

// noSchemaLoader refuses every $ref outside the schema: scripts get no
// file system or network through a schema.
type noSchemaLoader struct{}

func (noSchemaLoader) Load(url string) (any, error) {
	return nil, fmt.Errorf("jsonSchema: $ref %s: only references inside the schema are allowed", url)
}
