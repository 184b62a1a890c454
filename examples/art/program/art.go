package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// token is the canonical form of the input.
type token struct {
	ID    *big.Int
	Seed  []byte
	Owner []byte
	// JobRand is the job's randomness (the sandbox's random_get, derived inside the enclave from
	// the job id and request commitment): not in the input, so two jobs with the same input (a
	// sealed copy of another token's public JSON) still make different art.
	JobRand []byte
}

type input struct {
	TokenID json.RawMessage `json:"tokenId"`
	Seed    string          `json:"seed"`
	Owner   string          `json:"owner"`
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func parseToken(b []byte) (token, error) {
	var in input
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return token{}, fmt.Errorf("input is not the expected JSON object: %w", err)
	}
	if dec.More() {
		return token{}, errors.New("trailing data after the JSON object")
	}
	if len(in.TokenID) == 0 {
		return token{}, errors.New("tokenId missing")
	}
	idText := string(in.TokenID)
	if strings.HasPrefix(idText, `"`) {
		if err := json.Unmarshal(in.TokenID, &idText); err != nil {
			return token{}, fmt.Errorf("tokenId: %w", err)
		}
	}
	id, ok := new(big.Int).SetString(idText, 10)
	if !ok || id.Sign() < 0 || id.Cmp(maxUint256) > 0 {
		return token{}, fmt.Errorf("tokenId %q is not a uint256", idText)
	}
	seed, err := hexField("seed", in.Seed, -1)
	if err != nil {
		return token{}, err
	}
	owner, err := hexField("owner", in.Owner, 20)
	if err != nil {
		return token{}, err
	}
	return token{ID: id, Seed: seed, Owner: owner}, nil
}

func hexField(name, s string, size int) ([]byte, error) {
	if s == "" {
		return nil, nil
	}
	h, ok := strings.CutPrefix(s, "0x")
	if !ok {
		return nil, fmt.Errorf("%s must start with 0x", name)
	}
	b, err := hex.DecodeString(h)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if size >= 0 && len(b) != size || len(b) > 64 {
		return nil, fmt.Errorf("%s: %d bytes", name, len(b))
	}
	return b, nil
}

// artistSalt is the artist's secret: without it nobody can predict a token's image before
// minting. In this example it sits in the public source; a real artist keeps the source private
// and publishes only the module encrypted to the enclave key, so the salt and the algorithm stay
// secret while anyone can check which program (by its hash) made each image.
var artistSalt = []byte("teeoracle/art/v1 · salt 7f3a9c1e5b2d8046 · moonlit ink")

// rng is a xoshiro256** generator keyed by SHA-256 over the salt, the canonical token and the
// job's randomness.
type rng struct{ s [4]uint64 }

func newRNG(t token) *rng {
	h := sha256.New()
	h.Write(artistSalt)
	id := make([]byte, 32)
	t.ID.FillBytes(id)
	h.Write(id)
	h.Write([]byte{byte(len(t.Seed))})
	h.Write(t.Seed)
	h.Write([]byte{byte(len(t.Owner))})
	h.Write(t.Owner)
	h.Write([]byte{byte(len(t.JobRand))})
	h.Write(t.JobRand)
	sum := h.Sum(nil)
	r := &rng{}
	for i := range r.s {
		r.s[i] = binary.LittleEndian.Uint64(sum[8*i:])
	}
	return r
}

func (r *rng) next() uint64 {
	s := &r.s
	result := bits(s[1]*5, 7) * 9
	t := s[1] << 17
	s[2] ^= s[0]
	s[3] ^= s[1]
	s[1] ^= s[2]
	s[0] ^= s[3]
	s[2] ^= t
	s[3] = bits(s[3], 45)
	return result
}

func bits(x uint64, k uint) uint64 { return x<<k | x>>(64-k) }

// float returns a number in [0, 1).
func (r *rng) float() float64 { return float64(r.next()>>11) / (1 << 53) }

// between returns a number in [lo, hi).
func (r *rng) between(lo, hi float64) float64 { return lo + (hi-lo)*r.float() }

