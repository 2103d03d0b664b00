package collection

import "fmt"

// EntrypointError is the runtime's error for a --folder that matches
// nothing; its text is what Newman prints after "error: ".
type EntrypointError struct{ Msg string }

func (e *EntrypointError) Error() string { return "runtime~extractRunnableItems: " + e.Msg }

// RunOrder returns the requests a run executes, in order, for the --folder
// values given (none: every request), as postman-runtime 7.39.1 extracts
// runnable items.
//
// One value is looked up by id, then name, first among a level's children
// and then inside each child in turn, so the shallowest, first match wins;
// its requests run. Several values are matched in one walk in collection
// order (each value once, at its first match) and run in collection order,
// not the order given; any value left unmatched fails the run. As in the
// runtime, a match inside a matched folder's sub-folder is run again.
func (c *Collection) RunOrder(folders []string) ([]*Item, error) {
	switch {
	case len(folders) == 0 || (len(folders) == 1 && folders[0] == ""):
		return flattenItems(c.Items), nil
	case len(folders) == 1:
		found := findItem(c.Items, folders[0])
		if found == nil {
			return nil, &EntrypointError{Msg: fmt.Sprintf("Unable to find a folder or request: %q", folders[0])}
		}
		return flattenItems([]*Item{found}), nil
	}
	wanted := map[string]bool{}
	for _, f := range folders {
		wanted[f] = true
	}
	var matched []*Item
	collectMatches(c.Items, wanted, true, &matched)
	if len(wanted) > 0 {
		return nil, &EntrypointError{Msg: "Invalid entrypoint"}
	}
	return flattenItems(matched), nil
}

func findItem(items []*Item, match string) *Item {
	for _, it := range items {
		if it.ID == match || it.Name == match {
			return it
		}
	}
	for _, it := range items {
		if found := findItem(it.Items, match); found != nil {
			return found
		}
	}
	return nil
}

// collectMatches walks depth first; accumulate is false right below a
// matched item (and only there, as in the runtime).
func collectMatches(items []*Item, wanted map[string]bool, accumulate bool, out *[]*Item) {
	for _, it := range items {
		if len(wanted) == 0 {
			return
		}
		match := ""
		switch {
		case it.ID != "" && wanted[it.ID]:
			match = it.ID
		case wanted[it.Name]:
			match = it.Name
		}
		if match != "" {
			if accumulate {
				*out = append(*out, it)
			}
			delete(wanted, match)
		}
		collectMatches(it.Items, wanted, match == "", out)
	}
}

// flattenItems lists the requests under items depth first.
func flattenItems(items []*Item) []*Item {
	var out []*Item
	for _, it := range items {
		if it.IsFolder() {
			out = append(out, flattenItems(it.Items)...)
			continue
		}
		out = append(out, it)
	}
	return out
}
