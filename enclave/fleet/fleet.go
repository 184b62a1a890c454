// Package fleet holds the fleet's epoch secrets inside the enclave (issue 10, DESIGN.md "Fleet
// keys"): genesis of epoch 1, rotation to e+1, retirement (the secret is deleted for good), the
// derivation of every key and seed from an epoch secret, sealing of what the enclave holds, signed
// statements of each epoch's public keys for the router, and the joining protocol by which an
// enclave hands the epoch secrets to another one only after each verified the other's attestation
// evidence under a policy compiled into this code (policy.go, join.go).
//
// Epoch secrets never leave the enclave except HPKE-sealed to a joiner's attested transport key,
// and never appear in a log, an error or an API answer.
package fleet

import (
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
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

// File names of the sealed epoch secrets, one per mode (like the keystore's).
const (
	SealedFile   = "fleet-epochs.sealed"
	InsecureFile = "fleet-epochs.INSECURE-SIMULATION-PLAINTEXT"
)

const (
	sealAD      = "teeoracle/fleet-epochs/v1"
	fileVersion = 1
)

// Errors (wrapped; test with errors.Is).
var (
	// ErrEpochUnavailable: this enclave does not hold the epoch (never had it, or it was retired).
	// Jobs that need it must go to another enclave; nothing is signed.
	ErrEpochUnavailable = errors.New("fleet: epoch not held by this enclave")
	// ErrEpochRetired: the epoch was retired; its secret is gone for good (wraps ErrEpochUnavailable).
	ErrEpochRetired = fmt.Errorf("%w (retired)", ErrEpochUnavailable)
	// ErrFleetExists: genesis asked of an enclave that already holds (or held) epochs.
	ErrFleetExists = errors.New("fleet: this enclave already belongs to a fleet")
	// ErrNoFleet: the operation needs epochs and this enclave holds none.
	ErrNoFleet = errors.New("fleet: this enclave holds no epoch")
	// ErrBadEpoch: a rotation or retirement names an epoch it cannot apply to.
	ErrBadEpoch = errors.New("fleet: wrong epoch for this operation")
	// ErrEpochConflict: a join response carries a different secret for an epoch already held.
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
	epochs   map[uint32]*EpochKeys
	retired  map[uint32]bool
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
		epochs: map[uint32]*EpochKeys{}, retired: map[uint32]bool{},
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
	out := make([]uint32, 0, len(f.epochs))
	for e := range f.epochs {
		out = append(out, e)
	}
	slices.Sort(out)
	return out
}

// Retired returns the epochs this enclave knows were retired, ascending.
func (f *Fleet) Retired() []uint32 {
	f.mu.RLock()
	defer f.mu.RUnlock()
	out := make([]uint32, 0, len(f.retired))
	for e := range f.retired {
		out = append(out, e)
	}
	slices.Sort(out)
	return out
}

// Keys returns the keys of an epoch, or an error wrapping ErrEpochUnavailable.
func (f *Fleet) Keys(epoch uint32) (*EpochKeys, error) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	if k, ok := f.epochs[epoch]; ok {
		return k, nil
	}
	if f.retired[epoch] {
		return nil, fmt.Errorf("epoch %d: %w", epoch, ErrEpochRetired)
	}
	return nil, fmt.Errorf("epoch %d: %w", epoch, ErrEpochUnavailable)
}

// Genesis creates epoch 1 from fresh randomness. Refused when this enclave holds or held any epoch.
func (f *Fleet) Genesis() (*EpochKeys, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.epochs) > 0 || len(f.retired) > 0 {
		return nil, fmt.Errorf("%w (epochs held: %d, retired: %d)", ErrFleetExists, len(f.epochs), len(f.retired))
	}
	k, err := f.createLocked(1)
	if err != nil {
		return nil, err
	}
	f.log.Info("fleet genesis: created epoch 1", "mode", f.mode)
	return k, nil
}

// Rotate creates epoch `epoch`, which must be the current epoch + 1, from fresh randomness (never
// from an older secret, so retiring an epoch deletes its ciphertexts for good).
func (f *Fleet) Rotate(epoch uint32) (*EpochKeys, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.current == 0 {
		return nil, ErrNoFleet
	}
	if epoch != f.current+1 {
		return nil, fmt.Errorf("%w: rotation to %d, current epoch is %d", ErrBadEpoch, epoch, f.current)
	}
	k, err := f.createLocked(epoch)
	if err != nil {
		return nil, err
	}
	f.log.Info("fleet rotation: created epoch", "epoch", epoch)
	return k, nil
}

