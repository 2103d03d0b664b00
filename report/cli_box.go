package report

import (
	"io"
	"time"
)

// Newman prints console messages into a box whose top it writes with the
// first message and whose bottom it holds back until anything else is
// printed or half a second passes without another message, so that
// messages logged together share one box (newman/lib/print's buffer).

// boxIdle is how long Newman keeps a console box open for more messages.
const boxIdle = 500 * time.Millisecond

// boxWriter writes the held-back bottom of an open console box before
// anything else goes out.
type boxWriter struct {
	w      io.Writer
	bottom string    // the open box's bottom, "" when none is open
	last   time.Time // when the box last got a message
}

func (b *boxWriter) Write(p []byte) (int, error) {
	if err := b.close(); err != nil {
		return 0, err
	}
	return b.w.Write(p)
}

// close writes the open box's bottom, if any.
func (b *boxWriter) close() error {
	if b.bottom == "" {
		return nil
	}
	bottom := b.bottom
	b.bottom = ""
	_, err := io.WriteString(b.w, bottom)
	return err
}

// message writes one console message: the box's top unless a box is
// still open (and not idle too long), then the text; bottom is written
// later, by close.
func (b *boxWriter) message(now time.Time, top, text, bottom string) {
	if b.bottom != "" && now.Sub(b.last) >= boxIdle {
		b.close()
	}
	if b.bottom == "" {
		io.WriteString(b.w, top)
	}
	io.WriteString(b.w, text)
	b.bottom, b.last = bottom, now
}
