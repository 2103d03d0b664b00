package lodash

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

var update = flag.Bool("update", false, "rewrite testdata/random_known.txt with the random cases that differ")

// TestRandomCases runs the seeded random calls (randomCases) against the
// results of real lodash. A few of them feed functions values no script
// would (a function where an array goes, a number as a path…) and differ;
// testdata/random_known.txt lists those, and the test fails when the list
// no longer matches: a new difference, or a known one that went away
// (go test -run TestRandomCases -update rewrites it).
func TestRandomCases(t *testing.T) {
	knownText, err := os.ReadFile("testdata/random_known.txt")
	if err != nil && !*update {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, line := range strings.Split(string(knownText), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			known[line] = true
		}
	}
	load := loadShow(t)
	differ := map[string]bool{}
	for _, version := range []int{3, 4} {
		vm := goja.New()
		show := load(vm)
		for _, tc := range randomCases {
			want := tc.want4
			if version == 3 {
				want = tc.want3
			}
			key := fmt.Sprintf("%d %s", version, tc.src)
			got := runCase(vm, show, version, tc.src)
			switch {
			case got != want:
				differ[key] = true
				if !known[key] && !*update {
					t.Errorf("lodash %d: %s\n got %s\nwant %s", version, tc.src, got, want)
				}
			case known[key] && !*update:
				t.Errorf("lodash %d: %s now matches; run with -update", version, tc.src)
			}
		}
	}
	if *update {
		lines := make([]string, 0, len(differ))
		for k := range differ {
			lines = append(lines, k)
		}
		sort.Strings(lines)
		text := "# Random cases (version, call) where pmrun's lodash differs from the real one: odd inputs only.\n" + strings.Join(lines, "\n") + "\n"
		if err := os.WriteFile("testdata/random_known.txt", []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d of %d random calls differ", len(differ), 2*len(randomCases))
}
