package collection

import "testing"

func TestBehaviorInheritance(t *testing.T) {
	c, err := ParseCollection([]byte(`{
	 "info": {"name": "b"},
	 "protocolProfileBehavior": {"strictSSL": false, "maxRedirects": 3, "disabledSystemHeaders": {"user-agent": true}, "followRedirects": true},
	 "item": [{"name": "f", "protocolProfileBehavior": {"followRedirects": false, "maxRedirects": 5},
	   "item": [{"name": "sub", "item": [
	     {"name": "r", "request": "http://x", "protocolProfileBehavior": {"disabledSystemHeaders": {"accept": true}, "disableBodyPruning": true, "customKey": 1}},
	     {"name": "plain", "request": "http://x"}]}]},
	  {"name": "top", "request": "http://y"}]}`), "b.json")
	if err != nil {
		t.Fatal(err)
	}
	r := c.Items[0].Items[0].Items[0]
	b := r.Behavior(c)
	if b.StrictSSL == nil || *b.StrictSSL {
		t.Errorf("strictSSL not inherited from the collection: %v", b.StrictSSL)
	}
	if b.FollowRedirects == nil || *b.FollowRedirects {
		t.Errorf("folder's followRedirects should win over the collection's")
	}
	if b.MaxRedirects == nil || *b.MaxRedirects != 5 {
		t.Errorf("maxRedirects = %v, want 5", b.MaxRedirects)
	}
	if !b.DisableBodyPruning || b.Raw["customKey"] != float64(1) {
		t.Errorf("item keys lost: %+v", b)
	}
	if len(b.DisabledSystemHeaders) != 1 || !b.DisabledSystemHeaders["accept"] {
		t.Errorf("disabledSystemHeaders should be the item's object whole: %v", b.DisabledSystemHeaders)
	}
	if b.FollowOriginalHTTPMethod != nil || b.DisableCookies {
		t.Errorf("unset keys should stay unset")
	}
	plain := c.Items[0].Items[0].Items[1].Behavior(c)
	if !plain.DisabledSystemHeaders["user-agent"] || plain.DisableBodyPruning {
		t.Errorf("sibling got the wrong settings: %+v", plain)
	}
	top := c.Items[1].Behavior(c)
	if top.FollowRedirects == nil || !*top.FollowRedirects || *top.MaxRedirects != 3 {
		t.Errorf("top-level item should see the collection's settings")
	}
}
