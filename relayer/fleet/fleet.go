// Package fleet is the relayer's side of the enclave fleet (issues 10 and 16): it indexes the
// router's FleetKeys events (Store, fleet_epochs), reads the router's fleet id and epochs
// (ReadChain), and orchestrates the workers (Orchestrator): genesis on one worker and setFleetId,
// joins between workers (the enclaves verify each other; the relayer only carries bytes,
// client.Join), rotation and retirement, and publication of an epoch's keys with the worker's signed
// FleetKey statement (setEpochKeys, which anyone may submit). Genesis, rotation and retirement are
// the governor's (the router owner's) EIP-712 orders, signed here with the governor key the operator
// gives (`--governor-key-file`) and verified by the enclaves themselves. `relayer fleet ...` runs
// each step by hand; `relayer run` runs Loop, which joins workers lacking an active on-chain epoch
// and publishes a pending epoch's keys when a worker holds them. Every action is logged at info with
// the epoch and the workers; nothing secret ever passes through here (orders, statements and public
// keys only).
package fleet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/protocol"
)

// Worker is one enclave worker by name (its URL, redacted) and client.
type Worker struct {
	Name   string
	Client *client.Client
}

// Sender submits a transaction to the router (setEpochKeys): a plain signed transaction for the
// CLI, the transaction manager's queue in `relayer run`. It returns an identifier for logs (a
// transaction hash or a queue id) once the call is sent (Simple: mined).
type Sender interface {
	Send(ctx context.Context, to common.Address, data []byte, kind string) (string, error)
}

// Orchestrator runs fleet steps on a router's workers.
type Orchestrator struct {
	ChainID *big.Int
	Router  common.Address
	Chain   Caller
	Workers []Worker
	Sender  Sender // nil: cannot publish
	// Governor signs the fleet orders (genesis, rotation, retirement): the router owner's key. nil:
	// those steps are refused here (joins and publication need no order).
	Governor *ecdsa.PrivateKey
	Log      *slog.Logger
}

// ErrNoGovernor: a step that needs the governor's order, without a governor key.
var ErrNoGovernor = errors.New("fleet: this step needs the governor's (router owner's) order: give --governor-key-file")

func (o *Orchestrator) sign(digest [32]byte) ([]byte, error) {
	if o.Governor == nil {
		return nil, ErrNoGovernor
	}
	return protocol.SignOrder(digest, o.Governor)
}

func (o *Orchestrator) domain() *protocol.Domain {
	return &protocol.Domain{ChainID: o.ChainID, Router: o.Router}
}

// WorkerFleet is a worker's fleet status (Err set when it could not be read).
type WorkerFleet struct {
	Worker
	Status api.FleetStatus
	Err    error
}

// Holds reports whether the worker holds epoch e.
func (w WorkerFleet) Holds(e uint32) bool {
	if w.Err != nil {
		return false
	}
	for _, x := range w.Status.Epochs {
		if x.Epoch == e {
			return true
		}
	}
	return false
}

// Epoch returns the worker's statement of epoch e.
func (w WorkerFleet) Epoch(e uint32) (api.FleetEpoch, bool) {
	for _, x := range w.Status.Epochs {
		if x.Epoch == e {
			return x, true
		}
	}
	return api.FleetEpoch{}, false
}

// Fleets reads every worker's fleet status, with FleetKey statements for this router.
func (o *Orchestrator) Fleets(ctx context.Context) []WorkerFleet {
	out := make([]WorkerFleet, len(o.Workers))
	for i, w := range o.Workers {
		st, err := w.Client.FleetStatus(ctx, o.domain())
		out[i] = WorkerFleet{Worker: w, Status: st, Err: err}
	}
	return out
}

// KeysMatch reports whether a worker's keys of epoch e are the ones the chain records.
func KeysMatch(ce ChainEpoch, fe api.FleetEpoch) bool {
	return len(fe.X25519Key) == 32 && bytes.Equal(ce.X25519Key[:], fe.X25519Key) && bytes.Equal(ce.XWingKey, fe.XWingKey)
}

