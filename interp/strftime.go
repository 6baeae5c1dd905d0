package interp

import (
	"fmt"
	"strings"
	"time"

	"github.com/miniperl/miniperl/value"
)

// strftimeFn is POSIX::strftime(FMT, sec, min, hour, mday, mon, year,
// wday, yday, isdst) with C's conversions, in the local time zone.
func strftimeFn(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	f := argOr(args, 0).String()
	n := func(i int) int { return int(argOr(args, i).Int()) }
	t := time.Date(n(6)+1900, time.Month(n(5)+1), n(4), n(3), n(2), n(1), 0, time.Local)
	return []value.Scalar{value.StrValue(strftime(f, t))}
}

// strftime formats t with C strftime's conversions.
func strftime(f string, t time.Time) string {
	var sb strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' || i+1 == len(f) {
			sb.WriteByte(f[i])
			continue
		}
		i++
		switch f[i] {
		case 'Y':
			fmt.Fprintf(&sb, "%d", t.Year())
		case 'y':
			fmt.Fprintf(&sb, "%02d", t.Year()%100)
		case 'C':
			fmt.Fprintf(&sb, "%02d", t.Year()/100)
		case 'm':
			fmt.Fprintf(&sb, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&sb, "%02d", t.Day())
		case 'e':
			fmt.Fprintf(&sb, "%2d", t.Day())
		case 'H':
			fmt.Fprintf(&sb, "%02d", t.Hour())
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&sb, "%02d", h)
		case 'M':
			fmt.Fprintf(&sb, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&sb, "%02d", t.Second())
		case 'p':
			if t.Hour() < 12 {
				sb.WriteString("AM")
			} else {
				sb.WriteString("PM")
			}
		case 'j':
			fmt.Fprintf(&sb, "%03d", t.YearDay())
		case 'U':
			// Week of the year, weeks starting on Sunday.
			fmt.Fprintf(&sb, "%02d", (t.YearDay()+6-int(t.Weekday()))/7)
		case 'W':
			// Week of the year, weeks starting on Monday.
			fmt.Fprintf(&sb, "%02d", (t.YearDay()+6-(int(t.Weekday())+6)%7)/7)
		case 'a':
			sb.WriteString(t.Weekday().String()[:3])
		case 'A':
			sb.WriteString(t.Weekday().String())
		case 'b', 'h':
			sb.WriteString(t.Month().String()[:3])
		case 'B':
			sb.WriteString(t.Month().String())
		case 'u':
			wd := int(t.Weekday())
			if wd == 0 {
				wd = 7
			}
			fmt.Fprintf(&sb, "%d", wd)
		case 'w':
			fmt.Fprintf(&sb, "%d", int(t.Weekday()))
		case 'Z':
			name, _ := t.Zone()
			sb.WriteString(name)
		case 'z':
			sb.WriteString(t.Format("-0700"))
		case 's':
			fmt.Fprintf(&sb, "%d", t.Unix())
		case 'T':
			sb.WriteString(strftime("%H:%M:%S", t))
		case 'R':
			sb.WriteString(strftime("%H:%M", t))
		case 'D':
			sb.WriteString(strftime("%m/%d/%y", t))
		case 'F':
			sb.WriteString(strftime("%Y-%m-%d", t))
		case 'c':
			sb.WriteString(strftime("%a %b %e %H:%M:%S %Y", t))
		case 'x':
			sb.WriteString(strftime("%m/%d/%y", t))
		case 'X':
			sb.WriteString(strftime("%H:%M:%S", t))
		case 'n':
			sb.WriteByte('\n')
		case 't':
			sb.WriteByte('\t')
		case '%':
			sb.WriteByte('%')
		default:
			sb.WriteByte('%')
			sb.WriteByte(f[i])
		}
	}
	return sb.String()
}
