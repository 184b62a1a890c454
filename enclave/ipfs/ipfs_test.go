package ipfs_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/enclave/ipfs/ipfstest"
)

func TestKubo(t *testing.T) {
	d := ipfstest.Start(t)
	c := ipfs.New(d.API)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := c.Ping(ctx); err != nil {
		t.Fatal(err)
	}

	t.Run("add and fetch", func(t *testing.T) {
		data := make([]byte, 600<<10) // several UnixFS chunks
		rand.Read(data)
		id, err := c.Add(ctx, data)
		if err != nil {
			t.Fatal(err)
		}
		got, err := c.Fetch(ctx, id, int64(len(data)))
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("fetch: %d bytes, err %v", len(got), err)
		}
		if _, err := c.Fetch(ctx, id, int64(len(data)-1)); !errors.Is(err, ipfs.ErrTooLarge) {
			t.Fatalf("over the limit: err = %v, want ErrTooLarge", err)
		}
	})

	t.Run("raw block CID computed locally", func(t *testing.T) {
		for _, size := range []int{1, 4097, ipfs.MaxBlockBytes} {
			data := make([]byte, size)
			rand.Read(data)
			id, err := c.PutRaw(ctx, data)
			if err != nil {
				t.Fatalf("%d bytes: %v", size, err)
			}
			if want := ipfs.RawCID(data).String(); id != want || id[:7] != "bafkrei" {
				t.Fatalf("CID %s, want %s", id, want)
			}
			got, err := c.Fetch(ctx, id, int64(size))
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("fetch back: %v", err)
			}
		}
		if _, err := c.PutRaw(ctx, make([]byte, ipfs.MaxBlockBytes+1)); !errors.Is(err, ipfs.ErrTooLarge) {
			t.Fatalf("oversized block: err = %v, want ErrTooLarge", err)
		}
	})

	t.Run("missing and malformed", func(t *testing.T) {
		missing := ipfs.RawCID([]byte("never stored")).String()
		if _, err := c.Fetch(ctx, missing, 100); err == nil {
			t.Fatal("fetching a missing block succeeded")
		}
		if _, err := c.Fetch(ctx, "not-a-cid", 100); !errors.Is(err, ipfs.ErrBadCID) {
			t.Fatalf("err = %v, want ErrBadCID", err)
		}
	})

	t.Run("daemon down", func(t *testing.T) {
		down := ipfs.New("127.0.0.1:1")
		if _, err := down.Fetch(ctx, ipfs.RawCID([]byte("x")).String(), 10); err == nil {
			t.Fatal("fetch from a dead daemon succeeded")
		}
	})
}
