package fleet

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/teeoracle/teeoracle/protocol"
	"maps"
	"time"

	chpke "github.com/cloudflare/circl/hpke"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/attest"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// Joining (both sides run inside their enclaves; the host and relayer only carry the bytes):
//
//  1. joiner  MakeJoinRequest(fleetId): fresh X-Wing transport key pair and 32-byte nonce, kept in
//     memory for this attempt; evidence binding sha256(transportKey || nonce || fleetId). A fresh
//     enclave must name the fleet it joins (the relayer reads it from the router); an enclave in a
//     fleet joins only its own.
//  2. holder  Offer: refuses another fleet id and a transport key that is not X-Wing (the secrets
//     behind the fleet's X-Wing keys never cross a classical-only channel); verifies the joiner's
//     evidence (DCAP quote + collateral, or simulated) under the compiled policy and its binding;
//     sets up an HPKE context to the transport key (info "teeoracle/v2/fleet-transport"), writes a
//     body naming the fleet identity, the joiner's evidence hash, the nonce, the epochs, the
//     governor's retirement orders and the HPKE enc; issues its own evidence binding sha256(body);
//     seals R || epoch secrets with aad = joinerEvidenceHash || holderEvidenceHash || nonce || fleetId.
//  3. joiner  Accept: the nonce must name a pending attempt of this enclave (else: replayed, or a
//     response for another joiner); verifies the holder's evidence under the same policy and its
//     binding of the body; the body must name this attempt's evidence hash and fleet id; opens the
//     ciphertext (whose enc the holder attested); recomputes the fleet id from the body's chain,
//     router, governor and the received R; verifies each retirement order against the governor;
//     installs what it lacked and seals.
//
// Replays and swaps: the transport key and nonce are fresh per attempt and an attempt is consumed
// by its first successful accept, so a replayed response fails (ErrReplayed); a response made for
// another joiner or attempt names another nonce (ErrNotForThisJoiner) or another evidence hash
// (ErrWrongJoiner), and cannot be re-targeted without breaking the holder's evidence binding. A
// replayed request only yields a response sealed to the original joiner's transport key. A holder
// of another fleet (a staging fleet built by the same signer) is refused by its fleet id.

// JoinVersion is the version of the join messages.
const JoinVersion = 3

const (
	transportInfo      = "teeoracle/v2/fleet-transport"
	maxPendingAttempts = 16
	attemptTTL         = 10 * time.Minute
	maxUsedNonces      = 4096
)

// TransportSuite is the HPKE suite of the key transport: X-Wing, never X25519 alone.
const TransportSuite = hpke.SuiteXWing

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
	fleetID  [32]byte
	priv     *hpke.PrivateKey
	evHash   [32]byte
	created  time.Time
	nonce    [32]byte
	pubBytes []byte
}

// MakeJoinRequest starts a join attempt (joiner side) into the fleet fleetID (zero: this
// enclave's own fleet).
func (f *Fleet) MakeJoinRequest(fleetID [32]byte) (api.JoinRequest, error) {
	own := f.FleetID()
	switch {
	case fleetID == [32]byte{} && own == [32]byte{}:
		return api.JoinRequest{}, fmt.Errorf("%w: a fresh enclave must name the fleet it joins (the router's fleetId)", ErrBadMessage)
	case fleetID == [32]byte{}:
		fleetID = own
	case own != [32]byte{} && fleetID != own:
		return api.JoinRequest{}, fmt.Errorf("%w: this enclave is in fleet %x, asked to join %x", ErrFleetMismatch, own[:8], fleetID[:8])
	}
	priv, err := hpke.GenerateKeyPair(TransportSuite, nil)
	if err != nil {
		return api.JoinRequest{}, fmt.Errorf("fleet: transport key: %w", err)
	}
	pubBytes := priv.Public().Bytes()
	var nonce [32]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return api.JoinRequest{}, err
	}
	ev, err := f.evidence(reportData(requestBinding(pubBytes, nonce, fleetID), tagJoinRequest))
	if err != nil {
		return api.JoinRequest{}, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.expireLocked()
	if len(f.attempts) >= maxPendingAttempts {
		return api.JoinRequest{}, fmt.Errorf("fleet: %d join attempts pending; retry later", len(f.attempts))
	}
	f.attempts[nonce] = &attempt{fleetID: fleetID, priv: priv, evHash: evidenceHash(ev), created: f.now(), nonce: nonce, pubBytes: pubBytes}
	return api.JoinRequest{Version: JoinVersion, FleetID: fleetID, TransportKey: pubBytes, Nonce: nonce, Evidence: ev}, nil
}

