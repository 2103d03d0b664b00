package report

import (
	"io"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/pmrun/pmrun/runner"
)

// Progress draws a progress bar of the run's requests, as Newman's
// progress reporter does; it is meant to replace the cli reporter on long
// runs.
type Progress struct {
	w        io.Writer
	bar      *progressbar.ProgressBar
	off      bool
	terminal bool
}

// NewProgress returns a progress reporter drawing on env.Stdout.
func NewProgress(opts Options, env Env) *Progress {
	return &Progress{w: env.Stdout, off: env.Silent || opts.Bool("silent"), terminal: env.IsTerminal}
}

// Event implements runner.Listener.
func (p *Progress) Event(e *runner.Event) {
	if p.off {
		return
	}
	switch e.Kind {
	case runner.RunStarted:
		opts := []progressbar.Option{
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100 * time.Millisecond), // redraws cost more than requests
		}
		if p.terminal {
			opts = append(opts, progressbar.OptionClearOnFinish())
		} else {
			// Logs get the final state only, not a redraw per request.
			opts = append(opts, progressbar.OptionSetRenderBlankState(false), progressbar.OptionThrottle(time.Hour))
		}
		p.bar = progressbar.NewOptions(e.Cursor.Length*e.Cursor.Iterations, opts...)
	case runner.ItemDone:
		if p.bar != nil {
			_ = p.bar.Add(1)
		}
	case runner.RunDone:
		if p.bar != nil {
			_ = p.bar.Finish()
			io.WriteString(p.w, "\n")
		}
	}
}

// Close implements Reporter.
func (p *Progress) Close() error { return nil }
