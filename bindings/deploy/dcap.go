package deploy

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/bindings"
)

// DcapPolicy is the on-chain DCAP verifier's registration policy.
type DcapPolicy struct {
	// AcceptedStatuses are the accepted TCB status codes (dcap.TCBStatus.Code: 1 UpToDate ..
	// 6 OutOfDateConfigurationNeeded; 7 Revoked is never accepted).
	AcceptedStatuses []uint8
	// MaxCollateralAge refuses registrations whose TCB info, QE identity or CRLs were issued longer ago.
	MaxCollateralAge time.Duration
	// RegistrationTTL is how long a registration from a quote lasts.
	RegistrationTTL time.Duration
}

// DefaultDcapPolicy accepts UpToDate and SWHardeningNeeded platforms, collateral up to 35 days old
// (Intel reissues TCB info and QE identity every 30 days) and registrations for 30 days.
func DefaultDcapPolicy() DcapPolicy {
	return DcapPolicy{AcceptedStatuses: []uint8{1, 2}, MaxCollateralAge: 35 * 24 * time.Hour, RegistrationTTL: 30 * 24 * time.Hour}
}

// Binding is the policy as the contract takes it.
func (p DcapPolicy) Binding() (bindings.IDcapVerifierPolicy, error) {
	var mask uint16
	for _, s := range p.AcceptedStatuses {
		if s == 0 || s >= 7 {
			return bindings.IDcapVerifierPolicy{}, fmt.Errorf("deploy: TCB status code %d cannot be accepted", s)
		}
		mask |= 1 << s
	}
	age, ttl := p.MaxCollateralAge/time.Second, p.RegistrationTTL/time.Second
	if mask == 0 || age <= 0 || age > math.MaxUint32 || ttl <= 0 || ttl > math.MaxUint32 {
		return bindings.IDcapVerifierPolicy{}, fmt.Errorf("deploy: DCAP policy out of range: %+v", p)
	}
	return bindings.IDcapVerifierPolicy{AcceptedStatuses: mask, MaxCollateralAge: uint32(age), RegistrationTtl: uint32(ttl)}, nil
}

// DcapDeployment holds the on-chain DCAP contracts.
type DcapDeployment struct {
	Collateral common.Address
	Verifier   common.Address
}

// Dcap deploys DcapCollateral pinning rootDER (dcap.IntelRootDER() in production) and DcapVerifier
// (owned by auth.From, with policy p), and, when router is not zero, makes the router use the verifier
// for `registerEnclaveAttested` (auth must be the router's owner).
func Dcap(ctx context.Context, b Backend, auth *bind.TransactOpts, rootDER []byte, p DcapPolicy, router common.Address, commit func()) (*DcapDeployment, error) {
	policy, err := p.Binding()
	if err != nil {
		return nil, err
	}
	caddr, ctx1, err := bind.DeployContract(auth, common.FromHex(bindings.DcapCollateralMetaData.Bin), b,
		bindings.NewDcapCollateral().PackConstructor(rootDER))
	if err != nil {
		return nil, fmt.Errorf("deploy DcapCollateral: %w", err)
	}
	if _, err := Wait(ctx, b, ctx1, commit); err != nil {
		return nil, fmt.Errorf("deploy DcapCollateral: %w", err)
	}
	vaddr, vtx, err := bind.DeployContract(auth, common.FromHex(bindings.DcapVerifierMetaData.Bin), b,
		bindings.NewDcapVerifier().PackConstructor(caddr, auth.From, policy))
	if err != nil {
		return nil, fmt.Errorf("deploy DcapVerifier: %w", err)
	}
	if _, err := Wait(ctx, b, vtx, commit); err != nil {
		return nil, fmt.Errorf("deploy DcapVerifier: %w", err)
	}
	if router != (common.Address{}) {
		r := bindings.NewJobRouter()
		tx, err := bind.Transact(r.Instance(b, router), auth, r.PackSetDcapVerifier(vaddr))
		if err != nil {
			return nil, fmt.Errorf("setDcapVerifier: %w", err)
		}
		if _, err := Wait(ctx, b, tx, commit); err != nil {
			return nil, fmt.Errorf("setDcapVerifier: %w", err)
		}
	}
	return &DcapDeployment{Collateral: caddr, Verifier: vaddr}, nil
}
