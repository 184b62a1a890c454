// Package ipfs is the enclave worker's IPFS access through a Kubo daemon's HTTP API: it fetches
// encrypted program modules by CID (the daemon is untrusted: callers check what they get) and
// stores large outputs as raw blocks whose CID it computes itself, so the daemon cannot swap them.
package ipfs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/ipfs/boxo/files"
	"github.com/ipfs/go-cid"
	shell "github.com/ipfs/go-ipfs-api"
	"github.com/multiformats/go-multihash"
)

// MaxBlockBytes is the largest raw block Kubo accepts without --allow-big-block (1 MiB): larger
// outputs cannot be stored as one block.
const MaxBlockBytes = 1 << 20

// Errors (wrapped; test with errors.Is).
var (
	// ErrTooLarge: the content is larger than the caller's limit.
	ErrTooLarge = errors.New("ipfs: content too large")
	// ErrCIDMismatch: the daemon answered with another CID than the one computed locally.
	ErrCIDMismatch = errors.New("ipfs: daemon returned an unexpected CID")
	// ErrBadCID: a CID string does not parse.
	ErrBadCID = errors.New("ipfs: invalid CID")
)

// Client talks to one Kubo HTTP API. It is safe for concurrent use.
type Client struct {
	sh *shell.Shell
}

// New returns a client for the Kubo API at api ("127.0.0.1:5001", "http://127.0.0.1:5001" or a
// multiaddr such as "/ip4/127.0.0.1/tcp/5001"). Every call is bounded by its ctx.
func New(api string) *Client {
	api = strings.TrimSuffix(api, "/")
	hc := &http.Client{Transport: &http.Transport{
		Proxy:               nil, // the daemon is local; never route it through a proxy
		MaxIdleConnsPerHost: 16,
		IdleConnTimeout:     90 * time.Second,
	}}
	return &Client{sh: shell.NewShellWithClient(api, hc)}
}

// RawCID is the CIDv1 (codec raw, sha2-256) of data stored as one raw block.
func RawCID(data []byte) cid.Cid {
	mh, err := multihash.Sum(data, multihash.SHA2_256, -1)
	if err != nil {
		panic(err) // sha2-256 is always available
	}
	return cid.NewCidV1(cid.Raw, mh)
}

// ParseCID parses a CID string.
func ParseCID(s string) (cid.Cid, error) {
	c, err := cid.Decode(s)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w %q: %v", ErrBadCID, s, err)
	}
	return c, nil
}

// Fetch returns the content (UnixFS file or raw block) at c, at most maxBytes of it.
func (c *Client) Fetch(ctx context.Context, cidStr string, maxBytes int64) ([]byte, error) {
	id, err := ParseCID(cidStr)
	if err != nil {
		return nil, err
	}
	resp, err := c.sh.Request("cat", id.String()).Send(ctx)
	if err != nil {
		return nil, fmt.Errorf("ipfs: cat %s: %w", id, err)
	}
	defer resp.Close()
	if resp.Error != nil {
		return nil, fmt.Errorf("ipfs: cat %s: %w", id, resp.Error)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Output, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("ipfs: cat %s: %w", id, err)
	}
	if int64(len(data)) > maxBytes {
		return nil, fmt.Errorf("%w: %s is over %d bytes", ErrTooLarge, id, maxBytes)
	}
	return data, nil
}

// PutRaw stores data as one pinned raw block and returns its CID, computed locally and checked
// against the daemon's answer.
func (c *Client) PutRaw(ctx context.Context, data []byte) (string, error) {
	if len(data) > MaxBlockBytes {
		return "", fmt.Errorf("%w: %d bytes is over the %d-byte block limit", ErrTooLarge, len(data), MaxBlockBytes)
	}
	want := RawCID(data)
	var out struct{ Key string }
	body := files.NewMultiFileReader(files.NewSliceDirectory([]files.DirEntry{
		files.FileEntry("", files.NewBytesFile(data)),
	}), true, false)
	err := c.sh.Request("block/put").
		Option("cid-codec", "raw").
		Option("mhtype", "sha2-256").
		Option("pin", true).
		Body(body).
		Exec(ctx, &out)
	if err != nil {
		return "", fmt.Errorf("ipfs: block/put: %w", err)
	}
	got, err := ParseCID(out.Key)
	if err != nil {
		return "", err
	}
	if !got.Equals(want) {
		return "", fmt.Errorf("%w: %s, computed %s", ErrCIDMismatch, got, want)
	}
	return want.String(), nil
}

// Add stores a file (UnixFS, CIDv1, raw leaves, pinned) and returns its CID. For program authors
// uploading encrypted modules; the enclave reads them back with Fetch.
func (c *Client) Add(ctx context.Context, data []byte) (string, error) {
	var out struct{ Hash string }
	body := files.NewMultiFileReader(files.NewSliceDirectory([]files.DirEntry{
		files.FileEntry("", files.NewReaderFile(bytes.NewReader(data))),
	}), true, false)
	err := c.sh.Request("add").
		Option("cid-version", 1).
		Option("raw-leaves", true).
		Option("pin", true).
		Option("progress", false).
		Body(body).
		Exec(ctx, &out)
	if err != nil {
		return "", fmt.Errorf("ipfs: add: %w", err)
	}
	if _, err := ParseCID(out.Hash); err != nil {
		return "", err
	}
	return out.Hash, nil
}

// Ping checks the daemon answers.
func (c *Client) Ping(ctx context.Context) error {
	var out struct{ Version string }
	if err := c.sh.Request("version").Exec(ctx, &out); err != nil {
		return fmt.Errorf("ipfs: version: %w", err)
	}
	return nil
}
