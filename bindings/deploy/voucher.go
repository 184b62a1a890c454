package deploy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/bindings"
)

// VoucherEscrow describes a voucher escrow to deploy (contracts/src/VoucherEscrow.sol).
type VoucherEscrow struct {
	Owner          common.Address
	ProgramID      [32]byte
	ProgramVersion uint32
	// VoucherSigner is the code key address of that program version (`teeo program keys`).
	VoucherSigner common.Address
	JobTTL        uint32
	Denominations []*big.Int
}

// DeployVoucherEscrow deploys a VoucherEscrow bound to router.
func DeployVoucherEscrow(ctx context.Context, b Backend, auth *bind.TransactOpts, router common.Address, v VoucherEscrow, commit func()) (common.Address, error) {
	input := bindings.NewVoucherEscrow().PackConstructor(router, v.Owner, v.ProgramID, v.ProgramVersion, v.VoucherSigner, v.JobTTL, v.Denominations)
	addr, tx, err := bind.DeployContract(auth, common.FromHex(bindings.VoucherEscrowMetaData.Bin), b, input)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy VoucherEscrow: %w", err)
	}
	_, err = Wait(ctx, b, tx, commit)
	return addr, err
}