// Genesis hands a worker the governor's FleetGenesis order: its enclave creates the fleet (root
// secret, identity, epoch 1) and reports the fleet id, which the owner then sets on the router
// (SetFleetID) before the keys can be published.
func (o *Orchestrator) Genesis(ctx context.Context, w Worker) (api.FleetStatus, error) {
	if o.Governor == nil {
		return api.FleetStatus{}, ErrNoGovernor
	}
	gov := crypto.PubkeyToAddress(o.Governor.PublicKey)
	order, err := client.SignGenesisOrder(*o.domain(), o.Governor)
	if err != nil {
		return api.FleetStatus{}, err
	}
	st, err := w.Client.Genesis(ctx, order)
	if err != nil {
		return st, fmt.Errorf("fleet: genesis on %s: %w", w.Name, err)
	}
	if st.FleetID == nil {
		return st, fmt.Errorf("fleet: genesis on %s: the worker reports no fleet id", w.Name)
	}
	o.Log.Info("fleet genesis: worker created the fleet and epoch 1", "worker", w.Name, "fleet_id", st.FleetID.Hex(), "governor", gov)
	return st, nil
}

// SetFleetID sends the owner's setFleetId(fleetId) through o.Sender, which must send as the owner.
func (o *Orchestrator) SetFleetID(ctx context.Context, fleetID [32]byte) (string, error) {
	if o.Sender == nil {
		return "", errors.New("fleet: no sender for setFleetId")
	}
	ref, err := o.Sender.Send(ctx, o.Router, PackSetFleetId(fleetID), KindSetFleetID)
	if err != nil {
		return "", fmt.Errorf("fleet: setFleetId: %w", err)
	}
	o.Log.Info("fleet id set on-chain", "fleet_id", common.Hash(fleetID).Hex(), "tx", ref)
	return ref, nil
}

// Join makes `joiner` join the router's fleet from `holder` (or catch up with the epochs it lacks).
func (o *Orchestrator) Join(ctx context.Context, holder, joiner Worker) (api.FleetStatus, error) {
	chain, err := ReadChain(ctx, o.Chain, o.Router)
	if err != nil {
		return api.FleetStatus{}, err
	}
	if chain.FleetID == ([32]byte{}) {
		return api.FleetStatus{}, errors.New("fleet: the router has no fleet id yet (genesis, then setFleetId)")
	}
	st, err := client.Join(ctx, chain.FleetID, holder.Client, joiner.Client)
	if err != nil {
		return st, fmt.Errorf("fleet: %s joining from %s: %w", joiner.Name, holder.Name, err)
	}
	o.Log.Info("fleet join", "joiner", joiner.Name, "holder", holder.Name, "installed", st.Installed, "current", st.Current)
	return st, nil
}

// Rotate hands one worker the governor's FleetRotate order naming it as the creator of epoch e (the
// chain's pending epoch after the owner's startRotation; it must be the worker's highest + 1). The
// same order again returns the same keys; every other worker refuses it and joins the creator.
func (o *Orchestrator) Rotate(ctx context.Context, w Worker, e uint32) (api.FleetStatus, error) {
	cur, err := w.Client.FleetStatus(ctx, nil)
	if err != nil {
		return cur, fmt.Errorf("fleet: status of %s: %w", w.Name, err)
	}
	if cur.FleetID == nil {
		return cur, fmt.Errorf("fleet: %s is in no fleet", w.Name)
	}
	sig, err := o.sign(o.domain().RotateDigest(*cur.FleetID, e, cur.Signer))
	if err != nil {
		return cur, err
	}
	st, err := w.Client.Rotate(ctx, api.RotateOrder{FleetID: *cur.FleetID, Epoch: e, Creator: cur.Signer, Signature: sig})
	if err != nil {
		return st, fmt.Errorf("fleet: rotate to epoch %d on %s: %w", e, w.Name, err)
	}
	o.Log.Info("fleet rotation: worker created the epoch", "worker", w.Name, "epoch", e, "creator", cur.Signer)
	return st, nil
}

// RetireOrder signs the governor's FleetRetire order of epoch e for the router's fleet.
func (o *Orchestrator) RetireOrder(fleetID [32]byte, e uint32) (api.RetireOrder, error) {
	sig, err := o.sign(o.domain().RetireDigest(fleetID, e))
	if err != nil {
		return api.RetireOrder{}, err
	}
	return api.RetireOrder{FleetID: fleetID, Epoch: e, Signature: sig}, nil
}

// Retire hands a worker the governor's retirement order: it deletes epoch e for good.
func (o *Orchestrator) Retire(ctx context.Context, w Worker, order api.RetireOrder) (api.FleetStatus, error) {
	st, err := w.Client.Retire(ctx, order)
	if err != nil {
		return st, fmt.Errorf("fleet: retire epoch %d on %s: %w", order.Epoch, w.Name, err)
	}
	o.Log.Info("fleet retirement: worker deleted the epoch", "worker", w.Name, "epoch", order.Epoch)
	return st, nil
}

// ErrNoStatement means the worker holds no signed statement for the epoch.
var ErrNoStatement = errors.New("fleet: worker has no FleetKey statement for the epoch")