func (f *Fleet) expireLocked() {
	for n, a := range f.attempts {
		if f.now().Sub(a.created) > attemptTTL || a.created.After(f.now().Add(attemptTTL)) {
			delete(f.attempts, n)
		}
	}
}

func requestBinding(transportKey []byte, nonce, fleetID [32]byte) [32]byte {
	b := append(bytes.Clone(transportKey), nonce[:]...)
	return sha256.Sum256(append(b, fleetID[:]...))
}

func transportAAD(joinerEv, holderEv, nonce, fleetID [32]byte) []byte {
	aad := make([]byte, 0, 128)
	aad = append(aad, joinerEv[:]...)
	aad = append(aad, holderEv[:]...)
	aad = append(aad, nonce[:]...)
	return append(aad, fleetID[:]...)
}

// Offer answers a join request (holder side): it verifies the joiner's evidence inside this
// enclave and returns the root and epoch secrets sealed to the joiner's X-Wing transport key.
func (f *Fleet) Offer(req api.JoinRequest) (api.JoinResponse, error) {
	if req.Version != JoinVersion {
		return api.JoinResponse{}, fmt.Errorf("%w: version %d, want %d", ErrBadMessage, req.Version, JoinVersion)
	}
	if _, err := hpke.ParsePublicKey(TransportSuite, req.TransportKey); err != nil {
		return api.JoinResponse{}, fmt.Errorf("%w: the transport key must be an X-Wing key (%d bytes); a classical-only transport is refused: %v",
			ErrBadMessage, TransportSuite.PublicKeySize(), err)
	}
	id, ok := f.Identity()
	if !ok {
		return api.JoinResponse{}, ErrNoFleet
	}
	if req.FleetID != id.FleetID {
		return api.JoinResponse{}, fmt.Errorf("%w: the joiner asks for fleet %x, this enclave is in %x", ErrFleetMismatch, req.FleetID[:8], id.FleetID[:8])
	}
	if err := f.checkEvidence(req.Evidence, reportData(requestBinding(req.TransportKey, req.Nonce, req.FleetID), tagJoinRequest)); err != nil {
		f.log.Warn("fleet: join request refused", "err", err)
		return api.JoinResponse{}, err
	}
	joinerEv := evidenceHash(req.Evidence)

	f.mu.RLock()
	epochs := sortedKeys(f.epochs)
	pt := append([]byte(nil), f.root[:]...)
	for _, e := range epochs {
		pt = u32(pt, e)
		pt = append(pt, f.epochs[e].secret[:]...)
	}
	current := f.current
	f.mu.RUnlock()
	defer clear(pt)
	body := api.JoinResponseBody{
		Version: JoinVersion, Mode: string(f.mode), FleetID: id.FleetID, ChainID: (*hexutil.Big)(id.ChainID),
		Router: id.Router, Governor: id.Governor, JoinerEvidenceHash: joinerEv, Nonce: req.Nonce,
		Current: current, Epochs: epochs, Retired: f.RetireOrders(),
	}

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
	ct, err := ts.seal(transportAAD(joinerEv, evidenceHash(ev), req.Nonce, id.FleetID), pt)
	if err != nil {
		return api.JoinResponse{}, err
	}
	f.log.Info("fleet: offered the fleet secrets to an attested joiner", "epochs", epochs, "joiner_evidence", fmt.Sprintf("%x", joinerEv[:8]))
	return api.JoinResponse{Body: bodyBytes, Evidence: ev, Ciphertext: ct}, nil
}

