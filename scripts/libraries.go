package scripts

// The libraries postman-sandbox bundles for require() and the legacy
// globals (tv4, cheerio, Backbone), each registering itself.
import (
	_ "github.com/pmrun/pmrun/scripts/modules/ajv"      // require('ajv')
	_ "github.com/pmrun/pmrun/scripts/modules/backbone" // require('backbone'), Backbone
	_ "github.com/pmrun/pmrun/scripts/modules/cheerio"  // require('cheerio'), cheerio
	_ "github.com/pmrun/pmrun/scripts/modules/csvparse" // require('csv-parse/lib/sync')
	_ "github.com/pmrun/pmrun/scripts/modules/tv4"      // require('tv4'), tv4
	_ "github.com/pmrun/pmrun/scripts/modules/xml2js"   // require('xml2js'), xml2Json
)