func (f *Fleet) createLocked(epoch uint32) (*EpochKeys, error) {
	if f.retired[epoch] {
		return nil, fmt.Errorf("%w: epoch %d was retired", ErrBadEpoch, epoch)
	}
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

// Retire deletes an epoch's secret for good (in memory and in the sealed file) and remembers the
// number so that no join can bring it back. Only epochs before the current one can be retired.
func (f *Fleet) Retire(epoch uint32) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if epoch == 0 || epoch >= f.current {
		// The current epoch cannot go (rotate first); a later one is unknown here (an enclave that
		// lags behind learns of retirements from its holder when it next joins).
		return fmt.Errorf("%w: cannot retire epoch %d (current %d); only epochs before the current one", ErrBadEpoch, epoch, f.current)
	}
	if f.retired[epoch] {
		return nil
	}
	// The secret is not zeroed in place (a running job may still derive from it): every reference
	// is dropped and the garbage collector reclaims it (Go cannot promise zeroing anyway, and the
	// derived HPKE keys live in circl's structures). The sealed file is rewritten without it.
	k, held := f.epochs[epoch]
	delete(f.epochs, epoch)
	f.retired[epoch] = true
	if err := f.storeLocked(); err != nil {
		if held {
			f.epochs[epoch] = k
		}
		delete(f.retired, epoch)
		return err
	}
	f.log.Info("fleet: retired epoch; its secret is deleted", "epoch", epoch, "was_held", held)
	return nil
}

// SignedStatement is a FleetKey statement signed by this enclave in a router's domain.
type SignedStatement struct {
	Key       protocol.FleetKey
	Signature protocol.Signature
}

// Statement signs the FleetKey statement of an epoch for the router of domain.
func (f *Fleet) Statement(domain protocol.Domain, epoch uint32) (SignedStatement, error) {
	k, err := f.Keys(epoch)
	if err != nil {
		return SignedStatement{}, err
	}
	st := k.Statement()
	sig, err := protocol.SignDigest(domain.FleetKeyDigest(st), f.signing)
	if err != nil {
		return SignedStatement{}, err
	}
	return SignedStatement{Key: st, Signature: sig}, nil
}

// ---- sealed file ----
//
// plaintext: version (1) || current (u32) || n (u32) || n × (epoch u32 || secret 32) ||
//            m (u32) || m × retired epoch (u32); big endian.

func (f *Fleet) fileName() string {
	if f.mode == attest.ModeSGX {
		return SealedFile
	}
	return InsecureFile
}

func (f *Fleet) storeLocked() error {
	plain := []byte{fileVersion}
	plain = u32(plain, f.current)
	plain = u32(plain, uint32(len(f.epochs)))
	for _, e := range sortedKeys(f.epochs) {
		plain = u32(plain, e)
		plain = append(plain, f.epochs[e].secret[:]...)
	}
	plain = u32(plain, uint32(len(f.retired)))
	for _, e := range sortedKeys(f.retired) {
		plain = u32(plain, e)
	}
	sealed, err := f.sealer.Seal(plain, []byte(sealAD))
	clear(plain)
	if err != nil {
		return fmt.Errorf("fleet: seal: %w", err)
	}
	if err := writeAtomic(f.dir, f.fileName(), sealed); err != nil {
		return fmt.Errorf("fleet: store: %w", err)
	}
	return nil
}

func (f *Fleet) load() error {
	path := filepath.Join(f.dir, f.fileName())
	sealed, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("fleet: %w", err)
	}
	plain, err := f.sealer.Unseal(sealed, []byte(sealAD))
	if err != nil {
		return fmt.Errorf("fleet: %s: unseal: %w", path, err)
	}
	defer clear(plain)
	bad := fmt.Errorf("fleet: %s: unknown format", path)
	if len(plain) < 9 || plain[0] != fileVersion {
		return bad
	}
	p := plain[1:]
	f.current = binary.BigEndian.Uint32(p)
	n := binary.BigEndian.Uint32(p[4:])
	p = p[8:]
	if uint64(len(p)) < uint64(n)*36+4 {
		return bad
	}
	for range n {
		e := binary.BigEndian.Uint32(p)
		f.epochs[e] = newEpochKeys(e, [32]byte(p[4:36]))
		p = p[36:]
	}
	m := binary.BigEndian.Uint32(p)
	p = p[4:]
	if uint64(len(p)) != uint64(m)*4 {
		return bad
	}
	for range m {
		f.retired[binary.BigEndian.Uint32(p)] = true
		p = p[4:]
	}
	f.log.Info("fleet: loaded sealed epochs", "epochs", len(f.epochs), "current", f.current, "retired", len(f.retired))
	return nil
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
