package report

import (
	"sync"

	"github.com/pmrun/pmrun/collection"
)

// postman-collection gives every item and collection without an id a
// random one when it loads them, and Newman's reports show those: items
// are told apart by them (the JUnit reporter groups by id). The ids made
// up here are shared by all reporters of the process, so that one item
// has one id in every report.
var madeUpIDs sync.Map // *collection.Item or *collection.Collection → string

// NewID returns a random UUID, as postman-collection makes up ids.
func NewID() string { return collection.NewUUID() }

// itemID is the item's id, or the one made up for it.
func itemID(it *collection.Item) string {
	if it == nil {
		return ""
	}
	if it.ID != "" {
		return it.ID
	}
	id, _ := madeUpIDs.LoadOrStore(it, collection.NewUUID())
	return id.(string)
}

// collectionID is the collection's _postman_id, or the one made up for it.
func collectionID(c *collection.Collection) string {
	if c == nil {
		return ""
	}
	if c.Info.ID != "" {
		return c.Info.ID
	}
	id, _ := madeUpIDs.LoadOrStore(c, collection.NewUUID())
	return id.(string)
}