// Accept completes a join attempt (joiner side): it verifies the holder's evidence inside this
// enclave, opens the secrets, checks the fleet identity and the retirement orders, and installs
// (and seals) what it did not hold. It returns the epochs installed.
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
	if body.FleetID != att.fleetID {
		return nil, fmt.Errorf("%w: the holder is in fleet %x, this attempt joins %x", ErrFleetMismatch, body.FleetID[:8], att.fleetID[:8])
	}
	if body.ChainID == nil || body.ChainID.ToInt().Sign() <= 0 {
		return nil, fmt.Errorf("%w: no chain id", ErrBadMessage)
	}
	enc, err := transportEnc(resp.Ciphertext)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(enc, body.Enc) {
		return nil, fmt.Errorf("%w: enc differs from the attested body's", ErrTransport)
	}
	pt, err := hpke.Open(att.priv, hpke.PurposeFleetTransport, transportAAD(att.evHash, evidenceHash(resp.Evidence), att.nonce, att.fleetID), resp.Ciphertext)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrTransport, err)
	}
	defer clear(pt)
	if len(pt) != 32+36*len(body.Epochs) {
		return nil, fmt.Errorf("%w: %d bytes for %d epochs", ErrTransport, len(pt), len(body.Epochs))
	}
	root := [32]byte(pt[:32])
	ident := identityOf(body.ChainID.ToInt(), body.Router, body.Governor, root)
	if ident.FleetID != body.FleetID {
		return nil, fmt.Errorf("%w: the root secret and identity received make fleet %x, the body says %x", ErrFleetMismatch, ident.FleetID[:8], body.FleetID[:8])
	}
	got := map[uint32][32]byte{}
	for i := range body.Epochs {
		rec := pt[32+36*i : 32+36*i+36]
		e := binary.BigEndian.Uint32(rec)
		if e != body.Epochs[i] || e == 0 {
			return nil, fmt.Errorf("%w: epoch %d in the ciphertext, %d in the body", ErrTransport, e, body.Epochs[i])
		}
		got[e] = [32]byte(rec[4:])
	}
	retire := map[uint32][]byte{}
	for _, o := range body.Retired {
		signer, err := protocol.RecoverOrderSigner(ident.Domain().RetireDigest(ident.FleetID, o.Epoch), o.Signature)
		if o.FleetID != ident.FleetID || err != nil || signer != ident.Governor {
			return nil, fmt.Errorf("%w: retirement of epoch %d carried in the offer is not the governor's (%v)", ErrOrder, o.Epoch, err)
		}
		retire[o.Epoch] = o.Signature
	}

	f.mu.Lock()
	defer f.mu.Unlock()
	if f.attempts[body.Nonce] != att {
		return nil, ErrReplayed // a concurrent accept of the same attempt won
	}
	if f.root != nil && (*f.root != root || f.ident.FleetID != ident.FleetID) {
		return nil, fmt.Errorf("%w: root secret", ErrEpochConflict)
	}
	for e, s := range got {
		if k, ok := f.epochs[e]; ok && k.secret != s {
			return nil, fmt.Errorf("%w: epoch %d", ErrEpochConflict, e)
		}
	}
	prevEpochs, prevRetired, prevCur, prevRoot, prevIdent := maps.Clone(f.epochs), maps.Clone(f.retired), f.current, f.root, f.ident
	f.root, f.ident = &root, ident
	var installed []uint32
	for _, e := range body.Epochs {
		if _, gone := f.retired[e]; gone {
			continue
		}
		if _, gone := retire[e]; gone {
			continue
		}
		if _, ok := f.epochs[e]; !ok {
			f.epochs[e] = newEpochKeys(e, got[e])
			installed = append(installed, e)
		}
	}
	for e := range f.epochs {
		f.current = max(f.current, e)
	}
	for _, e := range sortedKeys(retire) {
		if _, ok := f.retired[e]; ok || e >= f.current {
			continue // never the highest epoch held (the governor's order came with higher ones)
		}
		delete(f.epochs, e) // retired by the governor: gone here too
		f.retired[e] = retire[e]
	}
	if err := f.storeLocked(); err != nil {
		f.epochs, f.retired, f.current, f.root, f.ident = prevEpochs, prevRetired, prevCur, prevRoot, prevIdent
		return nil, err
	}
	delete(f.attempts, body.Nonce)
	if len(f.used) >= maxUsedNonces {
		clear(f.used)
	}
	f.used[body.Nonce] = true
	f.log.Info("fleet: joined; epochs installed", "fleet_id", hexutil.Encode(ident.FleetID[:]), "installed", installed, "current", f.current)
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
	kemID, kdfID, aeadID := TransportSuite.IDs()
	pk, err := chpke.KEM(kemID).Scheme().UnmarshalBinaryPublicKey(transportKey)
	if err != nil {
		return nil, fmt.Errorf("%w: transport key: %v", ErrBadMessage, err)
	}
	sender, err := chpke.NewSuite(chpke.KEM(kemID), chpke.KDF(kdfID), chpke.AEAD(aeadID)).NewSender(pk, []byte(hpke.InfoPrefix+hpke.PurposeFleetTransport))
	if err != nil {
		return nil, fmt.Errorf("fleet: hpke sender: %w", err)
	}
	enc, sealer, err := sender.Setup(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("fleet: hpke setup: %w", err)
	}
	return &transportSealer{header: hpke.AppendHeader(nil, TransportSuite, 0), enc: enc, sealer: sealer}, nil
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
	if err != nil || suite != TransportSuite || epoch != 0 {
		return nil, fmt.Errorf("%w: not a fleet-transport envelope (%v)", ErrTransport, err)
	}
	if len(b) < hpke.HeaderSize+suite.EncSize() {
		return nil, fmt.Errorf("%w: truncated", ErrTransport)
	}
	return b[hpke.HeaderSize : hpke.HeaderSize+suite.EncSize()], nil
}
