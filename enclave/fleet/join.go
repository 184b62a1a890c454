package fleet

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	chpke "github.com/cloudflare/circl/hpke"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/attest"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// Joining (both sides run inside their enclaves; the host and relayer only carry the bytes):
//
//  1. joiner  MakeJoinRequest: fresh X25519 transport key pair and 32-byte nonce, kept in memory
//     for this attempt; evidence binding sha256(transportKey || nonce).
//  2. holder  Offer: verifies the joiner's evidence (DCAP quote + collateral, or simulated) under
//     the compiled policy and its binding; sets up an HPKE context to the transport key (info
//     "teeoracle/v2/fleet-transport"), writes a body naming the joiner's evidence hash, the nonce,
//     the epochs and the HPKE enc; issues its own evidence binding sha256(body); seals the epoch
//     secrets with aad = joinerEvidenceHash || holderEvidenceHash || nonce.
//  3. joiner  Accept: the nonce must name a pending attempt of this enclave (else: replayed, or a
//     response for another joiner); verifies the holder's evidence under the same policy and its
//     binding of the body; the body must name this attempt's evidence hash; opens the ciphertext
//     (whose enc the holder attested, so nobody without the holder's ephemeral key or the
//     transport key could have made it); installs the epochs and seals them.
//
// Replays and swaps: the transport key and nonce are fresh per attempt and an attempt is consumed
// by its first successful accept, so a replayed response fails (ErrReplayed); a response made for
// another joiner or attempt names another nonce (ErrNotForThisJoiner) or another evidence hash
// (ErrWrongJoiner), and cannot be re-targeted without breaking the holder's evidence binding. A
// replayed request only yields a response sealed to the original joiner's transport key.

// JoinVersion is the version of the join messages.
const JoinVersion = 1

const (
	transportInfo      = "teeoracle/v2/fleet-transport"
	maxPendingAttempts = 16
	attemptTTL         = 10 * time.Minute
	maxUsedNonces      = 4096
)

// Join errors (besides the evidence refusals in policy.go).
var (
	// ErrReplayed: a response for an attempt this enclave already completed.
	ErrReplayed = errors.New("fleet: join response replayed (attempt already completed)")
	// ErrNotForThisJoiner: a response for an attempt this enclave never made (another joiner's).
	ErrNotForThisJoiner = errors.New("fleet: join response is not for a pending attempt of this enclave")
	// ErrWrongJoiner: the response names another joiner's evidence.
	ErrWrongJoiner = errors.New("fleet: join response names another joiner's evidence")
	// ErrBadMessage: a malformed join message.
	ErrBadMessage = errors.New("fleet: malformed join message")
	// ErrTransport: the sealed secrets do not open or do not match the attested body.
	ErrTransport = errors.New("fleet: key transport ciphertext invalid")
)

type attempt struct {
	priv     *hpke.PrivateKey
	evHash   [32]byte
	created  time.Time
	nonce    [32]byte
	pubBytes []byte
}

// MakeJoinRequest starts a join attempt (joiner side).
func (f *Fleet) MakeJoinRequest() (api.JoinRequest, error) {
	priv, err := hpke.GenerateKeyPair(hpke.SuiteX25519, nil)
	if err != nil {
		return api.JoinRequest{}, fmt.Errorf("fleet: transport key: %w", err)
	}
	pubBytes := priv.Public().Bytes()
	var nonce [32]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return api.JoinRequest{}, err
	}
	ev, err := f.evidence(reportData(requestBinding(pubBytes, nonce), tagJoinRequest))
	if err != nil {
		return api.JoinRequest{}, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.expireLocked()
	if len(f.attempts) >= maxPendingAttempts {
		return api.JoinRequest{}, fmt.Errorf("fleet: %d join attempts pending; retry later", len(f.attempts))
	}
	f.attempts[nonce] = &attempt{priv: priv, evHash: evidenceHash(ev), created: f.now(), nonce: nonce, pubBytes: pubBytes}
	return api.JoinRequest{Version: JoinVersion, TransportKey: pubBytes, Nonce: nonce, Evidence: ev}, nil
}

func (f *Fleet) expireLocked() {
	for n, a := range f.attempts {
		if f.now().Sub(a.created) > attemptTTL || a.created.After(f.now().Add(attemptTTL)) {
			delete(f.attempts, n)
		}
	}
}

func requestBinding(transportKey []byte, nonce [32]byte) [32]byte {
	return sha256.Sum256(append(bytes.Clone(transportKey), nonce[:]...))
}

