package registrar_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/dcap"
	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/registrar"
)

func identity(t *testing.T, reportType string) api.Identity {
	t.Helper()
	sk, _ := crypto.GenerateKey()
	ek, _ := crypto.GenerateKey()
	signer := crypto.PubkeyToAddress(sk.PublicKey)
	rd := protocol.ReportData(signer, &ek.PublicKey, [32]byte{})
	return api.Identity{Signer: signer, EncryptionKey: crypto.CompressPubkey(&ek.PublicKey), ReportType: reportType,
		Report: []byte("report bytes"), ReportData: rd[:], Insecure: reportType == "simulation"}
}

func TestRegistration(t *testing.T) {
	payee := common.Address{9}
	exp := time.Unix(2_000_000_000, 0)
	noCollateral := func(context.Context, *dcap.Quote) (*dcap.Collateral, error) { return nil, errors.New("unused") }
	cases := []struct {
		name    string
		id      func() api.Identity
		opts    registrar.Options
		payee   common.Address
		wantErr string
	}{
		{"simulation refused by default", func() api.Identity { return identity(t, "simulation") }, registrar.Options{}, payee, "simulation"},
		{"simulation allowed", func() api.Identity { return identity(t, "simulation") }, registrar.Options{AllowSimulation: true}, payee, ""},
		{"no payee", func() api.Identity { return identity(t, "simulation") }, registrar.Options{AllowSimulation: true}, common.Address{}, "payee"},
		{"report data binds other keys", func() api.Identity {
			id := identity(t, "simulation")
			id.Signer = common.Address{1}
			return id
		}, registrar.Options{AllowSimulation: true}, payee, "report data"},
		{"sgx without collateral", func() api.Identity { return identity(t, "sgx") }, registrar.Options{}, payee, "collateral"},
		{"sgx with a report that is not a quote", func() api.Identity { return identity(t, "sgx") }, registrar.Options{Collateral: noCollateral}, payee, "report"},
		{"unknown report type", func() api.Identity { return identity(t, "tdx") }, registrar.Options{}, payee, "unknown report type"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			id := tc.id()
			reg, err := registrar.Registration(context.Background(), id, tc.payee, exp, tc.opts)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err %v, want one mentioning %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reg.Simulated || reg.Signer != id.Signer || reg.Payee != payee || reg.ExpiresAt.Int64() != exp.Unix() ||
				reg.EvidenceDigest != sha256.Sum256(id.Report) || string(reg.EncryptionKey) != string(id.EncryptionKey) {
				t.Fatalf("registration %+v", reg)
			}
		})
	}
}
