// Package fleet holds the fleet's secrets inside the enclave (DESIGN.md "Fleet keys", issues 10,
// 16 and 19): the fleet root secret R and identity, the epoch secrets S_e, the derivation of every
// key and seed from them, sealing of what the enclave holds, signed statements of each epoch's
// public keys for the router, and the joining protocol by which an enclave hands its secrets to
// another one only after each verified the other's attestation evidence under a policy compiled
// into this code (policy.go, join.go).
//
// # Governance (orders.go)
//
// The fleet obeys the router owner (the governor), never its host: genesis, rotation and
// retirement happen only on an EIP-712 order the governor signed (protocol/fleetorder.go), which
// this package verifies itself. Genesis fixes the fleet's identity {chainId, router, governor,
// fleetId}; fleetId = keccak256(abi.encode(chainId, router, governor, rootCommit)) commits to R, so
// a second genesis (a host that deleted the sealed state) makes a different fleet that the router
// refuses. A rotation names the one enclave that creates the epoch and is idempotent; no epoch
// number ever gets two secrets on one enclave. A retirement erases an epoch below the highest held
// and travels in join offers as the signed order itself.
//
// # The root secret, for other parts of the enclave (root.go)
//
// R is created at genesis, handed on at every join, never rotated or retired. From it:
//
//	(*Fleet).FleetID() [32]byte                       the fleet id (zero before genesis or a join)
//	(*Fleet).Identity() (Identity, bool)              chain, router, governor, fleet id
//	(*Fleet).ProgramKey(programID) (*ecdsa.PrivateKey, error)
//	    HKDF(R, "teeoracle/v3/program-key", programId)[:48] -> secp256k1: the same on every enclave,
//	    across versions and rotations; every version the author publishes can sign with it
//	(*Fleet).CodeKey(programID, codeHash) (*ecdsa.PrivateKey, error)
//	    HKDF(R, "teeoracle/v3/code-key", programId || codeHash)[:48]: bound to one module's code
//	(*Fleet).Rand(domain, jobID, commitment) ([32]byte, error)
//	    HKDF(R, "teeoracle/v3/rand", chainId || router || jobId || commitment)[:32]: job randomness
//
// Each returns ErrNoFleet on an enclave that holds no fleet. Encryption keys of an epoch derive
// from S_e alone (derive.go), so retiring an epoch still erases its ciphertexts.
//
// Secrets never leave the enclave except HPKE-sealed (X-Wing) to a joiner's attested transport key,
// and never appear in a log, an error or an API answer.
package fleet

import (
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/dcap"
	"github.com/teeoracle/teeoracle/enclave/attest"
	"github.com/teeoracle/teeoracle/protocol"
)

// File names of the sealed fleet state, one per mode (like the keystore's).
const (
	SealedFile   = "fleet-epochs.sealed"
	InsecureFile = "fleet-epochs.INSECURE-SIMULATION-PLAINTEXT"
)

// Errors (wrapped; test with errors.Is).
var (
	// ErrEpochUnavailable: this enclave does not hold the epoch (never had it, or it was retired).
	// Jobs that need it must go to another enclave; nothing is signed.
	ErrEpochUnavailable = errors.New("fleet: epoch not held by this enclave")
	// ErrEpochRetired: the epoch was retired; its secret is gone for good (wraps ErrEpochUnavailable).
	ErrEpochRetired = fmt.Errorf("%w (retired)", ErrEpochUnavailable)
	// ErrFleetExists: genesis asked of an enclave that already holds (or held) fleet state.
	ErrFleetExists = errors.New("fleet: this enclave already belongs to a fleet")
	// ErrFleetMismatch: a message or order of another fleet (another fleet id, chain or router).
	ErrFleetMismatch = errors.New("fleet: message of another fleet")
	// ErrNotCreator: a rotation order that names another enclave as the creator of the epoch; this
	// enclave gets the epoch by joining the creator.
	ErrNotCreator = errors.New("fleet: this enclave is not the creator the rotation order names")
	// ErrOrder: a governance order that is malformed or not signed by the fleet's governor.
	ErrOrder = errors.New("fleet: order not signed by the fleet's governor")
	// ErrNoFleet: the operation needs epochs and this enclave holds none.
	ErrNoFleet = errors.New("fleet: this enclave holds no epoch")
	// ErrBadEpoch: a rotation or retirement names an epoch it cannot apply to.
	ErrBadEpoch = errors.New("fleet: wrong epoch for this operation")
	// ErrEpochConflict: a join response carries a different secret for an epoch (or root) already held.
	ErrEpochConflict = errors.New("fleet: conflicting secret for a held epoch")
)

// CollateralSource returns Intel collateral for one of this enclave's own SGX reports (the peer
// verifies it; the source is untrusted, typically the host's PCCS through dcap.PCSClient).
type CollateralSource func(report []byte) (*dcap.RawCollateral, error)

// Config of the fleet state of one enclave.
type Config struct {
	// Dir holds the sealed epoch file.
	Dir string
	// Platform is the TEE (attest.SGX or attest.InsecureSimulation).
	Platform attest.Platform
	// Signing is the enclave's result-signing key; it also signs FleetKey statements.
	Signing *ecdsa.PrivateKey
	// Collateral fetches collateral for this enclave's SGX evidence (nil in simulation).
	Collateral CollateralSource
	// Log receives events (never secrets).
	Log *slog.Logger
}