func transportAAD(joinerEv, holderEv, nonce [32]byte) []byte {
	aad := make([]byte, 0, 96)
	aad = append(aad, joinerEv[:]...)
	aad = append(aad, holderEv[:]...)
	return append(aad, nonce[:]...)
}

// Offer answers a join request (holder side): it verifies the joiner's evidence inside this
// enclave and returns the epoch secrets sealed to the joiner's transport key.
func (f *Fleet) Offer(req api.JoinRequest) (api.JoinResponse, error) {
	if req.Version != JoinVersion {
		return api.JoinResponse{}, fmt.Errorf("%w: version %d", ErrBadMessage, req.Version)
	}
	if _, err := transportKEM().UnmarshalBinaryPublicKey(req.TransportKey); err != nil {
		return api.JoinResponse{}, fmt.Errorf("%w: transport key: %v", ErrBadMessage, err)
	}
	if err := f.checkEvidence(req.Evidence, reportData(requestBinding(req.TransportKey, req.Nonce), tagJoinRequest)); err != nil {
		f.log.Warn("fleet: join request refused", "err", err)
		return api.JoinResponse{}, err
	}
	joinerEv := evidenceHash(req.Evidence)

	f.mu.RLock()
	if f.current == 0 {
		f.mu.RUnlock()
		return api.JoinResponse{}, ErrNoFleet
	}
	epochs := sortedKeys(f.epochs)
	var pt []byte
	for _, e := range epochs {
		pt = u32(pt, e)
		pt = append(pt, f.epochs[e].secret[:]...)
	}
	body := api.JoinResponseBody{
		Version: JoinVersion, Mode: string(f.mode), JoinerEvidenceHash: joinerEv, Nonce: req.Nonce,
		Current: f.current, Epochs: epochs, Retired: sortedKeys(f.retired),
	}
	f.mu.RUnlock()
	defer clear(pt)

	ts, err := newTransportSealer(req.TransportKey)
	if err != nil {
		return api.JoinResponse{}, err
	}
	body.Enc = ts.enc
	bodyBytes, err := json.Marshal(body)
	if err != nil {
		return api.JoinResponse{}, err
	}
	ev, err := f.evidence(reportData(sha256.Sum256(bodyBytes), tagJoinResponse))
	if err != nil {
		return api.JoinResponse{}, err
	}
	ct, err := ts.seal(transportAAD(joinerEv, evidenceHash(ev), req.Nonce), pt)
	if err != nil {
		return api.JoinResponse{}, err
	}
	f.log.Info("fleet: offered epochs to an attested joiner", "epochs", epochs, "joiner_evidence", fmt.Sprintf("%x", joinerEv[:8]))
	return api.JoinResponse{Body: bodyBytes, Evidence: ev, Ciphertext: ct}, nil
}