// intn returns an int in [0, n).
func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

// chance is true with probability p.
func (r *rng) chance(p float64) bool { return r.float() < p }

type palette struct {
	name   string
	ground [2]string
	inks   []string
	light  bool
}

var palettes = []palette{
	{"dusk", [2]string{"#1b1a3a", "#3b2c5e"}, []string{"#f25f5c", "#ffe066", "#70c1b3", "#247ba0"}, false},
	{"tide", [2]string{"#04253a", "#0b3954"}, []string{"#087e8b", "#bfd7ea", "#ff5a5f", "#c81d25"}, false},
	{"ember", [2]string{"#2b0f0e", "#4a1c1a"}, []string{"#e85d04", "#faa307", "#ffba08", "#dc2f02"}, false},
	{"moss", [2]string{"#1d2d1f", "#2f4632"}, []string{"#a3b18a", "#dad7cd", "#588157", "#e9c46a"}, false},
	{"sakura", [2]string{"#fff1f2", "#fde2e4"}, []string{"#e5989b", "#b5838d", "#6d6875", "#ffb4a2"}, true},
	{"neon", [2]string{"#0d0221", "#241734"}, []string{"#2de2e6", "#f706cf", "#fd1d53", "#ffd319"}, false},
	{"sand", [2]string{"#f4f1de", "#e9d8a6"}, []string{"#e07a5f", "#3d405b", "#81b29a", "#f2cc8f"}, true},
	{"arctic", [2]string{"#0b132b", "#1c2541"}, []string{"#3a506b", "#5bc0be", "#6fffe9", "#ffffff"}, false},
}

// field is a smooth angle field built from a few sinusoids.
type field struct {
	base, turb     float64
	f1, f2, f3     float64
	p1, p2, p3     float64
	dirX, dirY     float64
	swirlX, swirlY float64
	swirl          float64
}

func newField(r *rng, turb float64) field {
	a := r.between(0, 2*math.Pi)
	return field{
		base: r.between(0, 2*math.Pi), turb: turb,
		f1: r.between(0.002, 0.007), f2: r.between(0.002, 0.007), f3: r.between(0.004, 0.012),
		p1: r.between(0, 2*math.Pi), p2: r.between(0, 2*math.Pi), p3: r.between(0, 2*math.Pi),
		dirX: math.Cos(a), dirY: math.Sin(a),
		swirlX: r.between(250, 750), swirlY: r.between(250, 750),
		swirl: r.between(-1, 1),
	}
}

func (f field) angle(x, y float64) float64 {
	a := f.base + f.turb*(math.Sin(x*f.f1+f.p1)*math.Cos(y*f.f2+f.p2)+
		0.5*math.Sin((x*f.dirX+y*f.dirY)*f.f3+f.p3))
	// A vortex around one point bends the lines into an eye.
	dx, dy := x-f.swirlX, y-f.swirlY
	d := math.Sqrt(dx*dx+dy*dy) + 1
	return a + f.swirl*math.Atan2(dy, dx)*math.Exp(-d/260)
}

// svg is a small writer for the document.
type svg struct{ b bytes.Buffer }

func (s *svg) f(format string, args ...any) { fmt.Fprintf(&s.b, format, args...) }

func num(v float64) string { return strconv.Itoa(int(math.Round(v))) }

