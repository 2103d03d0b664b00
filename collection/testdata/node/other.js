// Regenerates testdata/variable_cast.json, strip_json_comments.json,
// v1/*.v21.json and dynamic_variables.txt from Newman's libraries.
const fs = require("fs"), path = require("path");
const td = path.join(__dirname, "..");
const { Variable, VariableList, Property } = require("postman-collection");

const vals = ["abc", "", "0", "1", "1.50", "false", "true", "null", " 12 ", "1e3", "0x10", 0, 1, 2.5, -0, true, false, null, [1, "a", null], { a: 1 }, []];
const types = ["string", "number", "boolean", "any", "secret", "json", "array", "object", "default", "String", undefined];
const casts = [];
for (const t of types) for (const v of vals) {
  const opts = { key: "k", value: v }; if (t !== undefined) opts.type = t;
  const va = new Variable(opts), g = va.get();
  const gj = g === undefined ? { undefined: true } : (typeof g === "number" && !isFinite(g) ? { nan: String(g) } : g);
  casts.push({ type: t === undefined ? "" : t, value: v, get: gj, typeOut: va.type,
    sub: Property.replaceSubstitutions("[{{k}}]", [new VariableList(null, [va.toJSON()])]) });
}
fs.writeFileSync(path.join(td, "variable_cast.json"), JSON.stringify(casts) + "\n");

const strip = require("strip-json-comments");
const inputs = ["{\"a\": 1 // c\n}", "{\"a\":\"//not\", /* b */ \"c\": 2}", "// only", "/* open", "{\"s\":\"q\\\"//x\"} // t\r\n{}",
  "a/*b*/c//d\r\ne", "\"\\\\\" // x", "/ / /* */ */", "{\"url\":\"http://x\"}//c", "no comment", "\"unterminated // x"];
fs.writeFileSync(path.join(td, "strip_json_comments.json"),
  JSON.stringify(inputs.map(c => ({ in: c, out: strip(c, { whitespace: false }) })), null, 1) + "\n");

const t = require("postman-collection-transformer");
for (const name of ["rich", "multi-level-folders"]) {
  const c = JSON.parse(fs.readFileSync(path.join(td, "v1", name + ".v1.json")));
  t.convert(c, { inputVersion: "1.0.0", outputVersion: "2.1.0" }, (e, r) => {
    if (e) throw e;
    fs.writeFileSync(path.join(td, "v1", name + ".v21.json"), JSON.stringify(r, null, 1) + "\n");
  });
}

const d = require("postman-collection/lib/superstring/dynamic-variables");
fs.writeFileSync(path.join(td, "dynamic_variables.txt"),
  "# names in postman-collection 4.x lib/superstring/dynamic-variables.js (generated with node)\n" + Object.keys(d).join("\n") + "\n");