// Accept completes a join attempt (joiner side): it verifies the holder's evidence inside this
// enclave, opens the secrets and installs (and seals) the epochs it did not hold. It returns the
// epochs installed.
func (f *Fleet) Accept(resp api.JoinResponse) ([]uint32, error) {
	var body api.JoinResponseBody
	if err := json.Unmarshal(resp.Body, &body); err != nil {
		return nil, fmt.Errorf("%w: body: %v", ErrBadMessage, err)
	}
	if body.Version != JoinVersion {
		return nil, fmt.Errorf("%w: version %d", ErrBadMessage, body.Version)
	}
	f.mu.Lock()
	f.expireLocked()
	att := f.attempts[body.Nonce]
	used := f.used[body.Nonce]
	f.mu.Unlock()
	switch {
	case att == nil && used:
		return nil, ErrReplayed
	case att == nil:
		return nil, ErrNotForThisJoiner
	case att.evHash != body.JoinerEvidenceHash:
		return nil, ErrWrongJoiner
	}
	if err := f.checkEvidence(resp.Evidence, reportData(sha256.Sum256(resp.Body), tagJoinResponse)); err != nil {
		f.log.Warn("fleet: join response refused", "err", err)
		return nil, err
	}
	if attest.Mode(body.Mode) != f.mode {
		return nil, refused(ErrModeMismatch, "holder body says %q", body.Mode)
	}
	enc, err := transportEnc(resp.Ciphertext)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(enc, body.Enc) {
		return nil, fmt.Errorf("%w: enc differs from the attested body's", ErrTransport)
	}
	pt, err := hpke.Open(att.priv, hpke.PurposeFleetTransport, transportAAD(att.evHash, evidenceHash(resp.Evidence), att.nonce), resp.Ciphertext)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrTransport, err)
	}
	defer clear(pt)
	if len(pt) != 36*len(body.Epochs) {
		return nil, fmt.Errorf("%w: %d bytes for %d epochs", ErrTransport, len(pt), len(body.Epochs))
	}
	got := map[uint32][32]byte{}
	for i := range body.Epochs {
		rec := pt[36*i : 36*i+36]
		e := binary.BigEndian.Uint32(rec)
		if e != body.Epochs[i] || e == 0 {
			return nil, fmt.Errorf("%w: epoch %d in the ciphertext, %d in the body", ErrTransport, e, body.Epochs[i])
		}
		got[e] = [32]byte(rec[4:])
	}

	f.mu.Lock()
	defer f.mu.Unlock()
	if f.attempts[body.Nonce] != att {
		return nil, ErrReplayed // a concurrent accept of the same attempt won
	}
	for e, s := range got {
		if k, ok := f.epochs[e]; ok && k.secret != s {
			return nil, fmt.Errorf("%w: epoch %d", ErrEpochConflict, e)
		}
	}
	prevEpochs, prevRetired, prevCur := maps.Clone(f.epochs), maps.Clone(f.retired), f.current
	var installed []uint32
	for _, e := range body.Epochs {
		if f.retired[e] || slices.Contains(body.Retired, e) {
			continue
		}
		if _, ok := f.epochs[e]; !ok {
			f.epochs[e] = newEpochKeys(e, got[e])
			installed = append(installed, e)
		}
	}
	for _, e := range body.Retired {
		delete(f.epochs, e) // retired by the holder: gone here too
		f.retired[e] = true
	}
	for e := range f.epochs {
		f.current = max(f.current, e)
	}
	if err := f.storeLocked(); err != nil {
		f.epochs, f.retired, f.current = prevEpochs, prevRetired, prevCur
		return nil, err
	}
	delete(f.attempts, body.Nonce)
	if len(f.used) >= maxUsedNonces {
		clear(f.used)
	}
	f.used[body.Nonce] = true
	f.log.Info("fleet: joined; epochs installed", "installed", installed, "current", f.current)
	return installed, nil
}

// sealTransport seals the secrets exactly as hpke.Seal(pk, 0, PurposeFleetTransport, aad, pt)
// would (same envelope bytes, same AEAD associated data = header || aad), but in two steps: the
// HPKE enc is fixed first so that the holder's evidence can bind it before the aad (which contains
// the holder's evidence hash) is known. The joiner opens with hpke.Open.
type transportSealer struct {
	header, enc []byte
	sealer      chpke.Sealer
}

func newTransportSealer(transportKey []byte) (*transportSealer, error) {
	pk, err := transportKEM().UnmarshalBinaryPublicKey(transportKey)
	if err != nil {
		return nil, fmt.Errorf("%w: transport key: %v", ErrBadMessage, err)
	}
	kemID, kdfID, aeadID := hpke.SuiteX25519.IDs()
	sender, err := chpke.NewSuite(chpke.KEM(kemID), chpke.KDF(kdfID), chpke.AEAD(aeadID)).NewSender(pk, []byte(hpke.InfoPrefix+hpke.PurposeFleetTransport))
	if err != nil {
		return nil, fmt.Errorf("fleet: hpke sender: %w", err)
	}
	enc, sealer, err := sender.Setup(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("fleet: hpke setup: %w", err)
	}
	return &transportSealer{header: hpke.AppendHeader(nil, hpke.SuiteX25519, 0), enc: enc, sealer: sealer}, nil
}

func (t *transportSealer) seal(aad, pt []byte) ([]byte, error) {
	ct, err := t.sealer.Seal(pt, append(bytes.Clone(t.header), aad...))
	if err != nil {
		return nil, fmt.Errorf("fleet: hpke seal: %w", err)
	}
	out := append(bytes.Clone(t.header), t.enc...)
	return append(out, ct...), nil
}

// transportEnc returns the enc of a fleet-transport envelope.
func transportEnc(b []byte) ([]byte, error) {
	suite, epoch, err := hpke.Header(b)
	if err != nil || suite != hpke.SuiteX25519 || epoch != 0 {
		return nil, fmt.Errorf("%w: not a fleet-transport envelope (%v)", ErrTransport, err)
	}
	return b[hpke.HeaderSize : hpke.HeaderSize+suite.EncSize()], nil
}