// Statement returns a worker's FleetKey statement of epoch e for this router, checked: the
// signature recovers the worker's signer over the digest of exactly these keys.
func (o *Orchestrator) Statement(ctx context.Context, w Worker, e uint32) (api.FleetEpoch, common.Address, error) {
	st, err := w.Client.FleetStatus(ctx, o.domain())
	if err != nil {
		return api.FleetEpoch{}, common.Address{}, fmt.Errorf("fleet: status of %s: %w", w.Name, err)
	}
	fe, ok := WorkerFleet{Worker: w, Status: st}.Epoch(e)
	if !ok || fe.Signature == nil || st.FleetID == nil {
		return fe, st.Signer, fmt.Errorf("%w: %d on %s", ErrNoStatement, e, w.Name)
	}
	if len(fe.X25519Key) != 32 || common.Hash(crypto.Keccak256Hash(fe.XWingKey)) != fe.XWingKeyHash {
		return fe, st.Signer, fmt.Errorf("fleet: %s: malformed keys for epoch %d", w.Name, e)
	}
	digest := o.domain().FleetKeyDigest(protocol.FleetKey{FleetID: *st.FleetID, Epoch: e, X25519Key: [32]byte(fe.X25519Key), XWingKeyHash: fe.XWingKeyHash})
	signer, err := protocol.RecoverDigestSigner(digest, protocol.Signature{R: fe.Signature.R, VS: fe.Signature.VS})
	if err != nil || signer != st.Signer {
		return fe, st.Signer, fmt.Errorf("fleet: %s: FleetKey statement of epoch %d is not signed by its signer %s (%v)", w.Name, e, st.Signer, err)
	}
	return fe, signer, nil
}

// Publish submits a worker's keys of epoch e to the router (setEpochKeys). The router accepts them
// only for its pending epoch and only signed by a registered, active enclave.
func (o *Orchestrator) Publish(ctx context.Context, w Worker, e uint32) (string, error) {
	if o.Sender == nil {
		return "", errors.New("fleet: no sender to publish with")
	}
	fe, signer, err := o.Statement(ctx, w, e)
	if err != nil {
		return "", err
	}
	st, err := w.Client.FleetStatus(ctx, o.domain())
	if err != nil || st.FleetID == nil {
		return "", fmt.Errorf("fleet: fleet id of %s: %v", w.Name, err)
	}
	data := PackSetEpochKeys(*st.FleetID, e, [32]byte(fe.X25519Key), fe.XWingKey, fe.Signature.R, fe.Signature.VS)
	ref, err := o.Sender.Send(ctx, o.Router, data, KindSetEpochKeys)
	if err != nil {
		return "", fmt.Errorf("fleet: setEpochKeys(%d): %w", e, err)
	}
	o.Log.Info("fleet keys submitted on-chain", "epoch", e, "worker", w.Name, "signer", signer, "tx", ref)
	return ref, nil
}

// Txmgr kinds of the fleet's transactions.
const (
	KindSetEpochKeys = "set_epoch_keys"
	KindSetFleetID   = "set_fleet_id"
)

