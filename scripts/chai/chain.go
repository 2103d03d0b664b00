package chai

import (
	"unicode/utf16"

	"github.com/dop251/goja"
)

// registerCore installs chai's core vocabulary in chai's definition order,
// which decides ties in "Did you mean" suggestions.
func (e *Expect) registerCore() {
	for _, w := range []string{"to", "be", "been", "is", "and", "has", "have", "with",
		"that", "which", "at", "of", "same", "but", "does", "still", "also"} {
		e.AddProperty(w, nil)
	}
	flag := func(name string, set func(f *flags)) {
		e.AddProperty(name, func(a *Assertion) goja.Value { set(&a.flags); return nil })
	}
	flag("not", func(f *flags) { f.negate = true })
	flag("deep", func(f *flags) { f.deep = true })
	flag("nested", func(f *flags) { f.nested = true })
	flag("own", func(f *flags) { f.own = true })
	flag("ordered", func(f *flags) { f.ordered = true })
	flag("any", func(f *flags) { f.any, f.all = true, false })
	flag("all", func(f *flags) { f.all, f.any = true, false })

	e.AddChainableMethod("an", assertType, nil)
	e.AddChainableMethod("a", assertType, nil)
	for _, n := range []string{"include", "contain", "contains", "includes"} {
		e.AddChainableMethod(n, assertInclude, func(a *Assertion) { a.flags.contains = true })
	}
	e.AddProperty("ok", assertOk)
	e.AddProperty("true", assertTrue)
	e.AddProperty("false", assertFalse)
	e.AddProperty("null", assertNull)
	e.AddProperty("undefined", assertUndefined)
	e.AddProperty("NaN", assertNaN)
	e.AddProperty("exist", assertExist)
	e.AddProperty("exists", assertExist)
	e.AddProperty("empty", assertEmpty)
	e.AddProperty("arguments", assertArguments)
	e.AddProperty("Arguments", assertArguments)
	for _, n := range []string{"equal", "equals", "eq"} {
		e.AddMethod(n, assertEqual)
	}
	e.AddMethod("eql", assertEql)
	e.AddMethod("eqls", assertEql)
	for _, n := range []string{"above", "gt", "greaterThan"} {
		e.AddMethod(n, compareMethod(cmpAbove))
	}
	for _, n := range []string{"least", "gte", "greaterThanOrEqual"} {
		e.AddMethod(n, compareMethod(cmpLeast))
	}
	for _, n := range []string{"below", "lt", "lessThan"} {
		e.AddMethod(n, compareMethod(cmpBelow))
	}
	for _, n := range []string{"most", "lte", "lessThanOrEqual"} {
		e.AddMethod(n, compareMethod(cmpMost))
	}
	e.AddMethod("within", assertWithin)
	e.AddMethod("instanceof", assertInstanceOf)
	e.AddMethod("instanceOf", assertInstanceOf)
	e.AddMethod("property", assertProperty)
	e.AddMethod("ownProperty", assertOwnProperty)
	e.AddMethod("haveOwnProperty", assertOwnProperty)
	e.AddMethod("ownPropertyDescriptor", assertOwnPropertyDescriptor)
	e.AddMethod("haveOwnPropertyDescriptor", assertOwnPropertyDescriptor)
	e.AddChainableMethod("length", assertLength, func(a *Assertion) { a.flags.doLength = true })
	e.AddChainableMethod("lengthOf", assertLength, func(a *Assertion) { a.flags.doLength = true })
	e.AddMethod("match", assertMatch)
	e.AddMethod("matches", assertMatch)
	e.AddMethod("string", assertString)
	e.AddMethod("keys", assertKeys)
	e.AddMethod("key", assertKeys)
	for _, n := range []string{"throw", "throws", "Throw"} {
		e.AddMethod(n, assertThrows)
	}
	e.AddMethod("respondTo", assertRespondTo)
	e.AddMethod("respondsTo", assertRespondTo)
	flag("itself", func(f *flags) { f.itself = true })
	e.AddMethod("satisfy", assertSatisfy)
	e.AddMethod("satisfies", assertSatisfy)
	e.AddMethod("closeTo", assertCloseTo)
	e.AddMethod("approximately", assertCloseTo)
	e.AddMethod("members", assertMembers)
	e.AddMethod("oneOf", assertOneOf)
	e.AddMethod("change", deltaMethod(deltaChange))
	e.AddMethod("changes", deltaMethod(deltaChange))
	e.AddMethod("increase", deltaMethod(deltaIncrease))
	e.AddMethod("increases", deltaMethod(deltaIncrease))
	e.AddMethod("decrease", deltaMethod(deltaDecrease))
	e.AddMethod("decreases", deltaMethod(deltaDecrease))
	e.AddMethod("by", assertBy)
	e.AddProperty("extensible", assertExtensible)
	e.AddProperty("sealed", assertSealed)
	e.AddProperty("frozen", assertFrozen)
	e.AddProperty("finite", assertFinite)
}

// suggest is the closest registered name to key within edit distance 3,
// earliest registered first on ties, as chai's proxy picks it.
func (e *Expect) suggest(key string) string {
	const limit = 4
	best, bestDist := "", limit
	for _, name := range e.order {
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