// dec1 formats with at most one decimal.
func dec1(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

// dec2 formats in [0,1] with at most two decimals, without the leading zero.
func dec2(v float64) string {
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	return strings.TrimPrefix(s, "0")
}

func render(t token) []byte {
	r := newRNG(t)
	pal := palettes[r.intn(len(palettes))]
	turbName, turb := "calm", r.between(0.5, 1.1)
	if r.chance(0.4) {
		turbName, turb = "turbulent", r.between(1.6, 3.2)
	}
	fld := newField(r, turb)
	motifs := []string{"orbit", "sun", "constellation", "none"}
	motif := motifs[r.intn(len(motifs))]
	framed := r.chance(0.3)
	lines := 36 + r.intn(20)

	var s svg
	s.f(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 1000" width="1000" height="1000">`)
	s.f(`<title>Token #%s</title>`, t.ID.String())
	s.f(`<desc>palette=%s field=%s motif=%s lines=%d framed=%t</desc>`, pal.name, turbName, motif, lines, framed)

	// defs: ground gradient, glow blur, grain
	ga := r.between(0, 2*math.Pi)
	gx, gy := 50+50*math.Cos(ga), 50+50*math.Sin(ga)
	s.f(`<defs><linearGradient id="g" x1="%s%%" y1="%s%%" x2="%s%%" y2="%s%%">`, num(gx), num(gy), num(100-gx), num(100-gy))
	s.f(`<stop offset="0" stop-color="%s"/><stop offset="1" stop-color="%s"/></linearGradient>`, pal.ground[0], pal.ground[1])
	s.f(`<filter id="b" x="-50%%" y="-50%%" width="200%%" height="200%%"><feGaussianBlur stdDeviation="%s"/></filter>`, num(r.between(35, 70)))
	s.f(`<filter id="n"><feTurbulence type="fractalNoise" baseFrequency=".85" numOctaves="2" seed="%d" stitchTiles="stitch"/><feColorMatrix type="saturate" values="0"/></filter>`, r.intn(1000))
	s.f(`<clipPath id="c"><rect x="0" y="0" width="1000" height="1000"/></clipPath></defs>`)
	s.f(`<rect width="1000" height="1000" fill="url(#g)"/>`)

	// glows
	s.f(`<g filter="url(#b)">`)
	for range 3 + r.intn(3) {
		s.f(`<circle cx="%s" cy="%s" r="%s" fill="%s" opacity="%s"/>`,
			num(r.between(100, 900)), num(r.between(100, 900)), num(r.between(120, 330)),
			pal.inks[r.intn(len(pal.inks))], dec2(r.between(0.12, 0.3)))
	}
	s.f(`</g>`)

	// flow lines: each a smooth quadratic spline (relative "t" steps) that follows the field,
	// started from a shuffled, jittered 8x8 grid so the canvas fills evenly.
	s.f(`<g fill="none" stroke-linecap="round" stroke-linejoin="round" clip-path="url(#c)">`)
	step := r.between(26, 36)
	cells := make([]int, 64)
	for i := range cells {
		j := r.intn(i + 1)
		cells[i], cells[j] = cells[j], i
	}
	for k := range lines {
		cell := cells[k%len(cells)]
		x := float64(cell%8)*135 - 40 + r.between(0, 135)
		y := float64(cell/8)*135 - 40 + r.between(0, 135)
		n := 8 + r.intn(16)
		w := 1.2 + 13*math.Pow(r.float(), 2.6) // mostly thin, a few bold
		ink := pal.inks[r.intn(len(pal.inks))]
		pts := [][2]float64{{math.Round(x), math.Round(y)}}
		for range n {
			a := fld.angle(x, y)
			x += step * math.Cos(a)
			y += step * math.Sin(a)
			if x < -80 || x > 1080 || y < -80 || y > 1080 {
				break
			}
			pts = append(pts, [2]float64{math.Round(x), math.Round(y)})
		}
		if len(pts) < 3 {
			continue
		}
		s.f(`<path d="%s" stroke="%s" stroke-width="%s" opacity="%s"/>`, smoothPath(pts), ink, dec1(w), dec2(r.between(0.55, 0.95)))
	}
	s.f(`</g>`)

	// motif
	cx, cy := r.between(280, 720), r.between(280, 720)
	accent := pal.inks[r.intn(len(pal.inks))]
	contrast := pal.ground[0]
	if !pal.light && r.chance(0.5) {
		contrast = "#ffffff"
	}
	switch motif {
	case "orbit":
		s.f(`<g fill="none" stroke="%s">`, accent)
		rings := 4 + r.intn(5)
		rad := r.between(40, 70)
		for i := range rings {
			rad += r.between(18, 42)
			s.f(`<circle cx="%s" cy="%s" r="%s" stroke-width="%s" stroke-dasharray="%s %s" opacity="%s"/>`,
				num(cx), num(cy), num(rad), dec1(r.between(1, 4)), num(r.between(2, 40)), num(r.between(6, 30)),
				dec2(0.9-0.08*float64(i)))
		}
		s.f(`</g>`)
	case "sun":
		rad := r.between(70, 150)
		s.f(`<circle cx="%s" cy="%s" r="%s" fill="%s"/>`, num(cx), num(cy), num(rad), accent)
		s.f(`<circle cx="%s" cy="%s" r="%s" fill="none" stroke="%s" stroke-width="%s" opacity=".7"/>`,
			num(cx), num(cy), num(rad+r.between(14, 30)), contrast, dec1(r.between(2, 6)))
	case "constellation":
		n := 9 + r.intn(10)
		pts := make([][2]float64, n)
		for i := range pts {
			a := r.between(0, 2*math.Pi)
			d := 40 + 220*math.Sqrt(r.float())
			pts[i] = [2]float64{cx + d*math.Cos(a), cy + d*math.Sin(a)}
		}
		var d strings.Builder
		for i := 1; i < n; i++ {
			j := nearest(pts[:i], pts[i]) // a tree linking each star to its nearest elder
			fmt.Fprintf(&d, "M%s %sL%s %s", num(pts[i][0]), num(pts[i][1]), num(pts[j][0]), num(pts[j][1]))
		}
		s.f(`<path d="%s" stroke="%s" stroke-width="1.5" opacity=".6"/>`, d.String(), contrast)
		s.f(`<g fill="%s">`, accent)
		for _, p := range pts {
			s.f(`<circle cx="%s" cy="%s" r="%s"/>`, num(p[0]), num(p[1]), dec1(r.between(3, 11)))
		}
		s.f(`</g>`)
	}

	// grain, frame
	s.f(`<rect width="1000" height="1000" filter="url(#n)" opacity="%s"/>`, dec2(r.between(0.05, 0.1)))
	if framed {
		edge := pal.ground[0]
		if !pal.light {
			edge = "#f4f1ea"
		}
		s.f(`<rect x="20" y="20" width="960" height="960" fill="none" stroke="%s" stroke-width="40"/>`, edge)
	}
	s.f("</svg>\n")
	return s.b.Bytes()
}

func nearest(pts [][2]float64, p [2]float64) int {
	best, bestD := 0, math.Inf(1)
	for i, q := range pts {
		if d := math.Hypot(q[0]-p[0], q[1]-p[1]); d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// smoothPath draws a C1-smooth curve along pts: quadratic segments whose control points are the
// points themselves and whose ends are the midpoints between them, in relative integer steps.
func smoothPath(pts [][2]float64) string {
	var d []byte
	mid := func(i int) [2]float64 {
		return [2]float64{math.Round((pts[i][0] + pts[i+1][0]) / 2), math.Round((pts[i][1] + pts[i+1][1]) / 2)}
	}
	d = append(d, 'M')
	d = appendNums(d, pts[0][0], pts[0][1])
	cur := mid(0)
	d = append(d, 'l')
	d = appendNums(d, cur[0]-pts[0][0], cur[1]-pts[0][1])
	d = append(d, 'q')
	for i := 1; i < len(pts)-1; i++ {
		m := mid(i)
		if i > 1 && pts[i][0]-cur[0] >= 0 {
			d = append(d, ' ') // separate from the previous segment's numbers
		}
		d = appendNums(d, pts[i][0]-cur[0], pts[i][1]-cur[1], m[0]-cur[0], m[1]-cur[1])
		cur = m
	}
	last := pts[len(pts)-1]
	d = append(d, 'l')
	d = appendNums(d, last[0]-cur[0], last[1]-cur[1])
	return string(d)
}

// appendNums writes integers separated by a space, or by nothing before a minus sign.
func appendNums(d []byte, vs ...float64) []byte {
	for i, v := range vs {
		if i > 0 && v >= 0 {
			d = append(d, ' ')
		}
		d = strconv.AppendInt(d, int64(v), 10)
	}
	return d
}
