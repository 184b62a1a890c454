package client

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/url"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/protocol"
)

// call posts (or gets, with in == nil and get set) JSON to the attested worker.
func (c *Client) call(ctx context.Context, method, path string, in, out any) error {
	if _, err := c.Identity(ctx); err != nil {
		return err
	}
	var body *bytes.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	} else {
		body = bytes.NewReader(nil)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("client: %s: %w", path, err)
	}
	defer resp.Body.Close()
	if err := decode(resp, out); err != nil {
		return fmt.Errorf("client: %s: %w", path, err)
	}
	return nil
}

// FleetStatus returns the fleet identity, the epochs the worker holds, their public keys and
// FleetKey statements (check them with protocol.RecoverDigestSigner and Domain.FleetKeyDigest
// against the registered signer). With domain, the worker refuses if its fleet is another router's.
func (c *Client) FleetStatus(ctx context.Context, domain *protocol.Domain) (api.FleetStatus, error) {
	path := api.PathFleet
	if domain != nil {
		path += "?" + url.Values{"chainId": {domain.ChainID.String()}, "router": {domain.Router.Hex()}}.Encode()
	}
	var st api.FleetStatus
	return st, c.call(ctx, http.MethodGet, path, nil, &st)
}

// JoinRequest asks the worker (the joiner) for a request to join fleet fleetID (zero: its own).
func (c *Client) JoinRequest(ctx context.Context, fleetID [32]byte) (api.JoinRequest, error) {
	var r api.JoinRequest
	return r, c.call(ctx, http.MethodPost, api.PathFleetJoinRequest, api.JoinRequestParams{FleetID: fleetID}, &r)
}

// Offer hands a join request to the worker (a holder) and returns its response.
func (c *Client) Offer(ctx context.Context, req api.JoinRequest) (api.JoinResponse, error) {
	var r api.JoinResponse
	return r, c.call(ctx, http.MethodPost, api.PathFleetOffer, req, &r)
}

// Accept hands a join response to the worker (the joiner) and returns its new status.
func (c *Client) Accept(ctx context.Context, resp api.JoinResponse) (api.FleetStatus, error) {
	var st api.FleetStatus
	return st, c.call(ctx, http.MethodPost, api.PathFleetAccept, resp, &st)
}

// Genesis hands the worker the governor's genesis order (refused when it is in a fleet already).
func (c *Client) Genesis(ctx context.Context, o api.GenesisOrder) (api.FleetStatus, error) {
	var st api.FleetStatus
	return st, c.call(ctx, http.MethodPost, api.PathFleetGenesis, o, &st)
}

// Rotate hands the worker the governor's rotation order (only its creator creates the epoch).
func (c *Client) Rotate(ctx context.Context, o api.RotateOrder) (api.FleetStatus, error) {
	var st api.FleetStatus
	return st, c.call(ctx, http.MethodPost, api.PathFleetRotate, o, &st)
}

// Retire hands the worker the governor's retirement order: it deletes the epoch for good.
func (c *Client) Retire(ctx context.Context, o api.RetireOrder) (api.FleetStatus, error) {
	var st api.FleetStatus
	return st, c.call(ctx, http.MethodPost, api.PathFleetRetire, o, &st)
}

// ProgramKeys returns a program's key addresses signed by the worker (codeHash zero: no code key).
// Check the signature with Domain.ProgramKeysDigest against a registered enclave signer.
func (c *Client) ProgramKeys(ctx context.Context, programID, codeHash [32]byte) (api.ProgramKeys, error) {
	path := "/v1/programs/" + common.Hash(programID).Hex() + "/keys"
	if codeHash != ([32]byte{}) {
		path += "?codeHash=" + common.Hash(codeHash).Hex()
	}
	var pk api.ProgramKeys
	return pk, c.call(ctx, http.MethodGet, path, nil, &pk)
}

// JoinFrom makes the worker at joinerURL join the fleet fleetID (zero: the joiner's own) from the
// worker at holderURL (or catch up with epochs it lacks): it carries the join request and response
// between them. The two enclaves verify each other; the caller (relayer, operator, test) sees only
// public bytes. opts apply to both clients (e.g. AllowSimulation for simulated workers).
func JoinFrom(ctx context.Context, fleetID [32]byte, holderURL, joinerURL string, opts ...Option) (api.FleetStatus, error) {
	holder, err := New(holderURL, opts...)
	if err != nil {
		return api.FleetStatus{}, err
	}
	joiner, err := New(joinerURL, opts...)
	if err != nil {
		return api.FleetStatus{}, err
	}
	return Join(ctx, fleetID, holder, joiner)
}

// Join is JoinFrom with existing clients.
func Join(ctx context.Context, fleetID [32]byte, holder, joiner *Client) (api.FleetStatus, error) {
	req, err := joiner.JoinRequest(ctx, fleetID)
	if err != nil {
		return api.FleetStatus{}, fmt.Errorf("join request: %w", err)
	}
	resp, err := holder.Offer(ctx, req)
	if err != nil {
		return api.FleetStatus{}, fmt.Errorf("join offer: %w", err)
	}
	st, err := joiner.Accept(ctx, resp)
	if err != nil {
		return api.FleetStatus{}, fmt.Errorf("join accept: %w", err)
	}
	return st, nil
}

// SignGenesisOrder makes the governor's FleetGenesis order for router d (key: the router owner's).
func SignGenesisOrder(d protocol.Domain, key *ecdsa.PrivateKey) (api.GenesisOrder, error) {
	gov := crypto.PubkeyToAddress(key.PublicKey)
	sig, err := protocol.SignOrder(d.GenesisDigest(gov), key)
	if err != nil {
		return api.GenesisOrder{}, err
	}
	return api.GenesisOrder{ChainID: (*hexutil.Big)(new(big.Int).Set(d.ChainID)), Router: d.Router, Governor: gov, Signature: sig}, nil
}

// SignRotateOrder makes the governor's FleetRotate order: creator (an enclave's signer address)
// creates epoch in fleet fleetID of router d.
func SignRotateOrder(d protocol.Domain, fleetID [32]byte, epoch uint32, creator common.Address, key *ecdsa.PrivateKey) (api.RotateOrder, error) {
	sig, err := protocol.SignOrder(d.RotateDigest(fleetID, epoch, creator), key)
	if err != nil {
		return api.RotateOrder{}, err
	}
	return api.RotateOrder{FleetID: fleetID, Epoch: epoch, Creator: creator, Signature: sig}, nil
}

// SignRetireOrder makes the governor's FleetRetire order of epoch in fleet fleetID of router d.
func SignRetireOrder(d protocol.Domain, fleetID [32]byte, epoch uint32, key *ecdsa.PrivateKey) (api.RetireOrder, error) {
	sig, err := protocol.SignOrder(d.RetireDigest(fleetID, epoch), key)
	if err != nil {
		return api.RetireOrder{}, err
	}
	return api.RetireOrder{FleetID: fleetID, Epoch: epoch, Signature: sig}, nil
}
