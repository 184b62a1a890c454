package main

import (
	"context"

	"github.com/ethereum/go-ethereum/ethclient"
)

// dialBackend opens a plain client for binding calls (registration is a one-off operator action:
// no failover needed).
func dialBackend(ctx context.Context, url string) (*ethclient.Client, error) {
	return ethclient.DialContext(ctx, url)
}
