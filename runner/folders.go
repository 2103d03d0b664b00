package runner

import (
	"fmt"

	"github.com/pmrun/pmrun/collection"
)

// STAND-IN until collection/ provides the --folder selection function:
// selectItems lists the requests to run, in run order, limited to
// Options.Folders when set.

// selectItems lists the requests a run executes: every request of the
// collection, or those of the folders and requests named in
// Options.Folders (by id or name), in the order the names are given.
func (r *Runner) selectItems() ([]*collection.Item, error) {
	if len(r.opts.Folders) == 0 {
		return flatten(r.col.Items), nil
	}
	var out []*collection.Item
	for _, name := range r.opts.Folders {
		it := findItem(r.col.Items, name)
		if it == nil {
			return nil, fmt.Errorf("runtime~extractRunnableItems: Unable to find a folder or request: %q", name)
		}
		if it.IsFolder() {
			out = append(out, flatten(it.Items)...)
		} else {
			out = append(out, it)
		}
	}
	return out, nil
}

// findItem finds a folder or request by id, else by name, depth first.
func findItem(items []*collection.Item, name string) *collection.Item {
	var byName *collection.Item
	var walk func([]*collection.Item) *collection.Item
	walk = func(items []*collection.Item) *collection.Item {
		for _, it := range items {
			if it.ID == name {
				return it
			}
			if byName == nil && it.Name == name {
				byName = it
			}
			if found := walk(it.Items); found != nil {
				return found
			}
		}
		return nil
	}
	if it := walk(items); it != nil {
		return it
	}
	return byName
}
