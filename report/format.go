package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// prettyMS renders a duration in milliseconds as Newman does: µs below a
// millisecond, whole ms below 1998 ms, then pretty-ms style ("2.5s", "1m 3.2s").
func prettyMS(ms float64) string {
	if ms < 1 {
		return fmt.Sprintf("%dµs", int(ms*1000))
	}
	if ms < 1998 {
		return fmt.Sprintf("%dms", int(ms))
	}
	d := time.Duration(ms * float64(time.Millisecond))
	if d < time.Minute {
		return trimFloat(math.Floor(ms/100)/10) + "s"
	}
	var parts []string
	if h := int(d.Hours()); h >= 24 {
		parts = append(parts, fmt.Sprintf("%dd", h/24))
	}
	if h := int(d.Hours()) % 24; h > 0 {
		parts = append(parts, fmt.Sprintf("%dh", h))
	}
	if m := int(d.Minutes()) % 60; m > 0 {
		parts = append(parts, fmt.Sprintf("%dm", m))
	}
	sec := math.Mod(ms/1000, 60)
	parts = append(parts, trimFloat(math.Floor(sec*10)/10)+"s")
	return strings.Join(parts, " ")
}

// fileSize renders a byte count as the filesize package does for Newman:
// base 10, at most two decimals, no space ("766B", "1.72kB").
func fileSize(n int64) string {
	units := []string{"B", "kB", "MB", "GB", "TB"}
	f := float64(n)
	i := 0
	for f >= 1000 && i < len(units)-1 {
		f /= 1000
		i++
	}
	if i == 0 {
		return strconv.FormatInt(n, 10) + "B"
	}
	return trimFloat(math.Round(f*100)/100) + units[i]
}

func trimFloat(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}
