// Package backbone is require('backbone') and the legacy Backbone global:
// the non-DOM part of Backbone 1.6 that postman-sandbox 4.7.1 bundles —
// Events, Model, Collection (with the underscore methods it proxies) and
// extend — written here as a small CommonJS module of our own. View,
// Router and History exist but have no DOM or location to work with, and
// sync/fetch/save fail, as there is no Backbone.$ to send requests.
package backbone

import (
	_ "embed"

	"github.com/pmrun/pmrun/scripts/modules"
)

//go:embed backbone.js
var source string

func init() { modules.Register("backbone", modules.JS("backbone", source)) }