// Reconcile is one round of the run loop: it reads the chain and the workers, then
//   - retires on each worker the epochs the owner retired on-chain (only with a governor key: the
//     enclaves obey only the governor's signed order);
//   - joins each worker lacking an active on-chain epoch from a worker that holds it with the
//     chain's keys;
//   - publishes the pending epoch's keys when a worker holds that epoch (and the chain lacks them).
//
// It never creates an epoch (genesis and rotation are operator steps: only one enclave may create
// one). It returns the actions taken, for logs and tests.
func (o *Orchestrator) Reconcile(ctx context.Context, canPublish func(ctx context.Context) (bool, error)) ([]string, error) {
	chain, err := ReadChain(ctx, o.Chain, o.Router)
	if err != nil {
		return nil, err
	}
	fleets := o.Fleets(ctx)
	var done []string
	var errs []error
	// Retire first: a retired epoch must not travel in a join.
	for _, e := range chain.Retired() {
		if o.Governor == nil || chain.FleetID == ([32]byte{}) {
			break
		}
		order, err := o.RetireOrder(chain.FleetID, e)
		if err != nil {
			errs = append(errs, err)
			break
		}
		for i := range fleets {
			if fleets[i].Holds(e) && e < fleets[i].Status.Current {
				if st, err := o.Retire(ctx, fleets[i].Worker, order); err != nil {
					errs = append(errs, err)
				} else {
					fleets[i].Status = st
					done = append(done, fmt.Sprintf("retire %d on %s", e, fleets[i].Name))
				}
			}
		}
	}
	want := chain.Active()
	if chain.Pending != 0 {
		want = append(want, chain.Pending)
	}
	for i := range fleets {
		j := &fleets[i]
		if j.Err != nil || chain.FleetID == ([32]byte{}) {
			continue
		}
		for _, e := range want {
			if j.Holds(e) {
				continue
			}
			holder := -1
			for k := range fleets {
				if k != i && fleets[k].Holds(e) && (chain.Epoch(e).Status != EpochActive || keysMatch(chain, fleets[k], e)) {
					holder = k
					break
				}
			}
			if holder < 0 {
				continue
			}
			o.Log.Info("fleet: worker lacks an epoch; joining it from a holder", "epoch", e, "joiner", j.Name, "holder", fleets[holder].Name)
			st, err := client.Join(ctx, chain.FleetID, fleets[holder].Client, j.Client)
			if err != nil {
				errs = append(errs, err)
				break
			}
			j.Status.Epochs, j.Status.Current, j.Status.Retired = st.Epochs, st.Current, st.Retired
			// Refresh the statements (the accept answer carries no signatures).
			if fresh, err := j.Client.FleetStatus(ctx, o.domain()); err == nil {
				j.Status = fresh
			}
			done = append(done, fmt.Sprintf("join %s from %s (epoch %d)", j.Name, fleets[holder].Name, e))
		}
	}
	if p := chain.Pending; p != 0 && chain.Epoch(p).Status != EpochActive && o.Sender != nil {
		ok := true
		if canPublish != nil {
			if ok, err = canPublish(ctx); err != nil {
				errs = append(errs, err)
				ok = false
			}
		}
		if ok {
			for _, f := range fleets {
				if !f.Holds(p) {
					continue
				}
				if _, err := o.Publish(ctx, f.Worker, p); err != nil {
					errs = append(errs, err)
					continue
				}
				done = append(done, fmt.Sprintf("publish %d from %s", p, f.Name))
				break
			}
		}
	}
	return done, errors.Join(errs...)
}

func keysMatch(chain OnChain, f WorkerFleet, e uint32) bool {
	fe, ok := f.Epoch(e)
	return ok && KeysMatch(chain.Epoch(e), fe)
}

// Status is the fleet as the chain and the workers see it (`relayer fleet status`).
type Status struct {
	Chain   ChainStatus    `json:"chain"`
	Workers []WorkerStatus `json:"workers"`
}

// ChainStatus is the router's side.
type ChainStatus struct {
	FleetID common.Hash `json:"fleetId"`
	Current uint32      `json:"current"`
	Pending uint32      `json:"pending"`
	Active  []uint32    `json:"active"`
	Retired []uint32    `json:"retired"`
	Error   string      `json:"error,omitempty"`
}

// WorkerStatus is one worker's side.
type WorkerStatus struct {
	Name    string          `json:"name"`
	FleetID *common.Hash    `json:"fleetId,omitempty"`
	Signer  common.Address  `json:"signer"`
	Mode    string          `json:"mode"`
	Current uint32          `json:"current"`
	Epochs  []uint32        `json:"epochs"`
	Retired []uint32        `json:"retired"`
	Match   map[uint32]bool `json:"keysMatchChain"` // per held epoch with keys on-chain
	Error   string          `json:"error,omitempty"`
}

// Status reads the chain and the workers.
func (o *Orchestrator) Status(ctx context.Context) Status {
	var s Status
	chain, err := ReadChain(ctx, o.Chain, o.Router)
	if err != nil {
		s.Chain.Error = err.Error()
	}
	s.Chain.FleetID, s.Chain.Current, s.Chain.Pending, s.Chain.Active, s.Chain.Retired = chain.FleetID, chain.Current, chain.Pending, chain.Active(), chain.Retired()
	for _, f := range o.Fleets(ctx) {
		ws := WorkerStatus{Name: f.Name, Match: map[uint32]bool{}}
		if f.Err != nil {
			ws.Error = f.Err.Error()
		} else {
			ws.FleetID, ws.Signer, ws.Mode, ws.Current, ws.Retired = f.Status.FleetID, f.Status.Signer, f.Status.Mode, f.Status.Current, f.Status.Retired
			for _, e := range f.Status.Epochs {
				ws.Epochs = append(ws.Epochs, e.Epoch)
				if ce := chain.Epoch(e.Epoch); ce.Status == EpochActive || ce.Status == EpochRetired {
					ws.Match[e.Epoch] = KeysMatch(ce, e)
				}
			}
			slices.Sort(ws.Epochs)
		}
		s.Workers = append(s.Workers, ws)
	}
	return s
}
