package client

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"

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

// FleetStatus returns the epochs the worker holds and their public keys; with domain, also the
// FleetKey statements signed for that router (check them with protocol.RecoverDigestSigner and
// Domain.FleetKeyDigest against the registered signer).
func (c *Client) FleetStatus(ctx context.Context, domain *protocol.Domain) (api.FleetStatus, error) {
	path := api.PathFleet
	if domain != nil {
		path += "?" + url.Values{"chainId": {domain.ChainID.String()}, "router": {domain.Router.Hex()}}.Encode()
	}
	var st api.FleetStatus
	return st, c.call(ctx, http.MethodGet, path, nil, &st)
}

// JoinRequest asks the worker (the joiner) for a join request.
func (c *Client) JoinRequest(ctx context.Context) (api.JoinRequest, error) {
	var r api.JoinRequest
	return r, c.call(ctx, http.MethodPost, api.PathFleetJoinRequest, struct{}{}, &r)
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

// Genesis asks the worker to create epoch 1 (only when there is no fleet yet).
func (c *Client) Genesis(ctx context.Context) (api.FleetStatus, error) {
	var st api.FleetStatus
	return st, c.call(ctx, http.MethodPost, api.PathFleetGenesis, struct{}{}, &st)
}

// Rotate asks the worker to create epoch `epoch` (its current epoch + 1).
func (c *Client) Rotate(ctx context.Context, epoch uint32) (api.FleetStatus, error) {
	var st api.FleetStatus
	return st, c.call(ctx, http.MethodPost, api.PathFleetRotate, api.EpochRequest{Epoch: epoch}, &st)
}

// Retire asks the worker to delete an epoch for good.
func (c *Client) Retire(ctx context.Context, epoch uint32) (api.FleetStatus, error) {
	var st api.FleetStatus
	return st, c.call(ctx, http.MethodPost, api.PathFleetRetire, api.EpochRequest{Epoch: epoch}, &st)
}

// JoinFrom makes the worker at joinerURL join the fleet of the worker at holderURL (or catch up
// with epochs it lacks): it carries the join request and response between them. The two enclaves
// verify each other; the caller (relayer, operator, test) sees only public bytes. opts apply to
// both clients (e.g. AllowSimulation for simulated workers).
func JoinFrom(ctx context.Context, holderURL, joinerURL string, opts ...Option) (api.FleetStatus, error) {
	holder, err := New(holderURL, opts...)
	if err != nil {
		return api.FleetStatus{}, err
	}
	joiner, err := New(joinerURL, opts...)
	if err != nil {
		return api.FleetStatus{}, err
	}
	return Join(ctx, holder, joiner)
}

// Join is JoinFrom with existing clients.
func Join(ctx context.Context, holder, joiner *Client) (api.FleetStatus, error) {
	req, err := joiner.JoinRequest(ctx)
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
