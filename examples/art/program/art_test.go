package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"
)

func mustRender(t *testing.T, in string) []byte {
	t.Helper()
	tok, err := parseToken([]byte(in))
	if err != nil {
		t.Fatalf("parseToken(%s): %v", in, err)
	}
	return render(tok)
}

// checkSVG parses doc as XML and checks its root is an <svg> in the SVG namespace with the
// expected title.
func checkSVG(t *testing.T, doc []byte, title string) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var root *xml.StartElement
	depth, gotTitle := 0, ""
	inTitle := false
	for {
		tokn, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not XML: %v", err)
		}
		switch e := tokn.(type) {
		case xml.StartElement:
			if root == nil {
				c := e.Copy()
				root = &c
			} else if depth == 0 {
				t.Fatal("second root element")
			}
			inTitle = e.Name.Local == "title"
			depth++
		case xml.EndElement:
			depth--
			inTitle = false
		case xml.CharData:
			if inTitle {
				gotTitle += string(e)
			}
		}
	}
	if root == nil || root.Name.Local != "svg" || root.Name.Space != "http://www.w3.org/2000/svg" {
		t.Fatalf("root element %+v, want svg", root)
	}
	if gotTitle != title {
		t.Fatalf("title %q, want %q", gotTitle, title)
	}
}

func TestRender(t *testing.T) {
	const owner = `"owner":"0x00000000000000000000000000000000000000aa"`
	a1 := mustRender(t, `{"tokenId":1,"seed":"0xabcdef",`+owner+`}`)
	a2 := mustRender(t, `{"tokenId":1,"seed":"0xabcdef",`+owner+`}`)
	b := mustRender(t, `{"tokenId":2,"seed":"0xabcdef",`+owner+`}`)
	if !bytes.Equal(a1, a2) {
		t.Fatal("same token, different SVGs")
	}
	if bytes.Equal(a1, b) {
		t.Fatal("tokens 1 and 2 have the same SVG")
	}
	checkSVG(t, a1, "Token #1")
	checkSVG(t, b, "Token #2")
	// Every input field matters, and the id's spelling does not.
	for _, in := range []string{
		`{"tokenId":1,"seed":"0xabcdee",` + owner + `}`,
		`{"tokenId":1,"seed":"0xabcdef","owner":"0x00000000000000000000000000000000000000ab"}`,
		`{"tokenId":1,"seed":"0xabcdef"}`,
	} {
		if bytes.Equal(mustRender(t, in), a1) {
			t.Fatalf("%s renders like token 1", in)
		}
	}
	if !bytes.Equal(mustRender(t, `{"tokenId":"1","seed":"0xabcdef",`+owner+`}`), a1) {
		t.Fatal(`"1" and 1 render differently`)
	}
}

func TestRenderManyTokens(t *testing.T) {
	seen := map[string]int{}
	traits := map[string]bool{}
	maxSize := 0
	for id := range 300 {
		doc := mustRender(t, fmt.Sprintf(`{"tokenId":%d,"seed":"0x01"}`, id))
		checkSVG(t, doc, fmt.Sprintf("Token #%d", id))
		if prev, dup := seen[string(doc)]; dup {
			t.Fatalf("tokens %d and %d have the same SVG", prev, id)
		}
		seen[string(doc)] = id
		maxSize = max(maxSize, len(doc))
		i := bytes.Index(doc, []byte("<desc>"))
		j := bytes.Index(doc, []byte("</desc>"))
		for _, kv := range strings.Fields(string(doc[i+6 : j])) {
			if !strings.HasPrefix(kv, "lines=") {
				traits[kv] = true
			}
		}
	}
	if maxSize >= 16<<10 {
		t.Fatalf("largest SVG %d bytes, want < 16 KiB", maxSize)
	}
	// 8 palettes, 2 fields, 4 motifs, framed or not: all appear over 300 tokens.
	if len(traits) != 8+2+4+2 {
		t.Fatalf("traits seen: %v", traits)
	}
	t.Logf("largest SVG: %d bytes", maxSize)
}

func TestParseToken(t *testing.T) {
	cases := []struct {
		name, in string
		errPart  string
		id       string
	}{
		{name: "number", in: `{"tokenId":42}`, id: "42"},
		{name: "string", in: `{"tokenId":"42"}`, id: "42"},
		{name: "uint256_max", in: `{"tokenId":"115792089237316195423570985008687907853269984665640564039457584007913129639935"}`,
			id: "115792089237316195423570985008687907853269984665640564039457584007913129639935"},
		{name: "all_fields", in: `{"tokenId":7,"seed":"0x00ff","owner":"0x1111111111111111111111111111111111111111"}`, id: "7"},
		{name: "not_json", in: `hello`, errPart: "not the expected JSON"},
		{name: "missing_id", in: `{"seed":"0x01"}`, errPart: "tokenId missing"},
		{name: "negative", in: `{"tokenId":-1}`, errPart: "not a uint256"},
		{name: "fraction", in: `{"tokenId":1.5}`, errPart: "not a uint256"},
		{name: "too_big", in: `{"tokenId":"115792089237316195423570985008687907853269984665640564039457584007913129639936"}`, errPart: "not a uint256"},
		{name: "unknown_field", in: `{"tokenId":1,"color":"red"}`, errPart: "unknown field"},
		{name: "seed_no_0x", in: `{"tokenId":1,"seed":"abcd"}`, errPart: "seed must start with 0x"},
		{name: "seed_bad_hex", in: `{"tokenId":1,"seed":"0xzz"}`, errPart: "seed:"},
		{name: "owner_short", in: `{"tokenId":1,"owner":"0x1234"}`, errPart: "owner: 2 bytes"},
		{name: "trailing", in: `{"tokenId":1} {"tokenId":2}`, errPart: "trailing data"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tok, err := parseToken([]byte(tc.in))
			if tc.errPart != "" {
				if err == nil || !strings.Contains(err.Error(), tc.errPart) {
					t.Fatalf("error %v, want one containing %q", err, tc.errPart)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tok.ID.String() != tc.id {
				t.Fatalf("id %s, want %s", tok.ID, tc.id)
			}
		})
	}
}

// The job's randomness is part of the image: the same public input in two jobs (a sealed copy of
// another token's JSON) makes two different images; the same job makes the same one.
func TestRenderJobRandBindsImageToJob(t *testing.T) {
	tok, err := parseToken([]byte(`{"tokenId":1,"seed":"0x01","owner":"0x00000000000000000000000000000000000000aa"}`))
	if err != nil {
		t.Fatal(err)
	}
	a, b := tok, tok
	a.JobRand = bytes.Repeat([]byte{1}, 32)
	b.JobRand = bytes.Repeat([]byte{2}, 32)
	if bytes.Equal(render(a), render(b)) {
		t.Fatal("two jobs with the same input made the same image")
	}
	if !bytes.Equal(render(a), render(a)) {
		t.Fatal("one job made two images")
	}
}