// Fleet is the fleet state of one enclave. Safe for concurrent use.
type Fleet struct {
	dir     string
	mode    attest.Mode
	issuer  attest.Issuer
	sealer  attest.Sealer
	signing *ecdsa.PrivateKey
	col     CollateralSource
	log     *slog.Logger

	// Unexported so that no flag, config or API can widen them; internal tests adjust them.
	policy Policy
	verify func(report []byte, col *dcap.Collateral, opts dcap.VerifyOptions) (*dcap.Identity, error)
	now    func() time.Time

	mu       sync.RWMutex
	root     *[32]byte // fleet root secret R (nil before genesis or a join)
	ident    Identity  // valid when root != nil
	epochs   map[uint32]*EpochKeys
	retired  map[uint32][]byte // epoch -> the governor's FleetRetire signature
	current  uint32
	attempts map[[32]byte]*attempt // joiner side, by nonce
	used     map[[32]byte]bool     // nonces of accepted attempts (replay detection)
}

// Open loads the sealed epochs from cfg.Dir (none on a fresh enclave).
func Open(cfg Config) (*Fleet, error) {
	if cfg.Platform.Issuer == nil || cfg.Platform.Sealer == nil || cfg.Signing == nil {
		return nil, errors.New("fleet: platform and signing key required")
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	f := &Fleet{
		dir: cfg.Dir, mode: cfg.Platform.Issuer.Mode(), issuer: cfg.Platform.Issuer, sealer: cfg.Platform.Sealer,
		signing: cfg.Signing, col: cfg.Collateral, log: log,
		policy: compiledPolicy(cfg.Platform.Issuer.Mode(), cfg.Platform.Measurement),
		verify: dcap.Verify, now: time.Now,
		epochs: map[uint32]*EpochKeys{}, retired: map[uint32][]byte{},
		attempts: map[[32]byte]*attempt{}, used: map[[32]byte]bool{},
	}
	if err := f.load(); err != nil {
		return nil, err
	}
	if f.mode == attest.ModeSimulation {
		log.Warn("INSECURE SIMULATION FLEET: epoch secrets are stored in plaintext and handed to any simulated " +
			"enclave; a production router never accepts the keys of a simulated fleet")
	}
	return f, nil
}

// Mode is the platform mode (a simulated fleet only ever talks to simulated enclaves).
func (f *Fleet) Mode() attest.Mode { return f.mode }

// Signer is the address that signs FleetKey statements.
func (f *Fleet) Signer() common.Address { return crypto.PubkeyToAddress(f.signing.PublicKey) }

// Current returns the newest epoch held (0 when none).
func (f *Fleet) Current() uint32 {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.current
}

// Epochs returns the epochs held, ascending.
func (f *Fleet) Epochs() []uint32 {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return sortedKeys(f.epochs)
}

// Retired returns the epochs this enclave knows were retired, ascending.
func (f *Fleet) Retired() []uint32 {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return sortedKeys(f.retired)
}

// Keys returns the keys of an epoch, or an error wrapping ErrEpochUnavailable.
func (f *Fleet) Keys(epoch uint32) (*EpochKeys, error) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	if k, ok := f.epochs[epoch]; ok {
		return k, nil
	}
	if _, ok := f.retired[epoch]; ok {
		return nil, fmt.Errorf("epoch %d: %w", epoch, ErrEpochRetired)
	}
	return nil, fmt.Errorf("epoch %d: %w", epoch, ErrEpochUnavailable)
}

// createLocked makes epoch from fresh randomness (never from an older secret, so retiring an
// epoch deletes its ciphertexts for good) and seals the state.
func (f *Fleet) createLocked(epoch uint32) (*EpochKeys, error) {
	var s [32]byte
	if _, err := rand.Read(s[:]); err != nil {
		return nil, fmt.Errorf("fleet: randomness: %w", err)
	}
	k := newEpochKeys(epoch, s)
	prevCur := f.current
	f.epochs[epoch] = k
	f.current = max(f.current, epoch)
	if err := f.storeLocked(); err != nil {
		delete(f.epochs, epoch)
		f.current = prevCur
		return nil, err
	}
	return k, nil
}

// SignedStatement is a FleetKey statement signed by this enclave in a router's domain.
type SignedStatement struct {
	Key       protocol.FleetKey
	Signature protocol.Signature
}

// Statement signs the FleetKey statement of an epoch for the fleet's router (the statement names
// the fleet id, so the router records only keys of the fleet it trusts).
func (f *Fleet) Statement(epoch uint32) (SignedStatement, error) {
	id, ok := f.Identity()
	if !ok {
		return SignedStatement{}, ErrNoFleet
	}
	k, err := f.Keys(epoch)
	if err != nil {
		return SignedStatement{}, err
	}
	st := k.Statement(id.FleetID)
	sig, err := protocol.SignDigest(id.Domain().FleetKeyDigest(st), f.signing)
	if err != nil {
		return SignedStatement{}, err
	}
	return SignedStatement{Key: st, Signature: sig}, nil
}

func sortedKeys[V any](m map[uint32]V) []uint32 {
	out := make([]uint32, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func writeAtomic(dir, name string, data []byte) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".fleet-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(dir, name))
}
