package fleet

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/enclave/attest"
)

// The sealed fleet state (docs/formats.md "Fleet state"), big endian:
//
//	version (1) = 2 || chainId (32) || router (20) || governor (20) || R (32) ||
//	current (u32) || n (u32) || n × (epoch u32 || S_e 32) ||
//	m (u32) || m × (retired epoch u32 || governor's FleetRetire signature 65)
//
// Version 1 files (epoch secrets without a root or identity, before governance) are refused: the
// fleet must be re-created by a genesis order.
const (
	sealAD      = "teeoracle/fleet-state/v2"
	fileVersion = 2
	headerLen   = 1 + 32 + 20 + 20 + 32 + 4
	sigLen      = 65
)

func (f *Fleet) fileName() string {
	if f.mode == attest.ModeSGX {
		return SealedFile
	}
	return InsecureFile
}

func (f *Fleet) storeLocked() error {
	if f.root == nil {
		return errors.New("fleet: no root secret to store")
	}
	plain := []byte{fileVersion}
	var chain [32]byte
	f.ident.ChainID.FillBytes(chain[:])
	plain = append(plain, chain[:]...)
	plain = append(plain, f.ident.Router[:]...)
	plain = append(plain, f.ident.Governor[:]...)
	plain = append(plain, f.root[:]...)
	plain = u32(plain, f.current)
	plain = u32(plain, uint32(len(f.epochs)))
	for _, e := range sortedKeys(f.epochs) {
		plain = u32(plain, e)
		plain = append(plain, f.epochs[e].secret[:]...)
	}
	plain = u32(plain, uint32(len(f.retired)))
	for _, e := range sortedKeys(f.retired) {
		plain = u32(plain, e)
		sig := make([]byte, sigLen)
		copy(sig, f.retired[e])
		plain = append(plain, sig...)
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
		return fmt.Errorf("fleet: %s: unseal (a version 1 file from before fleet governance? re-create the fleet with a genesis order): %w", path, err)
	}
	defer clear(plain)
	bad := fmt.Errorf("fleet: %s: unknown format", path)
	if len(plain) < headerLen+4 || plain[0] != fileVersion {
		return bad
	}
	p := plain[1:]
	chainID := new(big.Int).SetBytes(p[:32])
	router, governor := common.BytesToAddress(p[32:52]), common.BytesToAddress(p[52:72])
	root := [32]byte(p[72:104])
	f.current = binary.BigEndian.Uint32(p[104:])
	n := binary.BigEndian.Uint32(p[108:])
	p = p[112:]
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
	if uint64(len(p)) != uint64(m)*(4+sigLen) {
		return bad
	}
	for range m {
		f.retired[binary.BigEndian.Uint32(p)] = append([]byte(nil), p[4:4+sigLen]...)
		p = p[4+sigLen:]
	}
	f.root, f.ident = &root, identityOf(chainID, router, governor, root)
	f.log.Info("fleet: loaded sealed state", "fleet_id", common.Hash(f.ident.FleetID).Hex(), "epochs", len(f.epochs),
		"current", f.current, "retired", len(f.retired))
	return nil
}
