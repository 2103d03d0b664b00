package chai

import (
	"github.com/dop251/goja"
)

// flags are chai's assertion flags (utils.flag), kept as Go fields so that
// chain words cost no JS allocation. Flags a plugin invents go to custom.
type flags struct {
	negate, deep, nested, own, ordered, any, all bool
	contains, itself, doLength, lockSsfi         bool

	// message is the custom message (expect(x, msg) or an assertion's msg
	// argument); chai only stores truthy ones.
	message string

	// change/increase/decrease record what .by() checks.
	deltaMsgObj, initialDelta, finalDelta, realDelta goja.Value
	deltaBehavior                                    string

	custom map[string]goja.Value
}

// Flag returns the named chai flag as a JS value (undefined when unset),
// covering chai's built-in flag names and any set with SetFlag.
func (a *Assertion) Flag(name string) goja.Value {
	f := &a.flags
	b := func(v bool) goja.Value { return a.e.vm.ToValue(v) }
	switch name {
	case "object":
		return orUndefined(a.obj)
	case "negate":
		return b(f.negate)
	case "deep":
		return b(f.deep)
	case "nested":
		return b(f.nested)
	case "own":
		return b(f.own)
	case "ordered":
		return b(f.ordered)
	case "any":
		return b(f.any)
	case "all":
		return b(f.all)
	case "contains":
		return b(f.contains)
	case "itself":
		return b(f.itself)
	case "doLength":
		return b(f.doLength)
	case "lockSsfi":
		return b(f.lockSsfi)
	case "message":
		if f.message == "" {
			return goja.Undefined()
		}
		return a.e.vm.ToValue(f.message)
	case "deltaMsgObj":
		return orUndefined(f.deltaMsgObj)
	case "initialDeltaValue":
		return orUndefined(f.initialDelta)
	case "finalDeltaValue":
		return orUndefined(f.finalDelta)
	case "realDelta":
		return orUndefined(f.realDelta)
	case "deltaBehavior":
		if f.deltaBehavior == "" {
			return goja.Undefined()
		}
		return a.e.vm.ToValue(f.deltaBehavior)
	}
	return orUndefined(f.custom[name])
}

// SetFlag sets the named chai flag; unknown names are kept for plugins.
func (a *Assertion) SetFlag(name string, v goja.Value) {
	f := &a.flags
	v = orUndefined(v)
	switch name {
	case "object":
		a.obj = v
	case "negate":
		f.negate = v.ToBoolean()
	case "deep":
		f.deep = v.ToBoolean()
	case "nested":
		f.nested = v.ToBoolean()
	case "own":
		f.own = v.ToBoolean()
	case "ordered":
		f.ordered = v.ToBoolean()
	case "any":
		f.any = v.ToBoolean()
	case "all":
		f.all = v.ToBoolean()
	case "contains":
		f.contains = v.ToBoolean()
	case "itself":
		f.itself = v.ToBoolean()
	case "doLength":
		f.doLength = v.ToBoolean()
	case "lockSsfi":
		f.lockSsfi = v.ToBoolean()
	case "message":
		f.message = ""
		if v.ToBoolean() {
			f.message = v.String()
		}
	default:
		if f.custom == nil {
			f.custom = make(map[string]goja.Value)
		}
		f.custom[name] = v
	}
}

// Negated reports the `not` flag.
func (a *Assertion) Negated() bool { return a.flags.negate }

// Deep reports the `deep` flag.
func (a *Assertion) Deep() bool { return a.flags.deep }

// Message is the custom message flag ("" when none).
func (a *Assertion) Message() string { return a.flags.message }

// setMessageArg applies an assertion's optional message argument: chai
// stores it only when truthy.
func (a *Assertion) setMessageArg(args []goja.Value, i int) {
	if i < len(args) && args[i] != nil && args[i].ToBoolean() {
		a.flags.message = args[i].String()
	}
}

// msgPrefix is chai's `flagMsg ? flagMsg + ': ' : ”`.
func (a *Assertion) msgPrefix() string {
	if a.flags.message == "" {
		return ""
	}
	return a.flags.message + ": "
}
