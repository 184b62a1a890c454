package service_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/protocol"
)

// testGovernor is the router owner of the tests that use fleetDomain: it signs the fleet orders.
var testGovernor = crypto.ToECDSAUnsafe(crypto.Keccak256([]byte("service test governor")))

// genesis has the worker create a fleet for router d on the test governor's order.
func genesis(t testing.TB, c *client.Client, d protocol.Domain) api.FleetStatus {
	t.Helper()
	o, err := client.SignGenesisOrder(d, testGovernor)
	if err != nil {
		t.Fatal(err)
	}
	st, err := c.Genesis(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// rotateOrder is the governor's order naming the worker of c as the creator of epoch.
func rotateOrder(t testing.TB, c *client.Client, d protocol.Domain, epoch uint32) api.RotateOrder {
	t.Helper()
	st, err := c.FleetStatus(context.Background(), nil)
	if err != nil || st.FleetID == nil {
		t.Fatalf("fleet status: %+v %v", st, err)
	}
	o, err := client.SignRotateOrder(d, *st.FleetID, epoch, st.Signer, testGovernor)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// retireOrder is the governor's order retiring epoch in the fleet of the worker of c.
func retireOrder(t testing.TB, c *client.Client, d protocol.Domain, epoch uint32) api.RetireOrder {
	t.Helper()
	st, err := c.FleetStatus(context.Background(), nil)
	if err != nil || st.FleetID == nil {
		t.Fatalf("fleet status: %+v %v", st, err)
	}
	o, err := client.SignRetireOrder(d, *st.FleetID, epoch, testGovernor)
	if err != nil {
		t.Fatal(err)
	}
	return o
}
