// Command hostcalls exercises the teeoracle host interface through the Go guest library, as
// the input asks, and reports what it saw as JSON on stdout (tests of enclave/sandbox).
//
// Input: {"secrets":["name",...],"sign":"0x<32 bytes>","requests":[{"method":"GET","url":"...",
// "header":{"K":"V"},"body":"..."}],"client":true}
// With "client" the requests go through an http.Client (redirects followed), otherwise through
// teeo.Transport directly.
package main

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	"github.com/teeoracle/teeoracle/guest/go/teeo"
)

type request struct {
	Method string            `json:"method"`
	URL    string            `json:"url"`
	Header map[string]string `json:"header"`
	Body   string            `json:"body"`
}

type input struct {
	Secrets  []string  `json:"secrets"`
	Sign     string    `json:"sign"`
	Requests []request `json:"requests"`
	Client   bool      `json:"client"`
}

type response struct {
	Status int               `json:"status,omitempty"`
	Header map[string]string `json:"header,omitempty"`
	Body   string            `json:"body,omitempty"`
	Err    string            `json:"err,omitempty"`
	Errno  uint32            `json:"errno,omitempty"`
}

type output struct {
	Job       map[string]any    `json:"job"`
	JobErr    string            `json:"jobErr,omitempty"`
	Secrets   map[string]string `json:"secrets"`
	Program   string            `json:"programKey,omitempty"`
	Code      string            `json:"codeKey,omitempty"`
	KeyErr    string            `json:"keyErr,omitempty"`
	Sig       string            `json:"sig,omitempty"`
	Responses []response        `json:"responses"`
}

func main() {
	var in input
	if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil && !errors.Is(err, io.EOF) {
		fmt.Fprintln(os.Stderr, "hostcalls: bad input:", err)
		os.Exit(1)
	}
	out := output{Secrets: map[string]string{}, Responses: []response{}}
	if j, err := teeo.Job(); err != nil {
		out.JobErr = err.Error()
	} else {
		out.Job = map[string]any{"chainId": j.ChainID.String(), "router": j.Router.Hex(), "jobId": j.JobID.Hex(),
			"attempt": j.Attempt, "requester": j.Requester.Hex(), "user": j.User.Hex(),
			"programId": j.ProgramID.Hex(), "version": j.Version, "codeHash": j.CodeHash.Hex()}
	}
	for _, name := range in.Secrets {
		v, err := teeo.Secret(name)
		if err != nil {
			out.Secrets[name] = "error: " + err.Error()
			continue
		}
		out.Secrets[name] = string(v)
	}
	if a, err := teeo.KeyAddress(teeo.KeyProgram); err != nil {
		out.KeyErr = err.Error()
	} else {
		out.Program = a.Hex()
		c, _ := teeo.KeyAddress(teeo.KeyCode)
		out.Code = c.Hex()
	}
	if in.Sign != "" {
		d, _ := hex.DecodeString(strings.TrimPrefix(in.Sign, "0x"))
		sig, err := teeo.Sign(teeo.KeyProgram, [32]byte(d))
		if err != nil {
			out.Sig = "error: " + err.Error()
		} else {
			out.Sig = "0x" + hex.EncodeToString(sig[:])
		}
	}
	rt := teeo.Transport{}
	client := &http.Client{Transport: teeo.Transport{}}
	for _, r := range in.Requests {
		req, err := http.NewRequest(r.Method, r.URL, strings.NewReader(r.Body))
		if err != nil {
			out.Responses = append(out.Responses, response{Err: err.Error()})
			continue
		}
		for k, v := range r.Header {
			req.Header.Set(k, v)
		}
		var resp *http.Response
		if in.Client {
			resp, err = client.Do(req)
		} else {
			resp, err = rt.RoundTrip(req)
		}
		if err != nil {
			rec := response{Err: err.Error()}
			var e teeo.Errno
			if errors.As(err, &e) {
				rec.Errno = uint32(e)
			}
			out.Responses = append(out.Responses, rec)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		h := map[string]string{}
		for k := range resp.Header {
			h[k] = resp.Header.Get(k)
		}
		out.Responses = append(out.Responses, response{Status: resp.StatusCode, Header: h, Body: string(body)})
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		os.Exit(1)
	}
}
