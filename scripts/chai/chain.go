package chai

import (
	"unicode/utf16"

	"github.com/dop251/goja"
)

// registerCore installs chai's core vocabulary in chai's definition order,
// which decides ties in "Did you mean" suggestions.
func registerCore(e *vocabulary) {
	for _, w := range []string{"to", "be", "been", "is", "and", "has", "have", "with",
		"that", "which", "at", "of", "same", "but", "does", "still", "also"} {
		e.addProperty(w, nil)
	}
	flag := func(name string, set func(f *flags)) {
		e.addProperty(name, func(a *Assertion) goja.Value { set(&a.flags); return nil })
	}
	flag("not", func(f *flags) { f.negate = true })
	flag("deep", func(f *flags) { f.deep = true })
	flag("nested", func(f *flags) { f.nested = true })
	flag("own", func(f *flags) { f.own = true })
	flag("ordered", func(f *flags) { f.ordered = true })
	flag("any", func(f *flags) { f.any, f.all = true, false })
	flag("all", func(f *flags) { f.all, f.any = true, false })

	e.addChainableMethod("an", assertType, nil)
	e.addChainableMethod("a", assertType, nil)
	for _, n := range []string{"include", "contain", "contains", "includes"} {
		e.addChainableMethod(n, assertInclude, func(a *Assertion) { a.flags.contains = true })
	}
	e.addProperty("ok", assertOk)
	e.addProperty("true", assertTrue)
	e.addProperty("false", assertFalse)
	e.addProperty("null", assertNull)
	e.addProperty("undefined", assertUndefined)
	e.addProperty("NaN", assertNaN)
	e.addProperty("exist", assertExist)
	e.addProperty("exists", assertExist)
	e.addProperty("empty", assertEmpty)
	e.addProperty("arguments", assertArguments)
	e.addProperty("Arguments", assertArguments)
	for _, n := range []string{"equal", "equals", "eq"} {
		e.addMethod(n, assertEqual)
	}
	e.addMethod("eql", assertEql)
	e.addMethod("eqls", assertEql)
	for _, n := range []string{"above", "gt", "greaterThan"} {
		e.addMethod(n, compareMethod(cmpAbove))
	}
	for _, n := range []string{"least", "gte", "greaterThanOrEqual"} {
		e.addMethod(n, compareMethod(cmpLeast))
	}
	for _, n := range []string{"below", "lt", "lessThan"} {
		e.addMethod(n, compareMethod(cmpBelow))
	}
	for _, n := range []string{"most", "lte", "lessThanOrEqual"} {
		e.addMethod(n, compareMethod(cmpMost))
	}
	e.addMethod("within", assertWithin)
	e.addMethod("instanceof", assertInstanceOf)
	e.addMethod("instanceOf", assertInstanceOf)
	e.addMethod("property", assertProperty)
	e.addMethod("ownProperty", assertOwnProperty)
	e.addMethod("haveOwnProperty", assertOwnProperty)
	e.addMethod("ownPropertyDescriptor", assertOwnPropertyDescriptor)
	e.addMethod("haveOwnPropertyDescriptor", assertOwnPropertyDescriptor)
	e.addChainableMethod("length", assertLength, func(a *Assertion) { a.flags.doLength = true })
	e.addChainableMethod("lengthOf", assertLength, func(a *Assertion) { a.flags.doLength = true })
	e.addMethod("match", assertMatch)
	e.addMethod("matches", assertMatch)
	e.addMethod("string", assertString)
	e.addMethod("keys", assertKeys)
	e.addMethod("key", assertKeys)
	for _, n := range []string{"throw", "throws", "Throw"} {
		e.addMethod(n, assertThrows)
	}
	e.addMethod("respondTo", assertRespondTo)
	e.addMethod("respondsTo", assertRespondTo)
	flag("itself", func(f *flags) { f.itself = true })
	e.addMethod("satisfy", assertSatisfy)
	e.addMethod("satisfies", assertSatisfy)
	e.addMethod("closeTo", assertCloseTo)
	e.addMethod("approximately", assertCloseTo)
	e.addMethod("members", assertMembers)
	e.addMethod("oneOf", assertOneOf)
	e.addMethod("change", deltaMethod(deltaChange))
	e.addMethod("changes", deltaMethod(deltaChange))
	e.addMethod("increase", deltaMethod(deltaIncrease))
	e.addMethod("increases", deltaMethod(deltaIncrease))
	e.addMethod("decrease", deltaMethod(deltaDecrease))
	e.addMethod("decreases", deltaMethod(deltaDecrease))
	e.addMethod("by", assertBy)
	e.addProperty("extensible", assertExtensible)
	e.addProperty("sealed", assertSealed)
	e.addProperty("frozen", assertFrozen)
	e.addProperty("finite", assertFinite)
}

// suggest is the closest registered name to key within edit distance 3,
// earliest registered first on ties, as chai's proxy picks it.
func (e *Expect) suggest(key string) string {
	const limit = 4
	best, bestDist := "", limit
	for _, name := range e.vocab.order {
		if d := distanceCapped(key, name, bestDist); d < bestDist {
			best, bestDist = name, d
		}
	}
	return best
}

// distanceCapped is chai's stringDistanceCapped: Levenshtein distance over
// UTF-16 units, giving up (returning cap) once it cannot be below cap.
func distanceCapped(a, b string, limit int) int {
	sa, sb := utf16.Encode([]rune(a)), utf16.Encode([]rune(b))
	if abs(len(sa)-len(sb)) >= limit {
		return limit
	}
	memo := make([][]int, len(sa)+1)
	for i := range memo {
		memo[i] = make([]int, len(sb)+1)
		memo[i][0] = i
	}
	for j := 0; j < len(sb); j++ {
		memo[0][j] = j
	}
	for i := 1; i <= len(sa); i++ {
		for j := 1; j <= len(sb); j++ {
			if abs(i-j) >= limit {
				memo[i][j] = limit
				continue
			}
			sub := 1
			if sa[i-1] == sb[j-1] {
				sub = 0
			}
			memo[i][j] = min(memo[i-1][j]+1, memo[i][j-1]+1, memo[i-1][j-1]+sub)
		}
	}
	return memo[len(sa)][len(sb)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
