package report

import (
	"regexp"
	"strconv"
	"strings"
)

// Newman's failures carry serialised-error's parse of the error's stack
// (the stack-trace package): one call site per "at …" line after the
// first line of the stack.
var (
	stackAt        = regexp.MustCompile(`at (?:(.+)\s+)?\(?(?:(.+?):(\d+):(\d+)|([^)]+))\)?`)
	stackSeparator = regexp.MustCompile(`^\s*-{4,}$`)
)

// stackFrames parses stack into call sites as stack-trace does: fields it
// cannot tell are null, a function "Type.method" gives its type and
// method, a bare function has type "Object".
func stackFrames(stack string) []any {
	frames := []any{}
	lines := strings.Split(stack, "\n")
	for _, line := range lines[1:] {
		if stackSeparator.MatchString(line) {
			frames = append(frames, map[string]any{"fileName": line, "lineNumber": nil, "functionName": nil,
				"typeName": nil, "methodName": nil, "columnNumber": nil, "native": nil})
			continue
		}
		m := stackAt.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		var function, typeName, method any
		if m[1] != "" {
			function, typeName = m[1], "Object"
			object, rest, dotted := strings.Cut(m[1], ".")
			if dotted && rest != "" {
				typeName, method = object, rest
			}
			if rest == "<anonymous>" {
				function, method = "", nil
			}
		}
		frames = append(frames, map[string]any{
			"fileName": nullIfEmpty(m[2]), "lineNumber": positiveOrNull(m[3]), "functionName": function,
			"typeName": typeName, "methodName": method, "columnNumber": positiveOrNull(m[4]), "native": m[5] == "native",
		})
	}
	return frames
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// positiveOrNull is parseInt(s) || null.
func positiveOrNull(s string) any {
	if n, err := strconv.Atoi(s); err == nil && n != 0 {
		return n
	}
	return nil
}
