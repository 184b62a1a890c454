// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ArtMinterToken is an auto generated low-level Go binding around an user-defined struct.
type ArtMinterToken struct {
	State  uint8
	Status uint8
	Minter common.Address
	JobFee *big.Int
	JobId  [32]byte
	Price  *big.Int
}

// CreditCheckDecision is an auto generated low-level Go binding around an user-defined struct.
type CreditCheckDecision struct {
	State     uint8
	Status    uint8
	UpdatedAt *big.Int
	JobId     [32]byte
}

// DcapCollateralCaCert is an auto generated low-level Go binding around an user-defined struct.
type DcapCollateralCaCert struct {
	X          *big.Int
	Y          *big.Int
	NotBefore  *big.Int
	NotAfter   *big.Int
	Kind       uint8
	SerialHash [32]byte
}

// DcapCollateralContext is an auto generated low-level Go binding around an user-defined struct.
type DcapCollateralContext struct {
	PckCa        DcapCollateralCaCert
	PckCaRevoked bool
	LeafRevoked  bool
	PckCrl       DcapCollateralCrlRecord
	RootCrl      DcapCollateralCrlRecord
	TcbInfo      DcapCollateralTcbInfoRecord
	TcbLevels    []*big.Int
	QeIdentity   DcapCollateralQeIdentityRecord
	QeLevels     []*big.Int
}

// DcapCollateralCrlRecord is an auto generated low-level Go binding around an user-defined struct.
type DcapCollateralCrlRecord struct {
	ThisUpdate        *big.Int
	NextUpdate        *big.Int
	PendingThisUpdate *big.Int
	PendingNextEntry  uint32
}

// DcapCollateralQeIdentityRecord is an auto generated low-level Go binding around an user-defined struct.
type DcapCollateralQeIdentityRecord struct {
	IssueDate            *big.Int
	NextUpdate           *big.Int
	EvaluationDataNumber uint32
	IsvProdId            uint16
	Miscselect           [4]byte
	MiscselectMask       [4]byte
	LevelCount           uint8
	Attributes           [16]byte
	AttributesMask       [16]byte
	MrSigner             [32]byte
}

// DcapCollateralTcbInfoRecord is an auto generated low-level Go binding around an user-defined struct.
type DcapCollateralTcbInfoRecord struct {
	IssueDate            *big.Int
	NextUpdate           *big.Int
	EvaluationDataNumber uint32
	PceId                [2]byte
	LevelCount           uint8
}

// IDcapVerifierPolicy is an auto generated low-level Go binding around an user-defined struct.
type IDcapVerifierPolicy struct {
	AcceptedStatuses uint16
	MaxCollateralAge uint32
	RegistrationTtl  uint32
}

// IDcapVerifierVerified is an auto generated low-level Go binding around an user-defined struct.
type IDcapVerifierVerified struct {
	MrEnclave   [32]byte
	MrSigner    [32]byte
	ProductId   uint16
	Svn         uint16
	Debug       bool
	ReportData0 [32]byte
	ReportData1 [32]byte
	TcbStatus   uint8
	Platform    [32]byte
	ValidUntil  *big.Int
	QuoteDigest [32]byte
}

// IEnclaveRegistryAttestedRegistration is an auto generated low-level Go binding around an user-defined struct.
type IEnclaveRegistryAttestedRegistration struct {
	Quote          []byte
	PckCertificate []byte
	Signer         common.Address
	EncryptionKey  []byte
	Payee          common.Address
	PayeeNonce     uint32
	PayeeSigR      [32]byte
	PayeeSigVS     [32]byte
}

// IEnclaveRegistryEnclave is an auto generated low-level Go binding around an user-defined struct.
type IEnclaveRegistryEnclave struct {
	Fees      *big.Int
	ExpiresAt *big.Int
	State     uint8
}

// IEnclaveRegistryEnclaveInfo is an auto generated low-level Go binding around an user-defined struct.
type IEnclaveRegistryEnclaveInfo struct {
	Payee          common.Address
	Simulated      bool
	Svn            uint16
	Measurement    [32]byte
	MrEnclave      [32]byte
	EvidenceDigest [32]byte
	EncryptionKey  []byte
}

// IEnclaveRegistryRegistration is an auto generated low-level Go binding around an user-defined struct.
type IEnclaveRegistryRegistration struct {
	Signer         common.Address
	Payee          common.Address
	ExpiresAt      *big.Int
	Simulated      bool
	MrEnclave      [32]byte
	MrSigner       [32]byte
	ProductId      uint16
	Svn            uint16
	EvidenceDigest [32]byte
	EncryptionKey  []byte
}

// IJobRouterConfig is an auto generated low-level Go binding around an user-defined struct.
type IJobRouterConfig struct {
	Nonce          *big.Int
	CurrentEpoch   uint32
	Paused         bool
	MaxInputBytes  *big.Int
	MaxCallbackGas *big.Int
	MinTtl         uint16
	MaxTtl         *big.Int
	MinGasPrice    *big.Int
	BaseFeePercent uint8
	OverheadKGas   uint8
	FlatFeeGwei    uint32
}

// IJobRouterFees is an auto generated low-level Go binding around an user-defined struct.
type IJobRouterFees struct {
	FlatFeeGwei    uint32
	MinGasPrice    *big.Int
	BaseFeePercent uint8
	OverheadKGas   uint8
}

// IJobRouterFulfillment is an auto generated low-level Go binding around an user-defined struct.
type IJobRouterFulfillment struct {
	JobId   [32]byte
	Request IJobRouterRequest
	Status  uint8
	Output  []byte
	R       [32]byte
	Vs      [32]byte
}

// IJobRouterRequest is an auto generated low-level Go binding around an user-defined struct.
type IJobRouterRequest struct {
	Requester        common.Address
	User             common.Address
	ProgramId        [32]byte
	Version          uint32
	Epoch            uint32
	InputHash        [32]byte
	CallbackGasLimit uint32
	Fee              *big.Int
	AuthorFee        *big.Int
	Deadline         *big.Int
}

// IProgramRegistryProgram is an auto generated low-level Go binding around an user-defined struct.
type IProgramRegistryProgram struct {
	AuthorFee            *big.Int
	CurrentVersion       uint32
	MinVersion           uint32
	Flags                uint8
	Earnings             *big.Int
	NextAuthorFee        *big.Int
	AuthorFeeEffectiveAt *big.Int
	Author               common.Address
}

// IProgramRegistryVersion is an auto generated low-level Go binding around an user-defined struct.
type IProgramRegistryVersion struct {
	CodeHash [32]byte
	Cid      string
}

// TradeConsumerOrder is an auto generated low-level Go binding around an user-defined struct.
type TradeConsumerOrder struct {
	State      uint8
	Status     uint8
	Buy        bool
	Quantity   uint64
	LimitPrice uint64
	FilledQty  *big.Int
	AvgPrice   *big.Int
}

// ArtMinterMetaData contains all meta data concerning the ArtMinter contract.
var ArtMinterMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"router_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId_\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"price_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"jobFee_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"artist_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"ttl_\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"CALLBACK_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_CID_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"artCid\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"artURI\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"artist\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"credits\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getApproved\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isApprovedForAll\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jobFee\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jobInput\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"maxJobFee\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"mint\",\"inputs\":[],\"outputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"mintSealed\",\"inputs\":[{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextTokenId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onJobResult\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ownerOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"price\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"programId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reclaim\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"router\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIJobRouter\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"safeTransferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"safeTransferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"seedOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setApprovalForAll\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"approved\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPricing\",\"inputs\":[{\"name\":\"price_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxJobFee_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tokenInfo\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structArtMinter.Token\",\"components\":[{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumArtMinter.TokenState\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"jobFee\",\"type\":\"uint80\",\"internalType\":\"uint80\"},{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tokenOfJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tokenURI\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ttl\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"approved\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ApprovalForAll\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"approved\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ArtDelivered\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"minter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"cid\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MintExpired\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"minter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MintFailed\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"minter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MintRequested\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"minter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PricingSet\",\"inputs\":[{\"name\":\"price\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"maxJobFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BadPricing\",\"inputs\":[{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"jobFee\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC721IncorrectOwner\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InsufficientApproval\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidOperator\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721NonexistentToken\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"JobFeeAboveCap\",\"inputs\":[{\"name\":\"quote\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxJobFee\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotArtist\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotPending\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotSealed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OnlyRouter\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StringsInsufficientHexLength\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TransferFailed\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnexpectedEther\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"WrongPrice\",\"inputs\":[{\"name\":\"sent\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "ArtMinter",
	Bin: "0x6101006040526001600855348015610015575f5ffd5b50604051613fd5380380613fd58339810160408190526100349161016a565b856040518060400160405280600e81526020016d1511514813dc9858db1948105c9d60921b8152506040518060400160405280600681526020016515115150549560d21b815250815f9081610089919061026b565b506001610096828261026b565b5050506001600160a01b0316608052838311806100b957506001600160501b0383115b156100e55760405163fa01a34560e01b8152600481018590526024810184905260440160405180910390fd5b60a0859052600684905560078390556001600160a01b03821660c05263ffffffff811660e05260408051858152602081018590527f36ba93333830a826d04aff7312c1880a36fc93156e4681b87a9d3dbd350dbb6e910160405180910390a1505050505050610325565b80516001600160a01b0381168114610165575f5ffd5b919050565b5f5f5f5f5f5f60c0878903121561017f575f5ffd5b6101888761014f565b6020880151604089015160608a0151929850909650945092506101ad6080880161014f565b915060a087015163ffffffff811681146101c5575f5ffd5b809150509295509295509295565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806101fb57607f821691505b60208210810361021957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561026657805f5260205f20601f840160051c810160208510156102445750805b601f840160051c820191505b81811015610263575f8155600101610250565b50505b505050565b81516001600160401b03811115610284576102846101d3565b6102988161029284546101e7565b8461021f565b6020601f8211600181146102ca575f83156102b35750848201515b5f19600385901b1c1916600184901b178455610263565b5f84815260208120601f198516915b828110156102f957878501518255602094850194600190920191016102d9565b508482101561031657868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a05160c05160e051613c1b6103ba5f395f81816104bd01526118f101525f818161048a01528181610f43015261160101525f81816105a101528181610cae01528181610eaf0152818161185101526118ca01525f81816102630152818161077e015281816108c7015281816112ca01528181611c8001528181612352015281816123f90152612b910152613c1b5ff3fe608060405260043610610246575f3560e01c806395d89b4111610131578063c87b56dd116100ac578063e985e9c51161007c578063ed07a6ce11610062578063ed07a6ce1461075a578063f887ea401461076d578063fe5ff468146107a0575f5ffd5b8063e985e9c5146106e7578063eab363c21461073b575f5ffd5b8063c87b56dd1461065e578063ca05588a1461067d578063cc33c8751461069c578063d7e4e0c5146106c8575f5ffd5b8063a22cb46511610101578063afa423bf116100e7578063afa423bf1461060b578063b88d4fde1461062a578063c771a46314610649575f5ffd5b8063a22cb465146105d8578063a82da60d146105f7575f5ffd5b806395d89b41146105665780639779ea461461057a57806398812da814610590578063a035b1fe146105c3575f5ffd5b80633d8f0b6d116101c15780634e8b1dd51161019157806370a082311161017757806370a082311461051357806375794a3c1461053257806382829f7414610547575f5ffd5b80634e8b1dd5146104ac5780636352211e146104f4575f5ffd5b80633d8f0b6d1461041b5780633e8391541461042f57806342842e0e1461045a57806343bc161214610479575f5ffd5b8063095ea7b31161021657806323b872dd116101fc57806323b872dd146103bb578063255f899f146103da5780633ccfd60b146103f9575f5ffd5b8063095ea7b31461037f5780631249c58b1461039e575f5ffd5b806301ffc9a7146102c757806304f5e944146102fb57806306fdde031461031a578063081812fc1461033b575f5ffd5b366102c3573373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146102c1576040517fc980a2210000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b005b5f5ffd5b3480156102d2575f5ffd5b506102e66102e1366004612d31565b6107cb565b60405190151581526020015b60405180910390f35b348015610306575f5ffd5b506102c1610315366004612d91565b6108af565b348015610325575f5ffd5b5061032e610932565b6040516102f29190612e3a565b348015610346575f5ffd5b5061035a610355366004612e4c565b6109c1565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016102f2565b34801561038a575f5ffd5b506102c1610399366004612e8b565b6109f5565b6103a6610a04565b604080519283526020830191909152016102f2565b3480156103c6575f5ffd5b506102c16103d5366004612eb3565b610a3a565b3480156103e5575f5ffd5b5061032e6103f4366004612e4c565b610b23565b348015610404575f5ffd5b5061040d610bc2565b6040519081526020016102f2565b348015610426575f5ffd5b5061040d610ca8565b34801561043a575f5ffd5b5061040d610449366004612e4c565b60096020525f908152604090205481565b348015610465575f5ffd5b506102c1610474366004612eb3565b610cdb565b348015610484575f5ffd5b5061035a7f000000000000000000000000000000000000000000000000000000000000000081565b3480156104b7575f5ffd5b506104df7f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff90911681526020016102f2565b3480156104ff575f5ffd5b5061035a61050e366004612e4c565b610cfa565b34801561051e575f5ffd5b5061040d61052d366004612eed565b610d04565b34801561053d575f5ffd5b5061040d60085481565b348015610552575f5ffd5b5061040d610561366004612e4c565b610d7c565b348015610571575f5ffd5b5061032e610dbf565b348015610585575f5ffd5b506104df6203d09081565b34801561059b575f5ffd5b5061040d7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105ce575f5ffd5b5061040d60065481565b3480156105e3575f5ffd5b506102c16105f2366004612f06565b610dce565b348015610602575f5ffd5b5061040d608081565b348015610616575f5ffd5b5061032e610625366004612f3f565b610dd9565b348015610635575f5ffd5b506102c1610644366004613007565b610e5b565b348015610654575f5ffd5b5061040d60075481565b348015610669575f5ffd5b5061032e610678366004612e4c565b610e73565b348015610688575f5ffd5b506102c16106973660046130e3565b610f2b565b3480156106a7575f5ffd5b506106bb6106b6366004612e4c565b61103b565b6040516102f29190613130565b3480156106d3575f5ffd5b5061032e6106e2366004612e4c565b611126565b3480156106f2575f5ffd5b506102e66107013660046131d5565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260056020908152604080832093909416825291909152205460ff1690565b348015610746575f5ffd5b506102c16107553660046131fd565b611166565b6103a6610768366004613252565b61135d565b348015610778575f5ffd5b5061035a7f000000000000000000000000000000000000000000000000000000000000000081565b3480156107ab575f5ffd5b5061040d6107ba366004612eed565b600a6020525f908152604090205481565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f80ac58cd00000000000000000000000000000000000000000000000000000000148061085d57507fffffffff0000000000000000000000000000000000000000000000000000000082167f5b5e139f00000000000000000000000000000000000000000000000000000000145b806108a957507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610920576040517f146f8b8e0000000000000000000000000000000000000000000000000000000081523360048201526024016102b8565b61092c8484848461148f565b50505050565b60605f805461094090613291565b80601f016020809104026020016040519081016040528092919081815260200182805461096c90613291565b80156109b75780601f1061098e576101008083540402835291602001916109b7565b820191905f5260205f20905b81548152906001019060200180831161099a57829003601f168201915b5050505050905090565b5f6109cb82611799565b505f8281526004602052604090205473ffffffffffffffffffffffffffffffffffffffff166108a9565b610a008282336117f7565b5050565b600880545f9182919082610a178361330f565b919050559150610a3482610a2f843361062587610d7c565b611804565b90509091565b73ffffffffffffffffffffffffffffffffffffffff8216610a89576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f60048201526024016102b8565b5f610a95838333611acc565b90508373ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff161461092c576040517f64283d7b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff808616600483015260248201849052821660448201526064016102b8565b5f818152600c60205260409020805460609190610b3f90613291565b80601f0160208091040260200160405190810160405280929190818152602001828054610b6b90613291565b8015610bb65780601f10610b8d57610100808354040283529160200191610bb6565b820191905f5260205f20905b815481529060010190602001808311610b9957829003601f168201915b50505050509050919050565b335f908152600a602052604081205490819003610c0d576040517fdc69dc160000000000000000000000000000000000000000000000000000000081523360048201526024016102b8565b335f818152600a60205260408082208290555190919083908381818185875af1925050503d805f8114610c5b576040519150601f19603f3d011682016040523d82523d5f602084013e610c60565b606091505b5050905080610ca4576040517f1c43b976000000000000000000000000000000000000000000000000000000008152336004820152602481018390526044016102b8565b5090565b5f610cd67f00000000000000000000000000000000000000000000000000000000000000006203d090611c43565b905090565b610cf583838360405180602001604052805f815250610e5b565b505050565b5f6108a982611799565b5f73ffffffffffffffffffffffffffffffffffffffff8216610d54576040517f89c62b640000000000000000000000000000000000000000000000000000000081525f60048201526024016102b8565b5073ffffffffffffffffffffffffffffffffffffffff165f9081526003602052604090205490565b5f610d88600143613346565b6040805191406020830152309082015260608101839052608001604051602081830303815290604052805190602001209050919050565b60606001805461094090613291565b610a00338383611cfe565b60607f2000000000000000000000000000000000000000000000000000000000000000610e0585611dfa565b610e10846020611eb7565b610e2f8673ffffffffffffffffffffffffffffffffffffffff166120d7565b604051602001610e429493929190613370565b60405160208183030381529060405290505b9392505050565b610e66848484610a3a565b61092c33858585856120fa565b60605f610e7f83611126565b5f848152600b60205260408120919250610e9885611dfa565b60018301548490610eaa906020611eb7565b610ed57f00000000000000000000000000000000000000000000000000000000000000006020611eb7565b604051602001610ee8949392919061345c565b6040516020818303038152906040529050610f02816122ef565b604051602001610f1291906135ea565b6040516020818303038152906040529350505050919050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610f9c576040517fe997fbd80000000000000000000000000000000000000000000000000000000081523360048201526024016102b8565b81811180610fb3575069ffffffffffffffffffff81115b15610ff4576040517ffa01a34500000000000000000000000000000000000000000000000000000000815260048101839052602481018290526044016102b8565b6006829055600781905560408051838152602081018390527f36ba93333830a826d04aff7312c1880a36fc93156e4681b87a9d3dbd350dbb6e910160405180910390a15050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525f828152600b602052604090819020815160c081019092528054829060ff16600481111561109c5761109c613103565b60048111156110ad576110ad613103565b81528154610100810460ff16602083015262010000810473ffffffffffffffffffffffffffffffffffffffff166040830152760100000000000000000000000000000000000000000000900469ffffffffffffffffffff1660608201526001820154608082015260029091015460a09091015292915050565b606061113182611799565b505f828152600c6020908152604091829020915161115092910161361b565b6040516020818303038152906040529050919050565b5f828152600b602052604090206001815460ff16600481111561118b5761118b613103565b146111c5576040517f4af96ba4000000000000000000000000000000000000000000000000000000008152600481018490526024016102b8565b805460047fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff009091161780825560028201546201000090910473ffffffffffffffffffffffffffffffffffffffff165f818152600a6020526040812080549293929091906112339084906136d9565b9091555050600182015460405173ffffffffffffffffffffffffffffffffffffffff83169086907f7b68550b86627d633b920f217398e25a51cab5501b758e104e994acbc32a252e905f90a4600182015461129c906112973686900386018661372e565b612315565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906370a0823190602401602060405180830381865afa158015611324573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061134891906137ea565b1561092c57611356306123b2565b5050505050565b5f8060028310806113fb575083835f81811061137b5761137b613801565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916602160f81b141580156113fb575083835f8181106113c7576113c7613801565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916602360f81b14155b15611432576040517fc1f31ec900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60088054905f6114418361330f565b9190505591506114868285858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061180492505050565b90509250929050565b5f84815260096020908152604080832054808452600b9092529091206001815460ff1660048111156114c3576114c3613103565b146114cf57505061092c565b805460ff861661010081027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff831617835573ffffffffffffffffffffffffffffffffffffffff620100009092049190911690600114801561153557506115358585612465565b156116a45781547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166002178255604080516020601f87018190048102820181019092528581525f9187908790819084018382808284375f920182905250888152600c602052604090209394506115b29250849150839050613872565b50825460028401546115ea91760100000000000000000000000000000000000000000000900469ffffffffffffffffffff1690613346565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165f908152600a60205260408120805490919061163e9084906136d9565b9091555061164e905082856125f2565b878273ffffffffffffffffffffffffffffffffffffffff16857fda7c6d6dfd8a83b13167399ce1085cc0c0da1e3dbcb3f94244d5b47348cc06cc846040516116969190612e3a565b60405180910390a450611790565b81547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660031780835560028301546117049169ffffffffffffffffffff7601000000000000000000000000000000000000000000009091041690613346565b73ffffffffffffffffffffffffffffffffffffffff82165f908152600a6020526040812080549091906117389084906136d9565b909155505060405160ff87168152879073ffffffffffffffffffffffffffffffffffffffff83169085907faa3894dadbc86b4a7758d24aa720d450826f05756cda2a67dd03ecede91c75c89060200160405180910390a45b50505050505050565b5f8181526002602052604081205473ffffffffffffffffffffffffffffffffffffffff16806108a9576040517f7e273289000000000000000000000000000000000000000000000000000000008152600481018490526024016102b8565b610cf5838383600161269f565b6006545f9034811461184b576040517f6871963e000000000000000000000000000000000000000000000000000000008152346004820152602481018290526044016102b8565b5f6118797f00000000000000000000000000000000000000000000000000000000000000006203d090611c43565b90506007548111156118c5576007546040517f63b1c3560000000000000000000000000000000000000000000000000000000081526102b8918391600401918252602082015260400190565b6119167f000000000000000000000000000000000000000000000000000000000000000033866203d0907f000000000000000000000000000000000000000000000000000000000000000086612867565b5f8181526009602052604090819020879055805160c0810190915290935080600181525f60208083018290523360408085019190915269ffffffffffffffffffff861660608501526080840188905260a0909301869052888252600b9052208151815482907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660018360048111156119b1576119b1613103565b021790555060208201518154604080850151606086015169ffffffffffffffffffff167601000000000000000000000000000000000000000000000275ffffffffffffffffffffffffffffffffffffffffffff73ffffffffffffffffffffffffffffffffffffffff90921662010000027fffffffffffffffffffff0000000000000000000000000000000000000000ffff60ff90961661010002959095167fffffffffffffffffffff000000000000000000000000000000000000000000ff9094169390931793909317929092161782556080830151600183015560a090920151600290910155518390339087907f0663b4a963f0d026cbe59cd92aa2fef0e3813e665b8f9be3a67f8f35f34fc539905f90a4505092915050565b5f8281526002602052604081205473ffffffffffffffffffffffffffffffffffffffff90811690831615611b0557611b05818486612882565b73ffffffffffffffffffffffffffffffffffffffff811615611b7857611b2d5f855f5f61269f565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260036020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190555b73ffffffffffffffffffffffffffffffffffffffff851615611bc05773ffffffffffffffffffffffffffffffffffffffff85165f908152600360205260409020805460010190555b5f8481526002602052604080822080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff89811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b6040517fa29c4f4f0000000000000000000000000000000000000000000000000000000081526004810183905263ffffffff821660248201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063a29c4f4f90604401602060405180830381865afa158015611cda573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e5491906137ea565b73ffffffffffffffffffffffffffffffffffffffff8216611d63576040517f5b08ba1800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff831660048201526024016102b8565b73ffffffffffffffffffffffffffffffffffffffff8381165f8181526005602090815260408083209487168084529482529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b60605f611e0683612932565b60010190505f8167ffffffffffffffff811115611e2557611e25612f61565b6040519080825280601f01601f191660200182016040528015611e4f576020820181803683370190505b5090508181016020015b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a8504945084611e59575b509392505050565b6060825f611ec6846002613989565b611ed19060026136d9565b67ffffffffffffffff811115611ee957611ee9612f61565b6040519080825280601f01601f191660200182016040528015611f13576020820181803683370190505b5090507f3000000000000000000000000000000000000000000000000000000000000000815f81518110611f4957611f49613801565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053507f780000000000000000000000000000000000000000000000000000000000000081600181518110611fab57611fab613801565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053505f611fe5856002613989565b611ff09060016136d9565b90505b600181111561208c577f303132333435363738396162636465660000000000000000000000000000000083600f166010811061203157612031613801565b1a60f81b82828151811061204757612047613801565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a90535060049290921c91612085816139a0565b9050611ff3565b5081156120cf576040517fe22e27eb00000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016102b8565b949350505050565b60606108a973ffffffffffffffffffffffffffffffffffffffff83166014611eb7565b73ffffffffffffffffffffffffffffffffffffffff83163b15611356576040517f150b7a0200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84169063150b7a029061216f9088908890879087906004016139d4565b6020604051808303815f875af19250505080156121c7575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01682019092526121c491810190613a2e565b60015b612254573d8080156121f4576040519150601f19603f3d011682016040523d82523d5f602084013e6121f9565b606091505b5080515f0361224c576040517f64a0ae9200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff851660048201526024016102b8565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167f150b7a0200000000000000000000000000000000000000000000000000000000146122e7576040517f64a0ae9200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff851660048201526024016102b8565b505050505050565b60606108a982604051806060016040528060408152602001613bcf604091396001612a13565b6040517f1dd729bc00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690631dd729bc906123899085908590600401613a49565b5f604051808303815f87803b1580156123a0575f5ffd5b505af11580156122e7573d5f5f3e3d5ffd5b6040517f51cff8d900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906351cff8d9906024016020604051808303815f875af1158015612441573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108a991906137ea565b5f8115806124735750608082115b1561247f57505f6108a9565b5f5b828110156125e8575f84848381811061249c5761249c613801565b909101357fff00000000000000000000000000000000000000000000000000000000000000169150507f6100000000000000000000000000000000000000000000000000000000000000811080159061253757507f7a000000000000000000000000000000000000000000000000000000000000007fff00000000000000000000000000000000000000000000000000000000000000821611155b806125d157507f32000000000000000000000000000000000000000000000000000000000000007fff000000000000000000000000000000000000000000000000000000000000008216108015906125d157507f37000000000000000000000000000000000000000000000000000000000000007fff00000000000000000000000000000000000000000000000000000000000000821611155b6125df575f925050506108a9565b50600101612481565b5060019392505050565b73ffffffffffffffffffffffffffffffffffffffff8216612641576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f60048201526024016102b8565b5f61264d83835f611acc565b905073ffffffffffffffffffffffffffffffffffffffff811615610cf5576040517f73c6ac6e0000000000000000000000000000000000000000000000000000000081525f60048201526024016102b8565b80806126c0575073ffffffffffffffffffffffffffffffffffffffff821615155b15612813575f6126cf84611799565b905073ffffffffffffffffffffffffffffffffffffffff83161580159061272257508273ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614155b8015612760575073ffffffffffffffffffffffffffffffffffffffff8082165f9081526005602090815260408083209387168352929052205460ff16155b156127af576040517fa9fbf51f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024016102b8565b811561281157838573ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff92909216919091179055565b5f612877875f8888888888612b8e565b979650505050505050565b61288d838383612c40565b610cf55773ffffffffffffffffffffffffffffffffffffffff83166128e1576040517f7e273289000000000000000000000000000000000000000000000000000000008152600481018290526024016102b8565b6040517f177e802f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83166004820152602481018290526044016102b8565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000831061297a577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef810000000083106129a6576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106129c457662386f26fc10000830492506010015b6305f5e10083106129dc576305f5e100830492506008015b61271083106129f057612710830492506004015b60648310612a02576064830492506002015b600a83106108a95760010192915050565b606083515f03612a31575060408051602081019091525f8152610e54565b5f82612a6157600385516004612a479190613989565b612a529060026136d9565b612a5c9190613b36565b612a86565b600385516002612a7191906136d9565b612a7b9190613b36565b612a86906004613989565b90505f8167ffffffffffffffff811115612aa257612aa2612f61565b6040519080825280601f01601f191660200182016040528015612acc576020820181803683370190505b509050600185016020820187885189016020810180515f82525b82841015612b41576003840193508351603f8160121c168701518653600186019550603f81600c1c168701518653600186019550603f8160061c168701518653600186019550603f8116870151865350600185019450612ae6565b905250508515612b8257600388510660018114612b655760028114612b7857612b80565b603d6001830353603d6002830353612b80565b603d60018303535b505b50909695505050505050565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16638debbfdf838a8a8a8a8a8a6040518863ffffffff1660e01b8152600401612bf396959493929190613b6e565b60206040518083038185885af1158015612c0f573d5f5f3e3d5ffd5b50505050506040513d601f19601f82011682018060405250810190612c3491906137ea565b98975050505050505050565b5f73ffffffffffffffffffffffffffffffffffffffff8316158015906120cf57508273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff161480612ccc575073ffffffffffffffffffffffffffffffffffffffff8085165f9081526005602090815260408083209387168352929052205460ff165b806120cf5750505f9081526004602052604090205473ffffffffffffffffffffffffffffffffffffffff908116911614919050565b7fffffffff0000000000000000000000000000000000000000000000000000000081168114612d2e575f5ffd5b50565b5f60208284031215612d41575f5ffd5b8135610e5481612d01565b5f5f83601f840112612d5c575f5ffd5b50813567ffffffffffffffff811115612d73575f5ffd5b602083019150836020828501011115612d8a575f5ffd5b9250929050565b5f5f5f5f60608587031215612da4575f5ffd5b84359350602085013560ff81168114612dbb575f5ffd5b9250604085013567ffffffffffffffff811115612dd6575f5ffd5b612de287828801612d4c565b95989497509550505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f610e546020830184612dee565b5f60208284031215612e5c575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114612e86575f5ffd5b919050565b5f5f60408385031215612e9c575f5ffd5b612ea583612e63565b946020939093013593505050565b5f5f5f60608486031215612ec5575f5ffd5b612ece84612e63565b9250612edc60208501612e63565b929592945050506040919091013590565b5f60208284031215612efd575f5ffd5b610e5482612e63565b5f5f60408385031215612f17575f5ffd5b612f2083612e63565b915060208301358015158114612f34575f5ffd5b809150509250929050565b5f5f5f60608486031215612f51575f5ffd5b83359250612edc60208501612e63565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051610140810167ffffffffffffffff81118282101715612fb257612fb2612f61565b60405290565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff81118282101715612fff57612fff612f61565b604052919050565b5f5f5f5f6080858703121561301a575f5ffd5b61302385612e63565b935061303160208601612e63565b925060408501359150606085013567ffffffffffffffff811115613053575f5ffd5b8501601f81018713613063575f5ffd5b803567ffffffffffffffff81111561307d5761307d612f61565b6130ae60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f84011601612fb8565b8181528860208385010111156130c2575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f604083850312156130f4575f5ffd5b50508035926020909101359150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b815160c08201906005811061316c577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b8083525060ff602084015116602083015273ffffffffffffffffffffffffffffffffffffffff604084015116604083015260608301516131ba606084018269ffffffffffffffffffff169052565b506080830151608083015260a083015160a083015292915050565b5f5f604083850312156131e6575f5ffd5b6131ef83612e63565b915061148660208401612e63565b5f5f828403610160811215613210575f5ffd5b833592506101407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe082011215613244575f5ffd5b506020830190509250929050565b5f5f60208385031215613263575f5ffd5b823567ffffffffffffffff811115613279575f5ffd5b61328585828601612d4c565b90969095509350505050565b600181811c908216806132a557607f821691505b6020821081036132dc577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361333f5761333f6132e2565b5060010190565b818103818111156108a9576108a96132e2565b5f81518060208401855e5f93019283525090919050565b7fff00000000000000000000000000000000000000000000000000000000000000851681527f7b22746f6b656e4964223a00000000000000000000000000000000000000000060018201525f6133c9600c830186613359565b7f2c2273656564223a22000000000000000000000000000000000000000000000081526133f96009820186613359565b90507f222c226f776e6572223a22000000000000000000000000000000000000000000815261342b600b820185613359565b7f227d0000000000000000000000000000000000000000000000000000000000008152600201979650505050505050565b7f7b226e616d65223a22544545204f7261636c652041727420230000000000000081525f61348d6019830187613359565b7f222c226465736372697074696f6e223a2247656e65726174697665206172742081527f62792061207365637265742070726f6772616d2072756e20696e73696465206160208201527f6e2053475820656e636c6176652e222c22696d616765223a220000000000000060408201526135096059820187613359565b90507f222c2261747472696275746573223a5b7b2274726169745f74797065223a226a81527f6f62222c2276616c7565223a22000000000000000000000000000000000000006020820152613561602d820186613359565b90507f227d2c7b2274726169745f74797065223a2270726f6772616d222c2276616c7581527f65223a220000000000000000000000000000000000000000000000000000000060208201526135b96024820185613359565b7f227d5d7d000000000000000000000000000000000000000000000000000000008152600401979650505050505050565b7f646174613a6170706c69636174696f6e2f6a736f6e3b6261736536342c00000081525f610e54601d830184613359565b7f697066733a2f2f0000000000000000000000000000000000000000000000000081525f5f835461364b81613291565b600182168015613662576001811461369b576136ce565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00831660078701526007821515830287010193506136ce565b865f5260205f205f5b838110156136c3578154888201600701526001909101906020016136a4565b505060078287010193505b509195945050505050565b808201808211156108a9576108a96132e2565b803563ffffffff81168114612e86575f5ffd5b80356bffffffffffffffffffffffff81168114612e86575f5ffd5b803564ffffffffff81168114612e86575f5ffd5b5f610140828403128015613740575f5ffd5b50613749612f8e565b61375283612e63565b815261376060208401612e63565b60208201526040838101359082015261377b606084016136ec565b606082015261378c608084016136ec565b608082015260a083810135908201526137a760c084016136ec565b60c08201526137b860e084016136ff565b60e08201526137ca61010084016136ff565b6101008201526137dd610120840161371a565b6101208201529392505050565b5f602082840312156137fa575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b601f821115610cf557805f5260205f20601f840160051c810160208510156138535750805b601f840160051c820191505b81811015611356575f815560010161385f565b815167ffffffffffffffff81111561388c5761388c612f61565b6138a08161389a8454613291565b8461382e565b6020601f8211600181146138f1575f83156138bb5750848201515b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600385901b1c1916600184901b178455611356565b5f848152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08516915b8281101561393e578785015182556020948501946001909201910161391e565b508482101561397a57868401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b60f8161c191681555b50505050600190811b01905550565b80820281158282048414176108a9576108a96132e2565b5f816139ae576139ae6132e2565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b73ffffffffffffffffffffffffffffffffffffffff8516815273ffffffffffffffffffffffffffffffffffffffff84166020820152826040820152608060608201525f613a246080830184612dee565b9695505050505050565b5f60208284031215613a3e575f5ffd5b8151610e5481612d01565b828152815173ffffffffffffffffffffffffffffffffffffffff1660208201526101608101602083015173ffffffffffffffffffffffffffffffffffffffff8116604084015250604083015160608301526060830151613ab1608084018263ffffffff169052565b50608083015163ffffffff811660a08401525060a083015160c083015260c0830151613ae560e084018263ffffffff169052565b5060e08301516bffffffffffffffffffffffff8116610100840152506101008301516bffffffffffffffffffffffff81166101208401525061012083015164ffffffffff8116610140840152611eaf565b5f82613b69577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b86815263ffffffff8616602082015273ffffffffffffffffffffffffffffffffffffffff8516604082015260c060608201525f613bae60c0830186612dee565b63ffffffff94851660808401529290931660a0909101529594505050505056fe4142434445464748494a4b4c4d4e4f505152535455565758595a6162636465666768696a6b6c6d6e6f707172737475767778797a303132333435363738392b2fa164736f6c634300081e000a",
}

// ArtMinter is an auto generated Go binding around an Ethereum contract.
type ArtMinter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ArtMinter) GetABI() abi.ABI {
	return c.abi
}

// NewArtMinter creates a new instance of ArtMinter.
func NewArtMinter() *ArtMinter {
	parsed, err := ArtMinterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ArtMinter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ArtMinter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address router_, bytes32 programId_, uint256 price_, uint256 jobFee_, address artist_, uint32 ttl_) returns()
func (artMinter *ArtMinter) PackConstructor(router_ common.Address, programId_ [32]byte, price_ *big.Int, jobFee_ *big.Int, artist_ common.Address, ttl_ uint32) []byte {
	enc, err := artMinter.abi.Pack("", router_, programId_, price_, jobFee_, artist_, ttl_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (artMinter *ArtMinter) PackCALLBACKGAS() []byte {
	enc, err := artMinter.abi.Pack("CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (artMinter *ArtMinter) TryPackCALLBACKGAS() ([]byte, error) {
	return artMinter.abi.Pack("CALLBACK_GAS")
}

// UnpackCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9779ea46.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (artMinter *ArtMinter) UnpackCALLBACKGAS(data []byte) (uint32, error) {
	out, err := artMinter.abi.Unpack("CALLBACK_GAS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMAXCIDLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa82da60d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CID_LENGTH() view returns(uint256)
func (artMinter *ArtMinter) PackMAXCIDLENGTH() []byte {
	enc, err := artMinter.abi.Pack("MAX_CID_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCIDLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa82da60d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CID_LENGTH() view returns(uint256)
func (artMinter *ArtMinter) TryPackMAXCIDLENGTH() ([]byte, error) {
	return artMinter.abi.Pack("MAX_CID_LENGTH")
}

// UnpackMAXCIDLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa82da60d.
//
// Solidity: function MAX_CID_LENGTH() view returns(uint256)
func (artMinter *ArtMinter) UnpackMAXCIDLENGTH(data []byte) (*big.Int, error) {
	out, err := artMinter.abi.Unpack("MAX_CID_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (artMinter *ArtMinter) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := artMinter.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (artMinter *ArtMinter) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return artMinter.abi.Pack("approve", to, tokenId)
}

// PackArtCid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x255f899f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function artCid(uint256 tokenId) view returns(string)
func (artMinter *ArtMinter) PackArtCid(tokenId *big.Int) []byte {
	enc, err := artMinter.abi.Pack("artCid", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArtCid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x255f899f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function artCid(uint256 tokenId) view returns(string)
func (artMinter *ArtMinter) TryPackArtCid(tokenId *big.Int) ([]byte, error) {
	return artMinter.abi.Pack("artCid", tokenId)
}

// UnpackArtCid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x255f899f.
//
// Solidity: function artCid(uint256 tokenId) view returns(string)
func (artMinter *ArtMinter) UnpackArtCid(data []byte) (string, error) {
	out, err := artMinter.abi.Unpack("artCid", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackArtURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7e4e0c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function artURI(uint256 tokenId) view returns(string)
func (artMinter *ArtMinter) PackArtURI(tokenId *big.Int) []byte {
	enc, err := artMinter.abi.Pack("artURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArtURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7e4e0c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function artURI(uint256 tokenId) view returns(string)
func (artMinter *ArtMinter) TryPackArtURI(tokenId *big.Int) ([]byte, error) {
	return artMinter.abi.Pack("artURI", tokenId)
}

// UnpackArtURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7e4e0c5.
//
// Solidity: function artURI(uint256 tokenId) view returns(string)
func (artMinter *ArtMinter) UnpackArtURI(data []byte) (string, error) {
	out, err := artMinter.abi.Unpack("artURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackArtist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43bc1612.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function artist() view returns(address)
func (artMinter *ArtMinter) PackArtist() []byte {
	enc, err := artMinter.abi.Pack("artist")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArtist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43bc1612.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function artist() view returns(address)
func (artMinter *ArtMinter) TryPackArtist() ([]byte, error) {
	return artMinter.abi.Pack("artist")
}

// UnpackArtist is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43bc1612.
//
// Solidity: function artist() view returns(address)
func (artMinter *ArtMinter) UnpackArtist(data []byte) (common.Address, error) {
	out, err := artMinter.abi.Unpack("artist", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (artMinter *ArtMinter) PackBalanceOf(owner common.Address) []byte {
	enc, err := artMinter.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (artMinter *ArtMinter) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return artMinter.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (artMinter *ArtMinter) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := artMinter.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5ff468.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credits(address account) view returns(uint256)
func (artMinter *ArtMinter) PackCredits(account common.Address) []byte {
	enc, err := artMinter.abi.Pack("credits", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5ff468.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credits(address account) view returns(uint256)
func (artMinter *ArtMinter) TryPackCredits(account common.Address) ([]byte, error) {
	return artMinter.abi.Pack("credits", account)
}

// UnpackCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe5ff468.
//
// Solidity: function credits(address account) view returns(uint256)
func (artMinter *ArtMinter) UnpackCredits(data []byte) (*big.Int, error) {
	out, err := artMinter.abi.Unpack("credits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (artMinter *ArtMinter) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := artMinter.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (artMinter *ArtMinter) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return artMinter.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (artMinter *ArtMinter) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := artMinter.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (artMinter *ArtMinter) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := artMinter.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (artMinter *ArtMinter) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return artMinter.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (artMinter *ArtMinter) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := artMinter.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJobFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d8f0b6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobFee() view returns(uint256)
func (artMinter *ArtMinter) PackJobFee() []byte {
	enc, err := artMinter.abi.Pack("jobFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d8f0b6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobFee() view returns(uint256)
func (artMinter *ArtMinter) TryPackJobFee() ([]byte, error) {
	return artMinter.abi.Pack("jobFee")
}

// UnpackJobFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d8f0b6d.
//
// Solidity: function jobFee() view returns(uint256)
func (artMinter *ArtMinter) UnpackJobFee(data []byte) (*big.Int, error) {
	out, err := artMinter.abi.Unpack("jobFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackJobInput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafa423bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobInput(uint256 tokenId, address owner, bytes32 seed) pure returns(bytes)
func (artMinter *ArtMinter) PackJobInput(tokenId *big.Int, owner common.Address, seed [32]byte) []byte {
	enc, err := artMinter.abi.Pack("jobInput", tokenId, owner, seed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobInput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafa423bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobInput(uint256 tokenId, address owner, bytes32 seed) pure returns(bytes)
func (artMinter *ArtMinter) TryPackJobInput(tokenId *big.Int, owner common.Address, seed [32]byte) ([]byte, error) {
	return artMinter.abi.Pack("jobInput", tokenId, owner, seed)
}

// UnpackJobInput is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xafa423bf.
//
// Solidity: function jobInput(uint256 tokenId, address owner, bytes32 seed) pure returns(bytes)
func (artMinter *ArtMinter) UnpackJobInput(data []byte) ([]byte, error) {
	out, err := artMinter.abi.Unpack("jobInput", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackMaxJobFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc771a463.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxJobFee() view returns(uint256)
func (artMinter *ArtMinter) PackMaxJobFee() []byte {
	enc, err := artMinter.abi.Pack("maxJobFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxJobFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc771a463.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxJobFee() view returns(uint256)
func (artMinter *ArtMinter) TryPackMaxJobFee() ([]byte, error) {
	return artMinter.abi.Pack("maxJobFee")
}

// UnpackMaxJobFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc771a463.
//
// Solidity: function maxJobFee() view returns(uint256)
func (artMinter *ArtMinter) UnpackMaxJobFee(data []byte) (*big.Int, error) {
	out, err := artMinter.abi.Unpack("maxJobFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1249c58b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint() payable returns(uint256 tokenId, bytes32 jobId)
func (artMinter *ArtMinter) PackMint() []byte {
	enc, err := artMinter.abi.Pack("mint")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1249c58b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint() payable returns(uint256 tokenId, bytes32 jobId)
func (artMinter *ArtMinter) TryPackMint() ([]byte, error) {
	return artMinter.abi.Pack("mint")
}

// MintOutput serves as a container for the return parameters of contract
// method Mint.
type MintOutput struct {
	TokenId *big.Int
	JobId   [32]byte
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1249c58b.
//
// Solidity: function mint() payable returns(uint256 tokenId, bytes32 jobId)
func (artMinter *ArtMinter) UnpackMint(data []byte) (MintOutput, error) {
	out, err := artMinter.abi.Unpack("mint", data)
	outstruct := new(MintOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.TokenId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.JobId = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackMintSealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed07a6ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintSealed(bytes input) payable returns(uint256 tokenId, bytes32 jobId)
func (artMinter *ArtMinter) PackMintSealed(input []byte) []byte {
	enc, err := artMinter.abi.Pack("mintSealed", input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintSealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed07a6ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintSealed(bytes input) payable returns(uint256 tokenId, bytes32 jobId)
func (artMinter *ArtMinter) TryPackMintSealed(input []byte) ([]byte, error) {
	return artMinter.abi.Pack("mintSealed", input)
}

// MintSealedOutput serves as a container for the return parameters of contract
// method MintSealed.
type MintSealedOutput struct {
	TokenId *big.Int
	JobId   [32]byte
}

// UnpackMintSealed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed07a6ce.
//
// Solidity: function mintSealed(bytes input) payable returns(uint256 tokenId, bytes32 jobId)
func (artMinter *ArtMinter) UnpackMintSealed(data []byte) (MintSealedOutput, error) {
	out, err := artMinter.abi.Unpack("mintSealed", data)
	outstruct := new(MintSealedOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.TokenId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.JobId = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (artMinter *ArtMinter) PackName() []byte {
	enc, err := artMinter.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (artMinter *ArtMinter) TryPackName() ([]byte, error) {
	return artMinter.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (artMinter *ArtMinter) UnpackName(data []byte) (string, error) {
	out, err := artMinter.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNextTokenId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75794a3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextTokenId() view returns(uint256)
func (artMinter *ArtMinter) PackNextTokenId() []byte {
	enc, err := artMinter.abi.Pack("nextTokenId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextTokenId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75794a3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextTokenId() view returns(uint256)
func (artMinter *ArtMinter) TryPackNextTokenId() ([]byte, error) {
	return artMinter.abi.Pack("nextTokenId")
}

// UnpackNextTokenId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75794a3c.
//
// Solidity: function nextTokenId() view returns(uint256)
func (artMinter *ArtMinter) UnpackNextTokenId(data []byte) (*big.Int, error) {
	out, err := artMinter.abi.Unpack("nextTokenId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnJobResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04f5e944.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onJobResult(bytes32 jobId, uint8 status, bytes output) returns()
func (artMinter *ArtMinter) PackOnJobResult(jobId [32]byte, status uint8, output []byte) []byte {
	enc, err := artMinter.abi.Pack("onJobResult", jobId, status, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnJobResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04f5e944.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onJobResult(bytes32 jobId, uint8 status, bytes output) returns()
func (artMinter *ArtMinter) TryPackOnJobResult(jobId [32]byte, status uint8, output []byte) ([]byte, error) {
	return artMinter.abi.Pack("onJobResult", jobId, status, output)
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (artMinter *ArtMinter) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := artMinter.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (artMinter *ArtMinter) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return artMinter.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (artMinter *ArtMinter) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := artMinter.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function price() view returns(uint256)
func (artMinter *ArtMinter) PackPrice() []byte {
	enc, err := artMinter.abi.Pack("price")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function price() view returns(uint256)
func (artMinter *ArtMinter) TryPackPrice() ([]byte, error) {
	return artMinter.abi.Pack("price")
}

// UnpackPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (artMinter *ArtMinter) UnpackPrice(data []byte) (*big.Int, error) {
	out, err := artMinter.abi.Unpack("price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProgramId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98812da8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function programId() view returns(bytes32)
func (artMinter *ArtMinter) PackProgramId() []byte {
	enc, err := artMinter.abi.Pack("programId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProgramId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98812da8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function programId() view returns(bytes32)
func (artMinter *ArtMinter) TryPackProgramId() ([]byte, error) {
	return artMinter.abi.Pack("programId")
}

// UnpackProgramId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x98812da8.
//
// Solidity: function programId() view returns(bytes32)
func (artMinter *ArtMinter) UnpackProgramId(data []byte) ([32]byte, error) {
	out, err := artMinter.abi.Unpack("programId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeab363c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaim(uint256 tokenId, (address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) request) returns()
func (artMinter *ArtMinter) PackReclaim(tokenId *big.Int, request IJobRouterRequest) []byte {
	enc, err := artMinter.abi.Pack("reclaim", tokenId, request)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeab363c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaim(uint256 tokenId, (address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) request) returns()
func (artMinter *ArtMinter) TryPackReclaim(tokenId *big.Int, request IJobRouterRequest) ([]byte, error) {
	return artMinter.abi.Pack("reclaim", tokenId, request)
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (artMinter *ArtMinter) PackRouter() []byte {
	enc, err := artMinter.abi.Pack("router")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function router() view returns(address)
func (artMinter *ArtMinter) TryPackRouter() ([]byte, error) {
	return artMinter.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (artMinter *ArtMinter) UnpackRouter(data []byte) (common.Address, error) {
	out, err := artMinter.abi.Unpack("router", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (artMinter *ArtMinter) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := artMinter.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (artMinter *ArtMinter) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return artMinter.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (artMinter *ArtMinter) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := artMinter.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (artMinter *ArtMinter) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return artMinter.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSeedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82829f74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seedOf(uint256 tokenId) view returns(bytes32)
func (artMinter *ArtMinter) PackSeedOf(tokenId *big.Int) []byte {
	enc, err := artMinter.abi.Pack("seedOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82829f74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seedOf(uint256 tokenId) view returns(bytes32)
func (artMinter *ArtMinter) TryPackSeedOf(tokenId *big.Int) ([]byte, error) {
	return artMinter.abi.Pack("seedOf", tokenId)
}

// UnpackSeedOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82829f74.
//
// Solidity: function seedOf(uint256 tokenId) view returns(bytes32)
func (artMinter *ArtMinter) UnpackSeedOf(data []byte) ([32]byte, error) {
	out, err := artMinter.abi.Unpack("seedOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (artMinter *ArtMinter) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := artMinter.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (artMinter *ArtMinter) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return artMinter.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetPricing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca05588a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPricing(uint256 price_, uint256 maxJobFee_) returns()
func (artMinter *ArtMinter) PackSetPricing(price *big.Int, maxJobFee *big.Int) []byte {
	enc, err := artMinter.abi.Pack("setPricing", price, maxJobFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPricing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca05588a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPricing(uint256 price_, uint256 maxJobFee_) returns()
func (artMinter *ArtMinter) TryPackSetPricing(price *big.Int, maxJobFee *big.Int) ([]byte, error) {
	return artMinter.abi.Pack("setPricing", price, maxJobFee)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (artMinter *ArtMinter) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := artMinter.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (artMinter *ArtMinter) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return artMinter.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (artMinter *ArtMinter) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := artMinter.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (artMinter *ArtMinter) PackSymbol() []byte {
	enc, err := artMinter.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (artMinter *ArtMinter) TryPackSymbol() ([]byte, error) {
	return artMinter.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (artMinter *ArtMinter) UnpackSymbol(data []byte) (string, error) {
	out, err := artMinter.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc33c875.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenInfo(uint256 tokenId) view returns((uint8,uint8,address,uint80,bytes32,uint256))
func (artMinter *ArtMinter) PackTokenInfo(tokenId *big.Int) []byte {
	enc, err := artMinter.abi.Pack("tokenInfo", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc33c875.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenInfo(uint256 tokenId) view returns((uint8,uint8,address,uint80,bytes32,uint256))
func (artMinter *ArtMinter) TryPackTokenInfo(tokenId *big.Int) ([]byte, error) {
	return artMinter.abi.Pack("tokenInfo", tokenId)
}

// UnpackTokenInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc33c875.
//
// Solidity: function tokenInfo(uint256 tokenId) view returns((uint8,uint8,address,uint80,bytes32,uint256))
func (artMinter *ArtMinter) UnpackTokenInfo(data []byte) (ArtMinterToken, error) {
	out, err := artMinter.abi.Unpack("tokenInfo", data)
	if err != nil {
		return *new(ArtMinterToken), err
	}
	out0 := *abi.ConvertType(out[0], new(ArtMinterToken)).(*ArtMinterToken)
	return out0, nil
}

// PackTokenOfJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e839154.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenOfJob(bytes32 jobId) view returns(uint256 tokenId)
func (artMinter *ArtMinter) PackTokenOfJob(jobId [32]byte) []byte {
	enc, err := artMinter.abi.Pack("tokenOfJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenOfJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e839154.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenOfJob(bytes32 jobId) view returns(uint256 tokenId)
func (artMinter *ArtMinter) TryPackTokenOfJob(jobId [32]byte) ([]byte, error) {
	return artMinter.abi.Pack("tokenOfJob", jobId)
}

// UnpackTokenOfJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e839154.
//
// Solidity: function tokenOfJob(bytes32 jobId) view returns(uint256 tokenId)
func (artMinter *ArtMinter) UnpackTokenOfJob(data []byte) (*big.Int, error) {
	out, err := artMinter.abi.Unpack("tokenOfJob", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (artMinter *ArtMinter) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := artMinter.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (artMinter *ArtMinter) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return artMinter.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (artMinter *ArtMinter) UnpackTokenURI(data []byte) (string, error) {
	out, err := artMinter.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (artMinter *ArtMinter) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := artMinter.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (artMinter *ArtMinter) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return artMinter.abi.Pack("transferFrom", from, to, tokenId)
}

// PackTtl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e8b1dd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ttl() view returns(uint32)
func (artMinter *ArtMinter) PackTtl() []byte {
	enc, err := artMinter.abi.Pack("ttl")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTtl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e8b1dd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ttl() view returns(uint32)
func (artMinter *ArtMinter) TryPackTtl() ([]byte, error) {
	return artMinter.abi.Pack("ttl")
}

// UnpackTtl is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e8b1dd5.
//
// Solidity: function ttl() view returns(uint32)
func (artMinter *ArtMinter) UnpackTtl(data []byte) (uint32, error) {
	out, err := artMinter.abi.Unpack("ttl", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns(uint256 amount)
func (artMinter *ArtMinter) PackWithdraw() []byte {
	enc, err := artMinter.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns(uint256 amount)
func (artMinter *ArtMinter) TryPackWithdraw() ([]byte, error) {
	return artMinter.abi.Pack("withdraw")
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ccfd60b.
//
// Solidity: function withdraw() returns(uint256 amount)
func (artMinter *ArtMinter) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := artMinter.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ArtMinterApproval represents a Approval event raised by the ArtMinter contract.
type ArtMinterApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ArtMinterApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ArtMinterApproval) ContractEventName() string {
	return ArtMinterApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (artMinter *ArtMinter) UnpackApprovalEvent(log *types.Log) (*ArtMinterApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != artMinter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArtMinterApproval)
	if len(log.Data) > 0 {
		if err := artMinter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range artMinter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ArtMinterApprovalForAll represents a ApprovalForAll event raised by the ArtMinter contract.
type ArtMinterApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ArtMinterApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (ArtMinterApprovalForAll) ContractEventName() string {
	return ArtMinterApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (artMinter *ArtMinter) UnpackApprovalForAllEvent(log *types.Log) (*ArtMinterApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != artMinter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArtMinterApprovalForAll)
	if len(log.Data) > 0 {
		if err := artMinter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range artMinter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ArtMinterArtDelivered represents a ArtDelivered event raised by the ArtMinter contract.
type ArtMinterArtDelivered struct {
	TokenId *big.Int
	Minter  common.Address
	JobId   [32]byte
	Cid     string
	Raw     *types.Log // Blockchain specific contextual infos
}

const ArtMinterArtDeliveredEventName = "ArtDelivered"

// ContractEventName returns the user-defined event name.
func (ArtMinterArtDelivered) ContractEventName() string {
	return ArtMinterArtDeliveredEventName
}

// UnpackArtDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ArtDelivered(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId, string cid)
func (artMinter *ArtMinter) UnpackArtDeliveredEvent(log *types.Log) (*ArtMinterArtDelivered, error) {
	event := "ArtDelivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != artMinter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArtMinterArtDelivered)
	if len(log.Data) > 0 {
		if err := artMinter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range artMinter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ArtMinterMintExpired represents a MintExpired event raised by the ArtMinter contract.
type ArtMinterMintExpired struct {
	TokenId *big.Int
	Minter  common.Address
	JobId   [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const ArtMinterMintExpiredEventName = "MintExpired"

// ContractEventName returns the user-defined event name.
func (ArtMinterMintExpired) ContractEventName() string {
	return ArtMinterMintExpiredEventName
}

// UnpackMintExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MintExpired(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId)
func (artMinter *ArtMinter) UnpackMintExpiredEvent(log *types.Log) (*ArtMinterMintExpired, error) {
	event := "MintExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != artMinter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArtMinterMintExpired)
	if len(log.Data) > 0 {
		if err := artMinter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range artMinter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ArtMinterMintFailed represents a MintFailed event raised by the ArtMinter contract.
type ArtMinterMintFailed struct {
	TokenId *big.Int
	Minter  common.Address
	JobId   [32]byte
	Status  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const ArtMinterMintFailedEventName = "MintFailed"

// ContractEventName returns the user-defined event name.
func (ArtMinterMintFailed) ContractEventName() string {
	return ArtMinterMintFailedEventName
}

// UnpackMintFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MintFailed(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId, uint8 status)
func (artMinter *ArtMinter) UnpackMintFailedEvent(log *types.Log) (*ArtMinterMintFailed, error) {
	event := "MintFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != artMinter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArtMinterMintFailed)
	if len(log.Data) > 0 {
		if err := artMinter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range artMinter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ArtMinterMintRequested represents a MintRequested event raised by the ArtMinter contract.
type ArtMinterMintRequested struct {
	TokenId *big.Int
	Minter  common.Address
	JobId   [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const ArtMinterMintRequestedEventName = "MintRequested"

// ContractEventName returns the user-defined event name.
func (ArtMinterMintRequested) ContractEventName() string {
	return ArtMinterMintRequestedEventName
}

// UnpackMintRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MintRequested(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId)
func (artMinter *ArtMinter) UnpackMintRequestedEvent(log *types.Log) (*ArtMinterMintRequested, error) {
	event := "MintRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != artMinter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArtMinterMintRequested)
	if len(log.Data) > 0 {
		if err := artMinter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range artMinter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ArtMinterPricingSet represents a PricingSet event raised by the ArtMinter contract.
type ArtMinterPricingSet struct {
	Price     *big.Int
	MaxJobFee *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ArtMinterPricingSetEventName = "PricingSet"

// ContractEventName returns the user-defined event name.
func (ArtMinterPricingSet) ContractEventName() string {
	return ArtMinterPricingSetEventName
}

// UnpackPricingSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PricingSet(uint256 price, uint256 maxJobFee)
func (artMinter *ArtMinter) UnpackPricingSetEvent(log *types.Log) (*ArtMinterPricingSet, error) {
	event := "PricingSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != artMinter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArtMinterPricingSet)
	if len(log.Data) > 0 {
		if err := artMinter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range artMinter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ArtMinterTransfer represents a Transfer event raised by the ArtMinter contract.
type ArtMinterTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ArtMinterTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ArtMinterTransfer) ContractEventName() string {
	return ArtMinterTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (artMinter *ArtMinter) UnpackTransferEvent(log *types.Log) (*ArtMinterTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != artMinter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArtMinterTransfer)
	if len(log.Data) > 0 {
		if err := artMinter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range artMinter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (artMinter *ArtMinter) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], artMinter.abi.Errors["BadPricing"].ID.Bytes()[:4]) {
		return artMinter.UnpackBadPricingError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return artMinter.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return artMinter.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return artMinter.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return artMinter.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return artMinter.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return artMinter.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return artMinter.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return artMinter.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["JobFeeAboveCap"].ID.Bytes()[:4]) {
		return artMinter.UnpackJobFeeAboveCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["NotArtist"].ID.Bytes()[:4]) {
		return artMinter.UnpackNotArtistError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return artMinter.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["NotSealed"].ID.Bytes()[:4]) {
		return artMinter.UnpackNotSealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return artMinter.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["OnlyRouter"].ID.Bytes()[:4]) {
		return artMinter.UnpackOnlyRouterError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["StringsInsufficientHexLength"].ID.Bytes()[:4]) {
		return artMinter.UnpackStringsInsufficientHexLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return artMinter.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["UnexpectedEther"].ID.Bytes()[:4]) {
		return artMinter.UnpackUnexpectedEtherError(raw[4:])
	}
	if bytes.Equal(raw[:4], artMinter.abi.Errors["WrongPrice"].ID.Bytes()[:4]) {
		return artMinter.UnpackWrongPriceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ArtMinterBadPricing represents a BadPricing error raised by the ArtMinter contract.
type ArtMinterBadPricing struct {
	Price  *big.Int
	JobFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPricing(uint256 price, uint256 jobFee)
func ArtMinterBadPricingErrorID() common.Hash {
	return common.HexToHash("0xfa01a345ef874ec470fcd6cdecbd1774e475268bb0fcfaa3313600dccd6a1228")
}

// UnpackBadPricingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPricing(uint256 price, uint256 jobFee)
func (artMinter *ArtMinter) UnpackBadPricingError(raw []byte) (*ArtMinterBadPricing, error) {
	out := new(ArtMinterBadPricing)
	if err := artMinter.abi.UnpackIntoInterface(out, "BadPricing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the ArtMinter contract.
type ArtMinterERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func ArtMinterERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (artMinter *ArtMinter) UnpackERC721IncorrectOwnerError(raw []byte) (*ArtMinterERC721IncorrectOwner, error) {
	out := new(ArtMinterERC721IncorrectOwner)
	if err := artMinter.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the ArtMinter contract.
type ArtMinterERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func ArtMinterERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (artMinter *ArtMinter) UnpackERC721InsufficientApprovalError(raw []byte) (*ArtMinterERC721InsufficientApproval, error) {
	out := new(ArtMinterERC721InsufficientApproval)
	if err := artMinter.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterERC721InvalidApprover represents a ERC721InvalidApprover error raised by the ArtMinter contract.
type ArtMinterERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func ArtMinterERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (artMinter *ArtMinter) UnpackERC721InvalidApproverError(raw []byte) (*ArtMinterERC721InvalidApprover, error) {
	out := new(ArtMinterERC721InvalidApprover)
	if err := artMinter.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterERC721InvalidOperator represents a ERC721InvalidOperator error raised by the ArtMinter contract.
type ArtMinterERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func ArtMinterERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (artMinter *ArtMinter) UnpackERC721InvalidOperatorError(raw []byte) (*ArtMinterERC721InvalidOperator, error) {
	out := new(ArtMinterERC721InvalidOperator)
	if err := artMinter.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterERC721InvalidOwner represents a ERC721InvalidOwner error raised by the ArtMinter contract.
type ArtMinterERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func ArtMinterERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (artMinter *ArtMinter) UnpackERC721InvalidOwnerError(raw []byte) (*ArtMinterERC721InvalidOwner, error) {
	out := new(ArtMinterERC721InvalidOwner)
	if err := artMinter.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the ArtMinter contract.
type ArtMinterERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func ArtMinterERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (artMinter *ArtMinter) UnpackERC721InvalidReceiverError(raw []byte) (*ArtMinterERC721InvalidReceiver, error) {
	out := new(ArtMinterERC721InvalidReceiver)
	if err := artMinter.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterERC721InvalidSender represents a ERC721InvalidSender error raised by the ArtMinter contract.
type ArtMinterERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func ArtMinterERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (artMinter *ArtMinter) UnpackERC721InvalidSenderError(raw []byte) (*ArtMinterERC721InvalidSender, error) {
	out := new(ArtMinterERC721InvalidSender)
	if err := artMinter.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterERC721NonexistentToken represents a ERC721NonexistentToken error raised by the ArtMinter contract.
type ArtMinterERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func ArtMinterERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (artMinter *ArtMinter) UnpackERC721NonexistentTokenError(raw []byte) (*ArtMinterERC721NonexistentToken, error) {
	out := new(ArtMinterERC721NonexistentToken)
	if err := artMinter.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterJobFeeAboveCap represents a JobFeeAboveCap error raised by the ArtMinter contract.
type ArtMinterJobFeeAboveCap struct {
	Quote     *big.Int
	MaxJobFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobFeeAboveCap(uint256 quote, uint256 maxJobFee)
func ArtMinterJobFeeAboveCapErrorID() common.Hash {
	return common.HexToHash("0x63b1c356f3435d7ec2ca008b144d78e17c29f5ec43e0323d40e1bbf35102c57d")
}

// UnpackJobFeeAboveCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobFeeAboveCap(uint256 quote, uint256 maxJobFee)
func (artMinter *ArtMinter) UnpackJobFeeAboveCapError(raw []byte) (*ArtMinterJobFeeAboveCap, error) {
	out := new(ArtMinterJobFeeAboveCap)
	if err := artMinter.abi.UnpackIntoInterface(out, "JobFeeAboveCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterNotArtist represents a NotArtist error raised by the ArtMinter contract.
type ArtMinterNotArtist struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotArtist(address caller)
func ArtMinterNotArtistErrorID() common.Hash {
	return common.HexToHash("0xe997fbd8f0b012a217bad9cab705d42a470ed73e78ec86a537f788080e0a2c63")
}

// UnpackNotArtistError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotArtist(address caller)
func (artMinter *ArtMinter) UnpackNotArtistError(raw []byte) (*ArtMinterNotArtist, error) {
	out := new(ArtMinterNotArtist)
	if err := artMinter.abi.UnpackIntoInterface(out, "NotArtist", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterNotPending represents a NotPending error raised by the ArtMinter contract.
type ArtMinterNotPending struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 tokenId)
func ArtMinterNotPendingErrorID() common.Hash {
	return common.HexToHash("0x4af96ba47ee29ca038678cd32f4a23f1aafa92455e29d0b0a8447fead77a20b9")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 tokenId)
func (artMinter *ArtMinter) UnpackNotPendingError(raw []byte) (*ArtMinterNotPending, error) {
	out := new(ArtMinterNotPending)
	if err := artMinter.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterNotSealed represents a NotSealed error raised by the ArtMinter contract.
type ArtMinterNotSealed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSealed()
func ArtMinterNotSealedErrorID() common.Hash {
	return common.HexToHash("0xc1f31ec956fccf3df52ea94d31dea109c2dd127a86471ad54b52976a8b9aba6d")
}

// UnpackNotSealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSealed()
func (artMinter *ArtMinter) UnpackNotSealedError(raw []byte) (*ArtMinterNotSealed, error) {
	out := new(ArtMinterNotSealed)
	if err := artMinter.abi.UnpackIntoInterface(out, "NotSealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterNothingToWithdraw represents a NothingToWithdraw error raised by the ArtMinter contract.
type ArtMinterNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func ArtMinterNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (artMinter *ArtMinter) UnpackNothingToWithdrawError(raw []byte) (*ArtMinterNothingToWithdraw, error) {
	out := new(ArtMinterNothingToWithdraw)
	if err := artMinter.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterOnlyRouter represents a OnlyRouter error raised by the ArtMinter contract.
type ArtMinterOnlyRouter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyRouter(address caller)
func ArtMinterOnlyRouterErrorID() common.Hash {
	return common.HexToHash("0x146f8b8ecd4ddfae8f2e3166931c101dd5a019381916aca37e98148689aff41c")
}

// UnpackOnlyRouterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyRouter(address caller)
func (artMinter *ArtMinter) UnpackOnlyRouterError(raw []byte) (*ArtMinterOnlyRouter, error) {
	out := new(ArtMinterOnlyRouter)
	if err := artMinter.abi.UnpackIntoInterface(out, "OnlyRouter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterStringsInsufficientHexLength represents a StringsInsufficientHexLength error raised by the ArtMinter contract.
type ArtMinterStringsInsufficientHexLength struct {
	Value  *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func ArtMinterStringsInsufficientHexLengthErrorID() common.Hash {
	return common.HexToHash("0xe22e27eb9593f9947dc34771120a3349dd201c662753f0b60502fc1d8e422233")
}

// UnpackStringsInsufficientHexLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func (artMinter *ArtMinter) UnpackStringsInsufficientHexLengthError(raw []byte) (*ArtMinterStringsInsufficientHexLength, error) {
	out := new(ArtMinterStringsInsufficientHexLength)
	if err := artMinter.abi.UnpackIntoInterface(out, "StringsInsufficientHexLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterTransferFailed represents a TransferFailed error raised by the ArtMinter contract.
type ArtMinterTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func ArtMinterTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (artMinter *ArtMinter) UnpackTransferFailedError(raw []byte) (*ArtMinterTransferFailed, error) {
	out := new(ArtMinterTransferFailed)
	if err := artMinter.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterUnexpectedEther represents a UnexpectedEther error raised by the ArtMinter contract.
type ArtMinterUnexpectedEther struct {
	From common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedEther(address from)
func ArtMinterUnexpectedEtherErrorID() common.Hash {
	return common.HexToHash("0xc980a22143f0b541af89fc3ea107c8e6cfa5b12ef7d3a618cffab4683a0c4843")
}

// UnpackUnexpectedEtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedEther(address from)
func (artMinter *ArtMinter) UnpackUnexpectedEtherError(raw []byte) (*ArtMinterUnexpectedEther, error) {
	out := new(ArtMinterUnexpectedEther)
	if err := artMinter.abi.UnpackIntoInterface(out, "UnexpectedEther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArtMinterWrongPrice represents a WrongPrice error raised by the ArtMinter contract.
type ArtMinterWrongPrice struct {
	Sent  *big.Int
	Price *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPrice(uint256 sent, uint256 price)
func ArtMinterWrongPriceErrorID() common.Hash {
	return common.HexToHash("0x6871963ecfaa42ef4294ecf7c25a19680ce1fffd2e1762b921f1e95aa9d2f043")
}

// UnpackWrongPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPrice(uint256 sent, uint256 price)
func (artMinter *ArtMinter) UnpackWrongPriceError(raw []byte) (*ArtMinterWrongPrice, error) {
	out := new(ArtMinterWrongPrice)
	if err := artMinter.abi.UnpackIntoInterface(out, "WrongPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditCheckMetaData contains all meta data concerning the CreditCheck contract.
var CreditCheckMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"router_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId_\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ttl_\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"CALLBACK_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"applicantOf\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"applicant\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"applyForCredit\",\"inputs\":[{\"name\":\"sealedInput\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"cancelExpired\",\"inputs\":[{\"name\":\"applicant\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"credits\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"decisionOf\",\"inputs\":[{\"name\":\"applicant\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structCreditCheck.Decision\",\"components\":[{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumCreditCheck.State\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"updatedAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onJobResult\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"programId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quote\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"router\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIJobRouter\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ttl\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"CreditDecision\",\"inputs\":[{\"name\":\"applicant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"approved\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CreditExpired\",\"inputs\":[{\"name\":\"applicant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CreditFailed\",\"inputs\":[{\"name\":\"applicant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CreditRequested\",\"inputs\":[{\"name\":\"applicant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyPending\",\"inputs\":[{\"name\":\"applicant\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"NotApplicantJob\",\"inputs\":[{\"name\":\"applicant\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotPending\",\"inputs\":[{\"name\":\"applicant\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotSealed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OnlyRouter\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TransferFailed\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnexpectedEther\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	ID:  "CreditCheck",
	Bin: "0x60e060405234801561000f575f5ffd5b506040516117e93803806117e983398101604081905261002e9161004d565b6001600160a01b0390921660805260a05263ffffffff1660c0526100a0565b5f5f5f6060848603121561005f575f5ffd5b83516001600160a01b0381168114610075575f5ffd5b60208501516040860151919450925063ffffffff81168114610095575f5ffd5b809150509250925092565b60805160a05160c0516116da61010f5f395f818161019e0152610a3801525f81816102ad0152818161086c01526109de01525f818160e3015281816103070152818161036c0152818161072501528181610e8501528181610f2c01528181610fdb015261107e01526116da5ff3fe6080604052600436106100c6575f3560e01c80639779ea4611610071578063f77c9a991161004c578063f77c9a99146102e3578063f887ea40146102f6578063fe5ff46814610329575f5ffd5b80639779ea461461028657806398812da81461029c578063999b93af146102cf575f5ffd5b80635674b340116100a15780635674b340146101d557806357d91e72146101f45780638aa7f55314610220575f5ffd5b806304f5e944146101475780633ccfd60b146101665780634e8b1dd51461018d575f5ffd5b36610143573373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610141576040517fc980a2210000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b005b5f5ffd5b348015610152575f5ffd5b50610141610161366004611172565b610354565b348015610171575f5ffd5b5061017a6103d7565b6040519081526020015b60405180910390f35b348015610198575f5ffd5b506101c07f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff9091168152602001610184565b3480156101e0575f5ffd5b506101416101ef3660046111f7565b6104bd565b3480156101ff575f5ffd5b5061021361020e366004611253565b6107b6565b6040516101849190611299565b34801561022b575f5ffd5b5061026161023a366004611307565b5f6020819052908152604090205473ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610184565b348015610291575f5ffd5b506101c06201388081565b3480156102a7575f5ffd5b5061017a7f000000000000000000000000000000000000000000000000000000000000000081565b3480156102da575f5ffd5b5061017a610866565b61017a6102f136600461131e565b610899565b348015610301575f5ffd5b506102617f000000000000000000000000000000000000000000000000000000000000000081565b348015610334575f5ffd5b5061017a610343366004611253565b60016020525f908152604090205481565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146103c5576040517f146f8b8e000000000000000000000000000000000000000000000000000000008152336004820152602401610138565b6103d184848484610bc6565b50505050565b335f9081526001602052604081205490819003610422576040517fdc69dc16000000000000000000000000000000000000000000000000000000008152336004820152602401610138565b335f818152600160205260408082208290555190919083908381818185875af1925050503d805f8114610470576040519150601f19603f3d011682016040523d82523d5f602084013e610475565b606091505b50509050806104b9576040517f1c43b97600000000000000000000000000000000000000000000000000000000815233600482015260248101839052604401610138565b5090565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526002602052604090206001815460ff1660058111156104f9576104f961126c565b14610548576040517fa7fa19b100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602401610138565b73ffffffffffffffffffffffffffffffffffffffff831661056f6040840160208501611253565b73ffffffffffffffffffffffffffffffffffffffff16146105ed578261059b6040840160208501611253565b6040517f59cbcbb800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff928316600482015291166024820152604401610138565b805464ffffffffff421662010000027fffffffffffffffffffffffffffffffffffffffffffffffffff0000000000ff00909116176005178155610637610100830160e08401611378565b6bffffffffffffffffffffffff1660015f8573ffffffffffffffffffffffffffffffffffffffff1673ffffffffffffffffffffffffffffffffffffffff1681526020019081526020015f205f8282546106909190611391565b9091555050600181015460405173ffffffffffffffffffffffffffffffffffffffff8516907f364c2118cdaefb5e6edcdc3847d6647e89f95b4cad228d79652d3c9070cc61e3905f90a360018101546106f7906106f23685900385018561143f565b610e48565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906370a0823190602401602060405180830381865afa15801561077f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107a391906114fb565b156107b1576103d130610ee5565b505050565b604080516080810182525f80825260208201819052918101829052606081019190915273ffffffffffffffffffffffffffffffffffffffff82165f90815260026020526040908190208151608081019092528054829060ff1660058111156108205761082061126c565b60058111156108315761083161126c565b81528154610100810460ff16602083015262010000900464ffffffffff16604082015260019091015460609091015292915050565b5f6108947f000000000000000000000000000000000000000000000000000000000000000062013880610f9e565b905090565b5f6002821080610936575082825f8181106108b6576108b6611512565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916602160f81b14158015610936575082825f81811061090257610902611512565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916602360f81b14155b1561096d576040517fc1f31ec900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526002602052604090206001815460ff1660058111156109935761099361126c565b036109d95760018101546040517ffb9d4f9f0000000000000000000000000000000000000000000000000000000081523360048201526024810191909152604401610138565b610a617f00000000000000000000000000000000000000000000000000000000000000003386868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506201388092507f00000000000000000000000000000000000000000000000000000000000000009150349050611060565b5f818152602081905260409081902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000163317905580516080810190915290925080600181525f602080830182905264ffffffffff4216604080850191909152606090930186905233825260029052208151815482907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001836005811115610b0f57610b0f61126c565b02179055506020820151815460408085015164ffffffffff1662010000027fffffffffffffffffffffffffffffffffffffffffffffffffff0000000000ffff60ff90941661010002939093167fffffffffffffffffffffffffffffffffffffffffffffffffff000000000000ff9092169190911791909117825560609092015160019091015551829033907f51237561a33241f33603bb59bd24e703b103c2a9eb56da49f7234e1b13b97f5c905f90a35092915050565b5f848152602081815260408083205473ffffffffffffffffffffffffffffffffffffffff168084526002909252909120811580610c07575085816001015414155b80610c2857506001815460ff166005811115610c2557610c2561126c565b14155b15610c345750506103d1565b80547fffffffffffffffffffffffffffffffffffffffffffffffffff000000000000ff1661010060ff87169081027fffffffffffffffffffffffffffffffffffffffffffffffffff0000000000ffff1691909117620100004264ffffffffff1602178255158015610ca55750600183145b8015610cd35750600184845f818110610cc057610cc0611512565b9050013560f81c60f81b60f81c60ff1611155b15610dc6575f84845f818110610ceb57610ceb611512565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916600160f81b14905080610d2b576003610d2e565b60025b825483907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001836005811115610d6857610d6861126c565b0217905550868373ffffffffffffffffffffffffffffffffffffffff167fd8640b654d75c27a3b19eafd02dc7cec5949d50c54e5ffea4d5e037e61630e7c83604051610db8911515815260200190565b60405180910390a350610e40565b80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600417815560405160ff86168152869073ffffffffffffffffffffffffffffffffffffffff8416907f2a97d64743985c0277d485fb6fde6c270389bd962e0b79329064f5ac713df2dd9060200160405180910390a35b505050505050565b6040517f1dd729bc00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690631dd729bc90610ebc908590859060040161153f565b5f604051808303815f87803b158015610ed3575f5ffd5b505af1158015610e40573d5f5f3e3d5ffd5b6040517f51cff8d900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906351cff8d9906024016020604051808303815f875af1158015610f74573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f9891906114fb565b92915050565b6040517fa29c4f4f0000000000000000000000000000000000000000000000000000000081526004810183905263ffffffff821660248201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063a29c4f4f90604401602060405180830381865afa158015611035573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061105991906114fb565b9392505050565b5f611070875f888888888861107b565b979650505050505050565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16638debbfdf838a8a8a8a8a8a6040518863ffffffff1660e01b81526004016110e09695949392919061162f565b60206040518083038185885af11580156110fc573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061112191906114fb565b98975050505050505050565b5f5f83601f84011261113d575f5ffd5b50813567ffffffffffffffff811115611154575f5ffd5b60208301915083602082850101111561116b575f5ffd5b9250929050565b5f5f5f5f60608587031215611185575f5ffd5b84359350602085013560ff8116811461119c575f5ffd5b9250604085013567ffffffffffffffff8111156111b7575f5ffd5b6111c38782880161112d565b95989497509550505050565b803573ffffffffffffffffffffffffffffffffffffffff811681146111f2575f5ffd5b919050565b5f5f82840361016081121561120a575f5ffd5b611213846111cf565b92506101407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe082011215611245575f5ffd5b506020830190509250929050565b5f60208284031215611263575f5ffd5b611059826111cf565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b81516080820190600681106112d5577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b8083525060ff602084015116602083015264ffffffffff60408401511660408301526060830151606083015292915050565b5f60208284031215611317575f5ffd5b5035919050565b5f5f6020838503121561132f575f5ffd5b823567ffffffffffffffff811115611345575f5ffd5b6113518582860161112d565b90969095509350505050565b80356bffffffffffffffffffffffff811681146111f2575f5ffd5b5f60208284031215611388575f5ffd5b6110598261135d565b80820180821115610f98577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b604051610140810167ffffffffffffffff81118282101715611412577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b803563ffffffff811681146111f2575f5ffd5b803564ffffffffff811681146111f2575f5ffd5b5f610140828403128015611451575f5ffd5b5061145a6113c9565b611463836111cf565b8152611471602084016111cf565b60208201526040838101359082015261148c60608401611418565b606082015261149d60808401611418565b608082015260a083810135908201526114b860c08401611418565b60c08201526114c960e0840161135d565b60e08201526114db610100840161135d565b6101008201526114ee610120840161142b565b6101208201529392505050565b5f6020828403121561150b575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b828152815173ffffffffffffffffffffffffffffffffffffffff1660208201526101608101602083015173ffffffffffffffffffffffffffffffffffffffff81166040840152506040830151606083015260608301516115a7608084018263ffffffff169052565b50608083015163ffffffff811660a08401525060a083015160c083015260c08301516115db60e084018263ffffffff169052565b5060e08301516bffffffffffffffffffffffff8116610100840152506101008301516bffffffffffffffffffffffff81166101208401525061012083015164ffffffffff8116610140840152509392505050565b86815263ffffffff8616602082015273ffffffffffffffffffffffffffffffffffffffff8516604082015260c060608201525f84518060c0840152806020870160e085015e5f60e0828501015260e07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505063ffffffff8416608083015263ffffffff831660a083015297965050505050505056fea164736f6c634300081e000a",
}

// CreditCheck is an auto generated Go binding around an Ethereum contract.
type CreditCheck struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CreditCheck) GetABI() abi.ABI {
	return c.abi
}

// NewCreditCheck creates a new instance of CreditCheck.
func NewCreditCheck() *CreditCheck {
	parsed, err := CreditCheckMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CreditCheck{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CreditCheck) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address router_, bytes32 programId_, uint32 ttl_) returns()
func (creditCheck *CreditCheck) PackConstructor(router_ common.Address, programId_ [32]byte, ttl_ uint32) []byte {
	enc, err := creditCheck.abi.Pack("", router_, programId_, ttl_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (creditCheck *CreditCheck) PackCALLBACKGAS() []byte {
	enc, err := creditCheck.abi.Pack("CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (creditCheck *CreditCheck) TryPackCALLBACKGAS() ([]byte, error) {
	return creditCheck.abi.Pack("CALLBACK_GAS")
}

// UnpackCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9779ea46.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (creditCheck *CreditCheck) UnpackCALLBACKGAS(data []byte) (uint32, error) {
	out, err := creditCheck.abi.Unpack("CALLBACK_GAS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackApplicantOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8aa7f553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applicantOf(bytes32 jobId) view returns(address applicant)
func (creditCheck *CreditCheck) PackApplicantOf(jobId [32]byte) []byte {
	enc, err := creditCheck.abi.Pack("applicantOf", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApplicantOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8aa7f553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function applicantOf(bytes32 jobId) view returns(address applicant)
func (creditCheck *CreditCheck) TryPackApplicantOf(jobId [32]byte) ([]byte, error) {
	return creditCheck.abi.Pack("applicantOf", jobId)
}

// UnpackApplicantOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8aa7f553.
//
// Solidity: function applicantOf(bytes32 jobId) view returns(address applicant)
func (creditCheck *CreditCheck) UnpackApplicantOf(data []byte) (common.Address, error) {
	out, err := creditCheck.abi.Unpack("applicantOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackApplyForCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf77c9a99.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applyForCredit(bytes sealedInput) payable returns(bytes32 jobId)
func (creditCheck *CreditCheck) PackApplyForCredit(sealedInput []byte) []byte {
	enc, err := creditCheck.abi.Pack("applyForCredit", sealedInput)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApplyForCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf77c9a99.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function applyForCredit(bytes sealedInput) payable returns(bytes32 jobId)
func (creditCheck *CreditCheck) TryPackApplyForCredit(sealedInput []byte) ([]byte, error) {
	return creditCheck.abi.Pack("applyForCredit", sealedInput)
}

// UnpackApplyForCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf77c9a99.
//
// Solidity: function applyForCredit(bytes sealedInput) payable returns(bytes32 jobId)
func (creditCheck *CreditCheck) UnpackApplyForCredit(data []byte) ([32]byte, error) {
	out, err := creditCheck.abi.Unpack("applyForCredit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancelExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5674b340.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelExpired(address applicant, (address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) request) returns()
func (creditCheck *CreditCheck) PackCancelExpired(applicant common.Address, request IJobRouterRequest) []byte {
	enc, err := creditCheck.abi.Pack("cancelExpired", applicant, request)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5674b340.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelExpired(address applicant, (address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) request) returns()
func (creditCheck *CreditCheck) TryPackCancelExpired(applicant common.Address, request IJobRouterRequest) ([]byte, error) {
	return creditCheck.abi.Pack("cancelExpired", applicant, request)
}

// PackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5ff468.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credits(address account) view returns(uint256)
func (creditCheck *CreditCheck) PackCredits(account common.Address) []byte {
	enc, err := creditCheck.abi.Pack("credits", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5ff468.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credits(address account) view returns(uint256)
func (creditCheck *CreditCheck) TryPackCredits(account common.Address) ([]byte, error) {
	return creditCheck.abi.Pack("credits", account)
}

// UnpackCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe5ff468.
//
// Solidity: function credits(address account) view returns(uint256)
func (creditCheck *CreditCheck) UnpackCredits(data []byte) (*big.Int, error) {
	out, err := creditCheck.abi.Unpack("credits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecisionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d91e72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decisionOf(address applicant) view returns((uint8,uint8,uint40,bytes32))
func (creditCheck *CreditCheck) PackDecisionOf(applicant common.Address) []byte {
	enc, err := creditCheck.abi.Pack("decisionOf", applicant)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecisionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d91e72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decisionOf(address applicant) view returns((uint8,uint8,uint40,bytes32))
func (creditCheck *CreditCheck) TryPackDecisionOf(applicant common.Address) ([]byte, error) {
	return creditCheck.abi.Pack("decisionOf", applicant)
}

// UnpackDecisionOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57d91e72.
//
// Solidity: function decisionOf(address applicant) view returns((uint8,uint8,uint40,bytes32))
func (creditCheck *CreditCheck) UnpackDecisionOf(data []byte) (CreditCheckDecision, error) {
	out, err := creditCheck.abi.Unpack("decisionOf", data)
	if err != nil {
		return *new(CreditCheckDecision), err
	}
	out0 := *abi.ConvertType(out[0], new(CreditCheckDecision)).(*CreditCheckDecision)
	return out0, nil
}

// PackOnJobResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04f5e944.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onJobResult(bytes32 jobId, uint8 status, bytes output) returns()
func (creditCheck *CreditCheck) PackOnJobResult(jobId [32]byte, status uint8, output []byte) []byte {
	enc, err := creditCheck.abi.Pack("onJobResult", jobId, status, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnJobResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04f5e944.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onJobResult(bytes32 jobId, uint8 status, bytes output) returns()
func (creditCheck *CreditCheck) TryPackOnJobResult(jobId [32]byte, status uint8, output []byte) ([]byte, error) {
	return creditCheck.abi.Pack("onJobResult", jobId, status, output)
}

// PackProgramId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98812da8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function programId() view returns(bytes32)
func (creditCheck *CreditCheck) PackProgramId() []byte {
	enc, err := creditCheck.abi.Pack("programId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProgramId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98812da8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function programId() view returns(bytes32)
func (creditCheck *CreditCheck) TryPackProgramId() ([]byte, error) {
	return creditCheck.abi.Pack("programId")
}

// UnpackProgramId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x98812da8.
//
// Solidity: function programId() view returns(bytes32)
func (creditCheck *CreditCheck) UnpackProgramId(data []byte) ([32]byte, error) {
	out, err := creditCheck.abi.Unpack("programId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x999b93af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quote() view returns(uint256)
func (creditCheck *CreditCheck) PackQuote() []byte {
	enc, err := creditCheck.abi.Pack("quote")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x999b93af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quote() view returns(uint256)
func (creditCheck *CreditCheck) TryPackQuote() ([]byte, error) {
	return creditCheck.abi.Pack("quote")
}

// UnpackQuote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x999b93af.
//
// Solidity: function quote() view returns(uint256)
func (creditCheck *CreditCheck) UnpackQuote(data []byte) (*big.Int, error) {
	out, err := creditCheck.abi.Unpack("quote", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (creditCheck *CreditCheck) PackRouter() []byte {
	enc, err := creditCheck.abi.Pack("router")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function router() view returns(address)
func (creditCheck *CreditCheck) TryPackRouter() ([]byte, error) {
	return creditCheck.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (creditCheck *CreditCheck) UnpackRouter(data []byte) (common.Address, error) {
	out, err := creditCheck.abi.Unpack("router", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTtl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e8b1dd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ttl() view returns(uint32)
func (creditCheck *CreditCheck) PackTtl() []byte {
	enc, err := creditCheck.abi.Pack("ttl")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTtl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e8b1dd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ttl() view returns(uint32)
func (creditCheck *CreditCheck) TryPackTtl() ([]byte, error) {
	return creditCheck.abi.Pack("ttl")
}

// UnpackTtl is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e8b1dd5.
//
// Solidity: function ttl() view returns(uint32)
func (creditCheck *CreditCheck) UnpackTtl(data []byte) (uint32, error) {
	out, err := creditCheck.abi.Unpack("ttl", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns(uint256 amount)
func (creditCheck *CreditCheck) PackWithdraw() []byte {
	enc, err := creditCheck.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns(uint256 amount)
func (creditCheck *CreditCheck) TryPackWithdraw() ([]byte, error) {
	return creditCheck.abi.Pack("withdraw")
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ccfd60b.
//
// Solidity: function withdraw() returns(uint256 amount)
func (creditCheck *CreditCheck) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := creditCheck.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// CreditCheckCreditDecision represents a CreditDecision event raised by the CreditCheck contract.
type CreditCheckCreditDecision struct {
	Applicant common.Address
	JobId     [32]byte
	Approved  bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const CreditCheckCreditDecisionEventName = "CreditDecision"

// ContractEventName returns the user-defined event name.
func (CreditCheckCreditDecision) ContractEventName() string {
	return CreditCheckCreditDecisionEventName
}

// UnpackCreditDecisionEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditDecision(address indexed applicant, bytes32 indexed jobId, bool approved)
func (creditCheck *CreditCheck) UnpackCreditDecisionEvent(log *types.Log) (*CreditCheckCreditDecision, error) {
	event := "CreditDecision"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditCheck.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditCheckCreditDecision)
	if len(log.Data) > 0 {
		if err := creditCheck.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditCheck.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CreditCheckCreditExpired represents a CreditExpired event raised by the CreditCheck contract.
type CreditCheckCreditExpired struct {
	Applicant common.Address
	JobId     [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const CreditCheckCreditExpiredEventName = "CreditExpired"

// ContractEventName returns the user-defined event name.
func (CreditCheckCreditExpired) ContractEventName() string {
	return CreditCheckCreditExpiredEventName
}

// UnpackCreditExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditExpired(address indexed applicant, bytes32 indexed jobId)
func (creditCheck *CreditCheck) UnpackCreditExpiredEvent(log *types.Log) (*CreditCheckCreditExpired, error) {
	event := "CreditExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditCheck.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditCheckCreditExpired)
	if len(log.Data) > 0 {
		if err := creditCheck.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditCheck.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CreditCheckCreditFailed represents a CreditFailed event raised by the CreditCheck contract.
type CreditCheckCreditFailed struct {
	Applicant common.Address
	JobId     [32]byte
	Status    uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const CreditCheckCreditFailedEventName = "CreditFailed"

// ContractEventName returns the user-defined event name.
func (CreditCheckCreditFailed) ContractEventName() string {
	return CreditCheckCreditFailedEventName
}

// UnpackCreditFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditFailed(address indexed applicant, bytes32 indexed jobId, uint8 status)
func (creditCheck *CreditCheck) UnpackCreditFailedEvent(log *types.Log) (*CreditCheckCreditFailed, error) {
	event := "CreditFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditCheck.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditCheckCreditFailed)
	if len(log.Data) > 0 {
		if err := creditCheck.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditCheck.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CreditCheckCreditRequested represents a CreditRequested event raised by the CreditCheck contract.
type CreditCheckCreditRequested struct {
	Applicant common.Address
	JobId     [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const CreditCheckCreditRequestedEventName = "CreditRequested"

// ContractEventName returns the user-defined event name.
func (CreditCheckCreditRequested) ContractEventName() string {
	return CreditCheckCreditRequestedEventName
}

// UnpackCreditRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditRequested(address indexed applicant, bytes32 indexed jobId)
func (creditCheck *CreditCheck) UnpackCreditRequestedEvent(log *types.Log) (*CreditCheckCreditRequested, error) {
	event := "CreditRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditCheck.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditCheckCreditRequested)
	if len(log.Data) > 0 {
		if err := creditCheck.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditCheck.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (creditCheck *CreditCheck) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], creditCheck.abi.Errors["AlreadyPending"].ID.Bytes()[:4]) {
		return creditCheck.UnpackAlreadyPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditCheck.abi.Errors["NotApplicantJob"].ID.Bytes()[:4]) {
		return creditCheck.UnpackNotApplicantJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditCheck.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return creditCheck.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditCheck.abi.Errors["NotSealed"].ID.Bytes()[:4]) {
		return creditCheck.UnpackNotSealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditCheck.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return creditCheck.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditCheck.abi.Errors["OnlyRouter"].ID.Bytes()[:4]) {
		return creditCheck.UnpackOnlyRouterError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditCheck.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return creditCheck.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditCheck.abi.Errors["UnexpectedEther"].ID.Bytes()[:4]) {
		return creditCheck.UnpackUnexpectedEtherError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CreditCheckAlreadyPending represents a AlreadyPending error raised by the CreditCheck contract.
type CreditCheckAlreadyPending struct {
	Applicant common.Address
	JobId     [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyPending(address applicant, bytes32 jobId)
func CreditCheckAlreadyPendingErrorID() common.Hash {
	return common.HexToHash("0xfb9d4f9fdbfbeed22ca6141899d95d5cea5ff8aa2660f3666b44b3809be17e7a")
}

// UnpackAlreadyPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyPending(address applicant, bytes32 jobId)
func (creditCheck *CreditCheck) UnpackAlreadyPendingError(raw []byte) (*CreditCheckAlreadyPending, error) {
	out := new(CreditCheckAlreadyPending)
	if err := creditCheck.abi.UnpackIntoInterface(out, "AlreadyPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditCheckNotApplicantJob represents a NotApplicantJob error raised by the CreditCheck contract.
type CreditCheckNotApplicantJob struct {
	Applicant common.Address
	User      common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotApplicantJob(address applicant, address user)
func CreditCheckNotApplicantJobErrorID() common.Hash {
	return common.HexToHash("0x59cbcbb8faf65401123bc9af52e9ac37f8a90b8d63f857e9fce36200c403bdda")
}

// UnpackNotApplicantJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotApplicantJob(address applicant, address user)
func (creditCheck *CreditCheck) UnpackNotApplicantJobError(raw []byte) (*CreditCheckNotApplicantJob, error) {
	out := new(CreditCheckNotApplicantJob)
	if err := creditCheck.abi.UnpackIntoInterface(out, "NotApplicantJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditCheckNotPending represents a NotPending error raised by the CreditCheck contract.
type CreditCheckNotPending struct {
	Applicant common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(address applicant)
func CreditCheckNotPendingErrorID() common.Hash {
	return common.HexToHash("0xa7fa19b1bb77536f04dec7f90fb3b1de960de4e93fcf2100d23da7ed9daae24d")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(address applicant)
func (creditCheck *CreditCheck) UnpackNotPendingError(raw []byte) (*CreditCheckNotPending, error) {
	out := new(CreditCheckNotPending)
	if err := creditCheck.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditCheckNotSealed represents a NotSealed error raised by the CreditCheck contract.
type CreditCheckNotSealed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSealed()
func CreditCheckNotSealedErrorID() common.Hash {
	return common.HexToHash("0xc1f31ec956fccf3df52ea94d31dea109c2dd127a86471ad54b52976a8b9aba6d")
}

// UnpackNotSealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSealed()
func (creditCheck *CreditCheck) UnpackNotSealedError(raw []byte) (*CreditCheckNotSealed, error) {
	out := new(CreditCheckNotSealed)
	if err := creditCheck.abi.UnpackIntoInterface(out, "NotSealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditCheckNothingToWithdraw represents a NothingToWithdraw error raised by the CreditCheck contract.
type CreditCheckNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func CreditCheckNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (creditCheck *CreditCheck) UnpackNothingToWithdrawError(raw []byte) (*CreditCheckNothingToWithdraw, error) {
	out := new(CreditCheckNothingToWithdraw)
	if err := creditCheck.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditCheckOnlyRouter represents a OnlyRouter error raised by the CreditCheck contract.
type CreditCheckOnlyRouter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyRouter(address caller)
func CreditCheckOnlyRouterErrorID() common.Hash {
	return common.HexToHash("0x146f8b8ecd4ddfae8f2e3166931c101dd5a019381916aca37e98148689aff41c")
}

// UnpackOnlyRouterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyRouter(address caller)
func (creditCheck *CreditCheck) UnpackOnlyRouterError(raw []byte) (*CreditCheckOnlyRouter, error) {
	out := new(CreditCheckOnlyRouter)
	if err := creditCheck.abi.UnpackIntoInterface(out, "OnlyRouter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditCheckTransferFailed represents a TransferFailed error raised by the CreditCheck contract.
type CreditCheckTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func CreditCheckTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (creditCheck *CreditCheck) UnpackTransferFailedError(raw []byte) (*CreditCheckTransferFailed, error) {
	out := new(CreditCheckTransferFailed)
	if err := creditCheck.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditCheckUnexpectedEther represents a UnexpectedEther error raised by the CreditCheck contract.
type CreditCheckUnexpectedEther struct {
	From common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedEther(address from)
func CreditCheckUnexpectedEtherErrorID() common.Hash {
	return common.HexToHash("0xc980a22143f0b541af89fc3ea107c8e6cfa5b12ef7d3a618cffab4683a0c4843")
}

// UnpackUnexpectedEtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedEther(address from)
func (creditCheck *CreditCheck) UnpackUnexpectedEtherError(raw []byte) (*CreditCheckUnexpectedEther, error) {
	out := new(CreditCheckUnexpectedEther)
	if err := creditCheck.abi.UnpackIntoInterface(out, "UnexpectedEther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapCollateralMetaData contains all meta data concerning the DcapCollateral contract.
var DcapCollateralMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"rootCertificate\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"KIND_PCK_CA\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"KIND_TCB_SIGNING\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"certificate\",\"inputs\":[{\"name\":\"subjectHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structDcapCollateral.CaCert\",\"components\":[{\"name\":\"x\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"y\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"notBefore\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"notAfter\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"serialHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"context\",\"inputs\":[{\"name\":\"pckCaSubject\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"leafSerialHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"fmspc\",\"type\":\"bytes6\",\"internalType\":\"bytes6\"}],\"outputs\":[{\"name\":\"c\",\"type\":\"tuple\",\"internalType\":\"structDcapCollateral.Context\",\"components\":[{\"name\":\"pckCa\",\"type\":\"tuple\",\"internalType\":\"structDcapCollateral.CaCert\",\"components\":[{\"name\":\"x\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"y\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"notBefore\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"notAfter\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"serialHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"pckCaRevoked\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"leafRevoked\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"pckCrl\",\"type\":\"tuple\",\"internalType\":\"structDcapCollateral.CrlRecord\",\"components\":[{\"name\":\"thisUpdate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"nextUpdate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"pendingThisUpdate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"pendingNextEntry\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"rootCrl\",\"type\":\"tuple\",\"internalType\":\"structDcapCollateral.CrlRecord\",\"components\":[{\"name\":\"thisUpdate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"nextUpdate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"pendingThisUpdate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"pendingNextEntry\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"tcbInfo\",\"type\":\"tuple\",\"internalType\":\"structDcapCollateral.TcbInfoRecord\",\"components\":[{\"name\":\"issueDate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"nextUpdate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"evaluationDataNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"pceId\",\"type\":\"bytes2\",\"internalType\":\"bytes2\"},{\"name\":\"levelCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"tcbLevels\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"qeIdentity\",\"type\":\"tuple\",\"internalType\":\"structDcapCollateral.QeIdentityRecord\",\"components\":[{\"name\":\"issueDate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"nextUpdate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"evaluationDataNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"isvProdId\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"miscselect\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"},{\"name\":\"miscselectMask\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"},{\"name\":\"levelCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"attributes\",\"type\":\"bytes16\",\"internalType\":\"bytes16\"},{\"name\":\"attributesMask\",\"type\":\"bytes16\",\"internalType\":\"bytes16\"},{\"name\":\"mrSigner\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"qeLevels\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"crl\",\"inputs\":[{\"name\":\"issuerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structDcapCollateral.CrlRecord\",\"components\":[{\"name\":\"thisUpdate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"nextUpdate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"pendingThisUpdate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"pendingNextEntry\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isRevoked\",\"inputs\":[{\"name\":\"issuerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"serialHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"qeIdentity\",\"inputs\":[],\"outputs\":[{\"name\":\"rec\",\"type\":\"tuple\",\"internalType\":\"structDcapCollateral.QeIdentityRecord\",\"components\":[{\"name\":\"issueDate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"nextUpdate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"evaluationDataNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"isvProdId\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"miscselect\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"},{\"name\":\"miscselectMask\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"},{\"name\":\"levelCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"attributes\",\"type\":\"bytes16\",\"internalType\":\"bytes16\"},{\"name\":\"attributesMask\",\"type\":\"bytes16\",\"internalType\":\"bytes16\"},{\"name\":\"mrSigner\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"levels\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rootSubjectHash\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"submitCertificate\",\"inputs\":[{\"name\":\"der\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"submitCrl\",\"inputs\":[{\"name\":\"der\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"fromEntry\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxEntries\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"submitQeIdentity\",\"inputs\":[{\"name\":\"json\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"submitTcbInfo\",\"inputs\":[{\"name\":\"json\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"tcbInfo\",\"inputs\":[{\"name\":\"fmspc\",\"type\":\"bytes6\",\"internalType\":\"bytes6\"}],\"outputs\":[{\"name\":\"rec\",\"type\":\"tuple\",\"internalType\":\"structDcapCollateral.TcbInfoRecord\",\"components\":[{\"name\":\"issueDate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"nextUpdate\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"evaluationDataNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"pceId\",\"type\":\"bytes2\",\"internalType\":\"bytes2\"},{\"name\":\"levelCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"levels\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tcbSigningSubject\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"CertificateStored\",\"inputs\":[{\"name\":\"subjectHash\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"notBefore\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"notAfter\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CrlPartStored\",\"inputs\":[{\"name\":\"issuerHash\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"thisUpdate\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"nextEntry\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CrlStored\",\"inputs\":[{\"name\":\"issuerHash\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"thisUpdate\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"nextUpdate\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"entries\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QeIdentityStored\",\"inputs\":[{\"name\":\"issueDate\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"nextUpdate\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"evaluationDataNumber\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TcbInfoStored\",\"inputs\":[{\"name\":\"fmspc\",\"type\":\"bytes6\",\"indexed\":true,\"internalType\":\"bytes6\"},{\"name\":\"issueDate\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"nextUpdate\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"evaluationDataNumber\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BadDer\",\"inputs\":[{\"name\":\"offset\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BadJson\",\"inputs\":[{\"name\":\"offset\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BadSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadSignatureLength\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CertificateRevoked\",\"inputs\":[{\"name\":\"serialHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"CrlPartOutOfOrder\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"got\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoTcbSigningCertificate\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotValidNow\",\"inputs\":[{\"name\":\"notBefore\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"notAfter\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Stale\",\"inputs\":[{\"name\":\"stored\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"submitted\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownCertificate\",\"inputs\":[{\"name\":\"subjectCn\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"UnknownIssuer\",\"inputs\":[{\"name\":\"issuerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}]",
	ID:  "DcapCollateral",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051616d35380380616d3583398101604081905261002e916111c8565b5f610038826100b3565b90508060a0015181608001511415806100765750610074815f01518260200151836040015184610120015185610140015161042b60201b60201c565b155b1561009457604051635cd5d23360e01b815260040160405180910390fd5b60a0808201516080526101208201519052610140015160c0525061132d565b61011f604051806101a001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f64ffffffffff1681526020015f64ffffffffff1681526020015f81526020015f81526020015f81526020015f81525090565b81515f906101329084908390603061046e565b9050825181606001511461016a57806060015160405163337c0fbb60e01b815260040161016191815260200190565b60405180910390fd5b604081015160608201515f9161018491869190603061046e565b90505f6101928583856104d9565b905061019e858261051c565b5f6101aa8683866104d9565b905083606001518160600151146101dc57806060015160405163337c0fbb60e01b815260040161016191815260200190565b6101e686826105ae565b604087015260208601526101fa86846106be565b8552604083015160608401515f916102169189919060a061046e565b90506102238782866104d9565b805190915060ff1660021461025357806020015160405163337c0fbb60e01b815260040161016191815260200190565b61025d8782610719565b606087015261026d8782866104d9565b9050610279878261051c565b6102848782866104d9565b805190915060ff166030146102b457806020015160405163337c0fbb60e01b815260040161016191815260200190565b6102be8782610745565b60808701526102ce8782866104d9565b805190915060ff166030146102fe57806020015160405163337c0fbb60e01b815260040161016191815260200190565b5f610309888361075f565b905061031588826107ab565b64ffffffffff1660e088015261032c8882846104d9565b905061033888826107ab565b64ffffffffff166101008801526103508883876104d9565b805190925060ff1660301461038057816020015160405163337c0fbb60e01b815260040161016191815260200190565b61038a8883610745565b60a08801526103998883610942565b60c08801526103a98883876104d9565b91506103b588836109f2565b610140890152610120880152606080860151908301511015610420576103dc8883876104d9565b915060a360ff16825f015160ff160361042057604082015160608301515f91610409918b9190603061046e565b60408101516101608a015260600151610180890152505b505050505050919050565b5f6040518681528560208201528460408201528360608201528260808201525f5f5260205f60a0836101005afa5f5160011460203d141616979650505050505050565b61049860405180608001604052805f60ff1681526020015f81526020015f81526020015f81525090565b6104a3858585610bc7565b90508160ff16815f015160ff16146104d15760405163337c0fbb60e01b815260048101859052602401610161565b949350505050565b61050360405180608001604052805f60ff1681526020015f81526020015f81526020015f81525090565b6104d18484606001518460600151610bc760201b60201c565b805160ff16603014158061054457508060200151816060015161053f919061128c565b600c14155b1561056a57806020015160405163337c0fbb60e01b815260040161016191815260200190565b6020818101518301015160a01c6b300a06082a8648ce3d040302146105aa57806020015160405163337c0fbb60e01b815260040161016191815260200190565b5050565b80515f90819060ff1660031415806105d957506001836040015184606001516105d7919061128c565b105b806106075750838360400151815181106105f5576105f561129f565b01602001516001600160f81b03191615155b1561062d57826020015160405163337c0fbb60e01b815260040161016191815260200190565b5f61064f858560400151600161064391906112b3565b6060870151603061046e565b90505f61065c868361075f565b90505f61066a8783856104d9565b90506106768783610d67565b94506106828782610d67565b935082606001518160600151146106b457806060015160405163337c0fbb60e01b815260040161016191815260200190565b5050509250929050565b5f5f826020015190505f8184606001516106d8919061128c565b90505f60205f838560208a010160025afa90505f519350806107105760405163337c0fbb60e01b815260048101849052602401610161565b50505092915050565b5f5f826040015190505f818460600151610733919061128c565b94909101602001939093209392505050565b5f5f826020015190505f818460600151610733919061128c565b61078960405180608001604052805f60ff1681526020015f81526020015f81526020015f81525090565b6107a28383604001518460600151610bc760201b60201c565b90505b92915050565b604081015181515f9190829060ff1660171480156107d857508184606001516107d4919061128c565b600d145b15610822576107e985836002610ec7565b905060328110156107fc576107d0610800565b61076c5b61080e9061ffff16826112b3565b905061081b6002836112b3565b9150610884565b835160ff1660181480156108455750818460600151610841919061128c565b600f145b156108635761085685836004610ec7565b905061081b6004836112b3565b836020015160405163337c0fbb60e01b815260040161016191815260200190565b8460018560600151610896919061128c565b815181106108a6576108a661129f565b6020910101516001600160f81b031916602d60f91b146108e157836020015160405163337c0fbb60e01b815260040161016191815260200190565b610939816108f187856002610ec7565b610907886109008760026112b3565b6002610ec7565b610916896109008860046112b3565b6109258a6109008960066112b3565b6109348b6109008a60086112b3565b610f6b565b95945050505050565b60408101515f905b82606001518110156109e95760608301515f9061096a9086908490610bc7565b604081015160608201519192505f91610986918891603061046e565b604081015160608201519192505f916109a2918991600661046e565b90506109b787826255040360e81b6003611143565b156109dc576109d16109ca8883856104d9565b8890610719565b9450505050506107a5565b505060600151905061094a565b505f9392505050565b80515f90819060ff16603014610a2357826020015160405163337c0fbb60e01b815260040161016191815260200190565b5f610a2e858561075f565b905080602001518160600151610a44919061128c565b6015141580610a7457506020818101518601015160581c74301306072a8648ce3d020106082a8648ce3d03010714155b15610a9a57806020015160405163337c0fbb60e01b815260040161016191815260200190565b5f610aa68683876104d9565b805190915060ff166003141580610ad1575080604001518160600151610acc919061128c565b604214155b15610af757806020015160405163337c0fbb60e01b815260040161016191815260200190565b85816040015181518110610b0d57610b0d61129f565b01602001516001600160f81b031916151580610b5e57508581604001516001610b3691906112b3565b81518110610b4657610b4661129f565b6020910101516001600160f81b031916600160fa1b14155b15610b8457806020015160405163337c0fbb60e01b815260040161016191815260200190565b610ba18682604001516002610b9991906112b3565b016020015190565b5f1c9350610bba8682604001516022610b9991906112b3565b5f1c925050509250929050565b610bf160405180608001604052805f60ff1681526020015f81526020015f81526020015f81525090565b8351821180610c09575081610c078460026112b3565b115b15610c2a5760405163337c0fbb60e01b815260048101849052602401610161565b838381518110610c3c57610c3c61129f565b0160209081015160f81c825281018390525f84610c5a8560016112b3565b81518110610c6a57610c6a61129f565b016020015160f81c90505f610c808560026112b3565b90506080821615610d2357607f8216801580610c9c5750600381115b80610caf575084610cad82846112b3565b115b15610cd05760405163337c0fbb60e01b815260048101879052602401610161565b5f9250825b81811015610d145787610ce882856112b3565b81518110610cf857610cf861129f565b60209101015160f81c60089490941b9390931792600101610cd5565b50610d1f81836112b3565b9150505b60408301819052610d3482826112b3565b60608401819052841015610d5e5760405163337c0fbb60e01b815260048101869052602401610161565b50509392505050565b80515f9060ff16600214801590610d835750815160ff16600a14155b80610d95575081604001518260600151145b15610dbb57816020015160405163337c0fbb60e01b815260040161016191815260200190565b60408201518351849082908110610dd457610dd461129f565b60209101015160f81c60801615610e0657826020015160405163337c0fbb60e01b815260040161016191815260200190565b838181518110610e1857610e1861129f565b016020015160f81c158015610e3c57506001818460600151610e3a919061128c565b115b15610e4d57610e4a816112c6565b90505b6020818460600151610e5f919061128c565b1115610e8657826020015160405163337c0fbb60e01b815260040161016191815260200190565b8260600151811015610ec057838181518110610ea457610ea461129f565b60209101015160f81c60089290921b9190911790600101610e86565b5092915050565b5f805b82811015610f63575f85610ede83876112b3565b81518110610eee57610eee61129f565b016020015160f81c90506030811080610f0a575060398160ff16115b15610f3557610f1982866112b3565b60405163337c0fbb60e01b815260040161016191815260200190565b610f406030826112de565b60ff16610f4e84600a6112f7565b610f5891906112b3565b925050600101610eca565b509392505050565b5f6107b2871080610f7a575085155b80610f855750600c86115b80610f8e575084155b80610f995750601f85115b80610fa45750601784115b80610faf5750603b83115b80610fba5750603c82115b15610fda5760405163337c0fbb60e01b81525f6004820152602401610161565b5f6002871115610fea5787610ff5565b610ff560018961128c565b90505f6110046101908361130e565b90505f611013826101906112f7565b61101d908461128c565b90505f60028a11611038576110338a60096112b3565b611043565b61104360038b61128c565b90505f60018a60056110568560996112f7565b6110619060026112b3565b61106b919061130e565b61107591906112b3565b61107f919061128c565b90505f8161108e60648661130e565b61109960048761130e565b6110a58761016d6112f7565b6110af91906112b3565b6110b9919061128c565b6110c391906112b3565b90505f620afa6c826110d88862023ab16112f7565b6110e291906112b3565b6110ec919061128c565b9050886110fa8b603c6112f7565b6111068d610e106112f7565b61111384620151806112f7565b61111d91906112b3565b61112791906112b3565b61113191906112b3565b9e9d5050505050505050505050505050565b5f8184604001518560600151611159919061128c565b1461116557505f6104d1565b61117082602061128c565b61117b9060086112f7565b83901c61118983602061128c565b6111949060086112f7565b6111a8878760400151610b9960201b60201c565b901c1495945050505050565b634e487b7160e01b5f52604160045260245ffd5b5f602082840312156111d8575f5ffd5b81516001600160401b038111156111ed575f5ffd5b8201601f810184136111fd575f5ffd5b80516001600160401b03811115611216576112166111b4565b604051601f8201601f19908116603f011681016001600160401b0381118282101715611244576112446111b4565b60405281815282820160200186101561125b575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156107a5576107a5611278565b634e487b7160e01b5f52603260045260245ffd5b808201808211156107a5576107a5611278565b5f600182016112d7576112d7611278565b5060010190565b60ff82811682821603908111156107a5576107a5611278565b80820281158282048414176107a5576107a5611278565b5f8261132857634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a05160c0516159ad6113885f395f8181610da3015261171b01525f8181610d8101526116fa01525f818161036601528181610dc50152818161152c01528181611684015281816118be0152611e8101526159ad5ff3fe608060405234801561000f575f5ffd5b50600436106100e4575f3560e01c80638c2c6db411610088578063acba388811610063578063acba388814610320578063b684252f14610343578063dbf2428814610359578063fe2aa30914610361575f5ffd5b80638c2c6db414610237578063920bdd561461024a57806399e5735f1461030a575f5ffd5b8063531b27ac116100c3578063531b27ac1461013a5780635c99638f146101ea5780636f96c600146101fd57806374c715e914610217575f5ffd5b8062985372146100e85780631b992ec6146100fd57806345c0ac9814610110575b5f5ffd5b6100fb6100f6366004615162565b610388565b005b6100fb61010b366004615162565b6107b7565b61012361011e366004615202565b610b87565b604051610131929190615255565b60405180910390f35b6101dd6101483660046152d8565b604080516080810182525f808252602082018190529181018290526060810191909152505f908152600260209081526040918290208251608081018452905464ffffffffff80821683526501000000000082048116938301939093526a01000000000000000000008104909216928101929092526f01000000000000000000000000000000900463ffffffff16606082015290565b60405161013191906152ef565b6100fb6101f8366004615339565b610d33565b610205600181565b60405160ff9091168152602001610131565b61022a610225366004615386565b611395565b60405161013191906154fd565b6100fb6102453660046156bb565b611641565b6102fd6102583660046152d8565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f90815260016020818152604092839020835160c081018552815481529281015491830191909152600281015464ffffffffff8082169484019490945265010000000000810490931660608301526a010000000000000000000090920460ff16608082015260039091015460a082015290565b60405161013191906156fa565b6103125f5481565b604051908152602001610131565b61033361032e36600461574e565b611b7a565b6040519015158152602001610131565b61034b611b9d565b60405161013192919061576e565b610205600281565b6103127f000000000000000000000000000000000000000000000000000000000000000081565b5f84848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509293506103cf925083915085905084611db5565b5f6103d982611ffe565b90506103fa815f015164ffffffffff16826020015164ffffffffff1661206b565b600654815164ffffffffff918216911610806104335750600654604082015163ffffffff6a010000000000000000000090920482169116105b156104855760065481516040517f069c071700000000000000000000000000000000000000000000000000000000815264ffffffffff9283166004820152911660248201526044015b60405180910390fd5b600654815164ffffffffff9182169116036104a15750506107b1565b610160810151515f5b818110156104ec5782610160015181815181106104c9576104c9615790565b6020908102919091018101515f83815260099092526040909120556001016104aa565b50604051806101400160405280835f015164ffffffffff168152602001836020015164ffffffffff168152602001836040015163ffffffff1681526020018360a0015161ffff1681526020018360c001517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff191681526020018360e001517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff191681526020018260ff1681526020018361010001516fffffffffffffffffffffffffffffffff191681526020018361012001516fffffffffffffffffffffffffffffffff1916815260200183610140015181525060065f820151815f015f6101000a81548164ffffffffff021916908364ffffffffff1602179055506020820151815f0160056101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f01600a6101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01600e6101000a81548161ffff021916908361ffff1602179055506080820151815f0160106101000a81548163ffffffff021916908360e01c021790555060a0820151815f0160146101000a81548163ffffffff021916908360e01c021790555060c0820151815f0160186101000a81548160ff021916908360ff16021790555060e0820151816001015f6101000a8154816fffffffffffffffffffffffffffffffff021916908360801c02179055506101008201518160010160106101000a8154816fffffffffffffffffffffffffffffffff021916908360801c021790555061012082015181600201559050507fed0b8fcab1f0aac108161fe1d772f67e4b3b087b2be91e55b8d183ff842df91b825f0151836020015184604001516040516107a59392919064ffffffffff938416815291909216602082015263ffffffff91909116604082015260600190565b60405180910390a15050505b50505050565b5f84848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509293506107fe925083915085905084611db5565b5f610808826120bd565b9050610829815f015164ffffffffff16826020015164ffffffffff1661206b565b60608101517fffffffffffff0000000000000000000000000000000000000000000000000000165f9081526004602052604090208054825164ffffffffff9182169116108061089457508054604083015163ffffffff6a010000000000000000000090920482169116105b156108e057805482516040517f069c071700000000000000000000000000000000000000000000000000000000815264ffffffffff92831660048201529116602482015260440161047c565b8054825164ffffffffff9182169116036108fc575050506107b1565b60608201517fffffffffffff0000000000000000000000000000000000000000000000000000165f9081526005602052604081206101608401515190915b8181101561097b57846101600151818151811061095957610959615790565b6020908102919091018101515f8381529185905260409091205560010161093a565b506040518060a00160405280855f015164ffffffffff168152602001856020015164ffffffffff168152602001856040015163ffffffff16815260200185608001517dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191681526020018260ff1681525060045f866060015179ffffffffffffffffffffffffffffffffffffffffffffffffffff191679ffffffffffffffffffffffffffffffffffffffffffffffffffff191681526020019081526020015f205f820151815f015f6101000a81548164ffffffffff021916908364ffffffffff1602179055506020820151815f0160056101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f01600a6101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01600e6101000a81548161ffff021916908360f01c02179055506080820151815f0160106101000a81548160ff021916908360ff160217905550905050836060015179ffffffffffffffffffffffffffffffffffffffffffffffffffff19167ffb88a348b48de8ca959ff5eaa32303759ef5cd962247976a55683c6f8f551c27855f015186602001518760400151604051610b749392919064ffffffffff938416815291909216602082015263ffffffff91909116604082015260600190565b60405180910390a2505050505050505050565b6040805160a080820183525f8083526020808401829052838501829052606080850183905260809485018390527fffffffffffff0000000000000000000000000000000000000000000000000000871683526004825291859020855193840186525464ffffffffff808216855265010000000000820416918401919091526a0100000000000000000000810463ffffffff16948301949094526e010000000000000000000000000000840460f01b7fffff000000000000000000000000000000000000000000000000000000000000168282015270010000000000000000000000000000000090930460ff16918101829052919067ffffffffffffffff811115610c9357610c936157bd565b604051908082528060200260200182016040528015610cbc578160200160208202803683370190505b5090505f5b8151811015610d2d577fffffffffffff000000000000000000000000000000000000000000000000000084165f9081526005602090815260408083208484529091529020548251839083908110610d1a57610d1a615790565b6020908102919091010152600101610cc1565b50915091565b5f84848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939450610d7792508491506121279050565b60608101519091507f0000000000000000000000000000000000000000000000000000000000000000907f0000000000000000000000000000000000000000000000000000000000000000907f000000000000000000000000000000000000000000000000000000000000000014610e645760608301515f908152600160208190526040909120600281015490916a010000000000000000000090910460ff1614610e565783606001516040517fbbe671c100000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b805460019091015490925090505b610e7c835f01518460200151856040015185856123b6565b610eb2576040517f5cd5d23300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b826080015164ffffffffff16421080610ed557508260a0015164ffffffffff1642115b15610f2757608083015160a08401516040517fcc146ddb00000000000000000000000000000000000000000000000000000000815264ffffffffff92831660048201529116602482015260440161047c565b60608301515f9081526002602052604090208054608085015164ffffffffff91821691161015610f9b57805460808501516040517f069c071700000000000000000000000000000000000000000000000000000000815264ffffffffff92831660048201529116602482015260440161047c565b8054608085015164ffffffffff918216911603610fbc5750505050506107b1565b861580159061100d5750608084015181546a0100000000000000000000900464ffffffffff908116911614158061100d575080546f01000000000000000000000000000000900463ffffffff168714155b1561109b57608084015181546a0100000000000000000000900464ffffffffff90811691161461103d575f611059565b80546f01000000000000000000000000000000900463ffffffff165b6040517f898ba5cc00000000000000000000000000000000000000000000000000000000815263ffffffff90911660048201526024810188905260440161047c565b6060808501515f90815260036020908152604080832081516080810183526030815260c08a0180519482019490945283519281019290925260e089015194820194909452905190918061110e8c7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff615817565b8b116111235761111e8b8d61582a565b611145565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff5b90505b83606001518310801561115a57508082105b156111f6575f6111718b85876060015160306123f9565b90508c83106111de575f6111908c8360400151846060015160026123f9565b90506001875f6111a08f8561247d565b815260208101919091526040015f2080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016911515919091179055505b606081015193506111ee8361583d565b925050611148565b83606001518310156112d157608089015186547fffffffffffffffffffffffffff000000000000000000ffffffffffffffffffff166a010000000000000000000064ffffffffff9092169182027fffffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffff16176f0100000000000000000000000000000063ffffffff85160217875560608a0151604080519283526020830185905290917f5f91d824c7a4dc4d7901b2b512340d6741f53b4f4cdefb2ad981af2de4bd2589910160405180910390a2505050505050505050506107b1565b6080890151865460a08b015164ffffffffff9283167fffffffffffffffffffffffffffffffffffffffffffff0000000000000000000090921682176501000000000093909116928302177fffffffffffffffffffffffffff000000000000000000ffffffffffffffffffff1688556060808c01516040805193845260208401949094529282018590527f0f109afb44e10a81ba454764083a771d1c6eae379c8af2fc95c0f9d2266a6fb0910160405180910390a25050505050505050505050505050565b604080516101e0810182525f610120808301828152610140808501849052610160850184905261018085018490526101a085018490526101c0850184905290845260208085018490528486018490528551608080820188528582528183018690528188018690526060808301879052808801929092528751808201895286815280840187905280890187905280830187905281880152875160a08082018a52878252818501889052818a018890528184018890528183018890528089019190915260c080890184905289519586018a528786529385018790529784018690528382018690528301859052958201849052810183905260e081810184905261010082810185905292820193909352918301919091528101919091525f848152600160208181526040808420815160c08101835281548152938101548484015260028082015464ffffffffff808216878601526501000000000080830482166060808a019190915260ff6a01000000000000000000009485900481166080808c019190915260039788015460a0808d01919091529a8d527f0000000000000000000000000000000000000000000000000000000000000000808d52888b52898d208e51909c01518d529a8a52888c2054821615158d8b01528f8c52968952878b208e8c528952878b20541615158b8801528d8a52848852868a2087518088018952905480851682528381048516828b01528581048516828a015263ffffffff6f01000000000000000000000000000000918290048116838501528d840192909252998b529488529886902086518087018852905480841682529182048316978101979097529182041693850193909352939091049092169281019290925282015261161d82610b87565b60c083015260a082015261162f611b9d565b61010083015260e08201529392505050565b5f61168083838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506124a992505050565b90507f00000000000000000000000000000000000000000000000000000000000000008160800151146116e75780608001516040517fbbe671c100000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b61173f815f0151826020015183604001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000006123b6565b611775576040517f5cd5d23300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f7f84eb72543fac46d69ca77faea23e8f689f4eee6d0444cfe8bd1996f61feeba798260c0015114806117cb57507ff2cdee66d0c46bef721c372ff5fe990263f3608a970b3a22fe0de6d8e7f3cfac8260c00151145b156117d857506001611845565b7f6452690b257aa645bc502c2710cdc0aad147e6b2adf75ed9ba11f40076b3c2c78260c001510361180b57506002611845565b8160c001516040517f7332064e00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b8160e0015164ffffffffff16421080611869575081610100015164ffffffffff1642115b156118bc5760e08201516101008301516040517fcc146ddb00000000000000000000000000000000000000000000000000000000815264ffffffffff92831660048201529116602482015260440161047c565b7f00000000000000000000000000000000000000000000000000000000000000005f9081526003602090815260408083206060860151845290915290205460ff161561193c5781606001516040517f44d80a4300000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b60a08201515f9081526001602052604090208054156119f257600281015460e084015164ffffffffff918216911610156119bd57600281015460e08401516040517f069c071700000000000000000000000000000000000000000000000000000000815264ffffffffff92831660048201529116602482015260440161047c565b600281015460e084015164ffffffffff90811691161480156119e6575080600301548360600151145b156119f2575050505050565b6040805160c0810182526101208501518152610140850151602080830191825260e087015164ffffffffff9081168486019081526101008901518216606080870191825260ff808b1660808901818152928d015160a0808b019182528e01515f9081526001988990529a909a20985189559651958801959095559151600287018054925193519095166a0100000000000000000000027fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff93851665010000000000027fffffffffffffffffffffffffffffffffffffffffffff000000000000000000009093169190941617171617905591516003909101557ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01611b185760a08301515f555b60a083015160e08401516101008501516040805160ff8716815264ffffffffff93841660208201529290911682820152517f5e0ed3eaf887fdb0f08893ce7fdeb49254f7e42c89bc65956291cbafd1572acd9181900360600190a25050505050565b5f82815260036020908152604080832084845290915290205460ff165b92915050565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081019190915250604080516101408101825260065464ffffffffff80821683526501000000000082041660208301526a0100000000000000000000810463ffffffff16928201929092526e010000000000000000000000000000820461ffff1660608083019190915270010000000000000000000000000000000080840460e090811b7fffffffff00000000000000000000000000000000000000000000000000000000908116608080870191909152740100000000000000000000000000000000000000008704831b90911660a0860152780100000000000000000000000000000000000000000000000090950460ff1660c0850181905260075480871b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000908116938701939093529290920490941b909316610100830152600854610120830152909167ffffffffffffffff811115611d4457611d446157bd565b604051908082528060200260200182016040528015611d6d578160200160208202803683370190505b5090505f5b8151811015611db0575f818152600960205260409020548251839083908110611d9d57611d9d615790565b6020908102919091010152600101611d72565b509091565b5f5480611dee576040517f405cb03400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f818152600160205260409020600281015464ffffffffff16421080611e275750600281015465010000000000900464ffffffffff1642115b15611e7f5760028101546040517fcc146ddb00000000000000000000000000000000000000000000000000000000815264ffffffffff808316600483015265010000000000909204909116602482015260440161047c565b7f00000000000000000000000000000000000000000000000000000000000000005f90815260036020818152604080842092850154845291905290205460ff1615611efe5780600301546040517f44d80a4300000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b60408314611f38576040517fd7bad83f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611fc1600286604051611f4b9190615874565b602060405180830381855afa158015611f66573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190611f89919061588a565b611f9660205f87896158a1565b611f9f916158c8565b611fac866020818a6158a1565b611fb5916158c8565b845460018601546123b6565b611ff7576040517f5cd5d23300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050505050565b60408051610180810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e0820183905261010082018390526101208201839052610140820192909252610160810191909152611b978260016128ae565b8142108061207857508042115b156120b9576040517fcc146ddb000000000000000000000000000000000000000000000000000000008152600481018390526024810182905260440161047c565b5050565b60408051610180810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e0820183905261010082018390526101208201839052610140820183905261016082015290611b979083906128ae565b6121756040518061010001604052805f81526020015f81526020015f81526020015f81526020015f64ffffffffff1681526020015f64ffffffffff1681526020015f81526020015f81525090565b81515f90612188908490839060306123f9565b905082518160600151146121d05780606001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b604081015160608201515f916121ea9186919060306123f9565b90505f6121f8858385612e21565b90506122048582612e5e565b5f612210868386612e21565b9050836060015181606001511461225b5780606001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b6122658682612f1e565b604087015260208601526122798684613078565b85525f61228687856130ec565b9050600260ff16815f015160ff16036122a7576122a4878286612e21565b90505b6122b18782612e5e565b6122bc878286612e21565b805190915060ff166030146123055780602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b61230f8782613130565b606087015261231f878286612e21565b905061232b878261314a565b64ffffffffff166080870152612342878286612e21565b905061234e878261314a565b64ffffffffff1660a08701526060808201805160c0890152805160e089015290850151905110156123ac57612384878286612e21565b9050603060ff16815f015160ff16036123ac57604081015160c0870152606081015160e08701525b5050505050919050565b5f6040518681528560208201528460408201528360608201528260808201525f5f5260205f60a0836101005afa5f5160011460203d141616979650505050505050565b61242360405180608001604052805f60ff1681526020015f81526020015f81526020015f81525090565b61242e858585613347565b90508160ff16815f015160ff1614612475576040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004810185905260240161047c565b949350505050565b5f5f826040015190505f8184606001516124979190615817565b94909101602001939093209392505050565b612515604051806101a001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f64ffffffffff1681526020015f64ffffffffff1681526020015f81526020015f81526020015f81526020015f81525090565b81515f90612528908490839060306123f9565b905082518160600151146125705780606001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b604081015160608201515f9161258a9186919060306123f9565b90505f612598858385612e21565b90506125a48582612e5e565b5f6125b0868386612e21565b905083606001518160600151146125fb5780606001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b6126058682612f1e565b604087015260208601526126198684613078565b8552604083015160608401515f916126359189919060a06123f9565b9050612642878286612e21565b805190915060ff1660021461268b5780602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b612695878261247d565b60608701526126a5878286612e21565b90506126b18782612e5e565b6126bc878286612e21565b805190915060ff166030146127055780602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b61270f8782613130565b608087015261271f878286612e21565b805190915060ff166030146127685780602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b5f61277388836130ec565b905061277f888261314a565b64ffffffffff1660e0880152612796888284612e21565b90506127a2888261314a565b64ffffffffff166101008801526127ba888387612e21565b805190925060ff166030146128035781602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b61280d8883613130565b60a088015261281c8883613532565b60c088015261282c888387612e21565b91506128388883613602565b6101408901526101208801526060808601519083015110156128a35761285f888387612e21565b915060a360ff16825f015160ff16036128a357604082015160608301515f9161288c918b919060306123f9565b60408101516101608a015260600151610180890152505b505050505050919050565b60408051610180810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e08201839052610100820183905261012082018390526101408201929092526101608101919091528251600281108061297a5750835f8151811061292e5761292e615790565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f7b0000000000000000000000000000000000000000000000000000000000000014155b156129b3576040517f74b889ba0000000000000000000000000000000000000000000000000000000081525f600482015260240161047c565b60408051818152610820810182529060208201610800803683375050506101608301526040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101829052815b83811015612d5c575f878281518110612a2357612a23615790565b016020015160f81c90506022819003612af2575f5f612a428a85613887565b9092509050612a5281600161582a565b93508684108015612abb5750898481518110612a7057612a70615790565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f3a00000000000000000000000000000000000000000000000000000000000000145b15612aea57612ac98461583d565b9350612aea8a89878c612ae48f888881900391016020012090565b89613a79565b505050612a08565b8060ff16607b1480612b0757508060ff16605b145b15612b8c5782518390612b199061583d565b905260208301518015612b2d575082516003145b15612b87578060ff16607b14612b72576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810183905260240161047c565b5f606084018190526080840181905260a08401525b612d4b565b8060ff16607d1480612ba157508060ff16605d145b15612d4b5782515f03612be3576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810183905260240161047c565b82602001518015612bf5575082516003145b15612ccb5760808301516007141580612c1c575086158015612c1c57508260a00151601014155b15612c56576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810183905260240161047c565b60408403612c93576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810183905260240161047c565b606083015161016087015185612ca88161583d565b965081518110612cba57612cba615790565b602002602001018181525050612ce9565b82602001518015612cdd575082516002145b15612ce9575f60208401525b82518390612cf690615904565b90528251158015612d115750612d0d600186615817565b8214155b15612d4b576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810183905260240161047c565b612d548261583d565b915050612a08565b8151151580612d7f575085612d73576101ff612d77565b617e3f5b826040015114155b80612d88575082155b15612dc2576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810185905260240161047c565b6101608501518381528551602087015164ffffffffff918216911611612e16576040517f74b889ba0000000000000000000000000000000000000000000000000000000081525f600482015260240161047c565b505050505092915050565b612e4b60405180608001604052805f60ff1681526020015f81526020015f81526020015f81525090565b6124758484606001518460600151613347565b805160ff166030141580612e86575080602001518160600151612e819190615817565b600c14155b15612ec55780602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b6020818101518301015160a01c6b300a06082a8648ce3d040302146120b95780602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b80515f90819060ff166003141580612f495750600183604001518460600151612f479190615817565b105b80612f8f575083836040015181518110612f6557612f65615790565b01602001517fff000000000000000000000000000000000000000000000000000000000000001615155b15612fce5782602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b5f612ff08585604001516001612fe4919061582a565b866060015160306123f9565b90505f612ffd86836130ec565b90505f61300b878385612e21565b9050613017878361441d565b9450613023878261441d565b9350826060015181606001511461306e5780606001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b5050509250929050565b5f5f826020015190505f8184606001516130929190615817565b90505f60205f838560208a010160025afa90505f519350806130e3576040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004810184905260240161047c565b50505092915050565b61311660405180608001604052805f60ff1681526020015f81526020015f81526020015f81525090565b6131298383604001518460600151613347565b9392505050565b5f5f826020015190505f8184606001516124979190615817565b604081015181515f9190829060ff16601714801561317757508184606001516131739190615817565b600d145b156131c157613188858360026145c8565b9050603281101561319b576107d061319f565b61076c5b6131ad9061ffff168261582a565b90506131ba60028361582a565b915061323c565b835160ff1660181480156131e457508184606001516131e09190615817565b600f145b15613202576131f5858360046145c8565b90506131ba60048361582a565b83602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b846001856060015161324e9190615817565b8151811061325e5761325e615790565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f5a00000000000000000000000000000000000000000000000000000000000000146132e65783602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b61333e816132f6878560026145c8565b61330c8861330587600261582a565b60026145c8565b61331b8961330588600461582a565b61332a8a61330589600661582a565b6133398b6133058a600861582a565b614685565b95945050505050565b61337160405180608001604052805f60ff1681526020015f81526020015f81526020015f81525090565b835182118061338957508161338784600261582a565b115b156133c3576040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004810184905260240161047c565b8383815181106133d5576133d5615790565b0160209081015160f81c825281018390525f846133f385600161582a565b8151811061340357613403615790565b016020015160f81c90505f61341985600261582a565b905060808216156134d557607f82168015806134355750600381115b80613448575084613446828461582a565b115b15613482576040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004810187905260240161047c565b5f9250825b818110156134c6578761349a828561582a565b815181106134aa576134aa615790565b60209101015160f81c60089490941b9390931792600101613487565b506134d1818361582a565b9150505b604083018190526134e6828261582a565b60608401819052841015613529576040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004810186905260240161047c565b50509392505050565b60408101515f905b82606001518110156135f9575f613560828560600151876133479092919063ffffffff16565b604081015160608201519192505f9161357c91889160306123f9565b604081015160608201519192505f9161359891899160066123f9565b90506135c787827f55040300000000000000000000000000000000000000000000000000000000006003614876565b156135ec576135e16135da888385612e21565b889061247d565b945050505050611b97565b505060600151905061353a565b505f9392505050565b80515f90819060ff1660301461364c5782602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b5f61365785856130ec565b90508060200151816060015161366d9190615817565b601514158061369d57506020818101518601015160581c74301306072a8648ce3d020106082a8648ce3d03010714155b156136dc5780602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b5f6136e8868387612e21565b805190915060ff16600314158061371357508060400151816060015161370e9190615817565b604214155b156137525780602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b8581604001518151811061376857613768615790565b01602001517fff0000000000000000000000000000000000000000000000000000000000000016151580613805575085816040015160016137a9919061582a565b815181106137b9576137b9615790565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f040000000000000000000000000000000000000000000000000000000000000014155b156138445780602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b6138618682604001516002613859919061582a565b016020015190565b5f1c935061387a8682604001516022613859919061582a565b5f1c925050509250929050565b81515f90819080841015806138f557508484815181106138a9576138a9615790565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f220000000000000000000000000000000000000000000000000000000000000014155b1561392f576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810185905260240161047c565b61393a84600161582a565b92508291505b80821015613a3d575f85838151811061395b5761395b615790565b01602001517fff000000000000000000000000000000000000000000000000000000000000001690507f22000000000000000000000000000000000000000000000000000000000000008190036139b3575050613a72565b7fff0000000000000000000000000000000000000000000000000000000000000081167f5c0000000000000000000000000000000000000000000000000000000000000003613a31576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810184905260240161047c565b50816001019150613940565b6040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810185905260240161047c565b9250929050565b835160010361416f575f7fa709fd3aa96d9faf770e44a5aef2f4808a6fe3a5ddf546568f36ad3a3873f31d8303613b55575060015f80613ab98985613887565b9150915085613ae8577f8ec2409669ebaea0d83544d244ace12e63a771ee426935bcc157d252eb5f3046613b0a565b7f92d0cd3eba06fc871a8ce75aa3a118281eb4fae949bdb178e3efe8d9fd6445255b8282036020848c01012014613b4e576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810185905260240161047c565b505061411e565b7fba1b4dd49a85c82b73f138b112d5135149203ed36c1ec80c46f8c572daa7c5ec8303613bda5750600283613b8b576003613b8e565b60025b60ff16613b9b88846148e4565b14613bd5576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810183905260240161047c565b61411e565b7f6076d2bbe55ad3c4b6ee7953ef9ae2e5b181f22d3eba84d569dbda4b99713e828303613c1c57506004613c0e87836149b6565b64ffffffffff16865261411e565b7f763eaaeea7af2e6dd24f817d656a3a2f55700b655f70efd88231fddddb3c82288303613c6157506008613c5087836149b6565b64ffffffffff16602087015261411e565b7f4e781c4bf4f96634340ceb53dcdb4730bdc24be94fdc96d345fdaa60d3d6d7b98303613ca557506010613c9587836148e4565b63ffffffff16604087015261411e565b7fd6d591efa424a0827fb062970a57c851088716066a090ed22b00fe6502c114358303613d7f5760209050865182101580613d395750868281518110613ced57613ced615790565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f5b0000000000000000000000000000000000000000000000000000000000000014155b15613d73576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810183905260240161047c565b6001602086015261411e565b83158015613dac57507f32d406b8d9e731fc9123600c61c66a13cbea488c34cc3d265954e87695b4121083145b15613dec57506040613dc087836006614d05565b7fffffffffffff000000000000000000000000000000000000000000000000000016606087015261411e565b83158015613e1957507f1f5653bc1bc6e041fc665b046bb7155c6612899340379c5caa4d030682426aea83145b15613e5957506080613e2d87836002614d05565b7fffff00000000000000000000000000000000000000000000000000000000000016608087015261411e565b83158015613e8657507ff1ef84607333b53a2004a6165e8ab88f55e83518116e21fd0b464b25722b2c3f83145b15613ed35750610100613e9987836148e4565b15613bd5576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810183905260240161047c565b838015613eff57507f355e097d35df62dadf6ff6c8a506f838c49019cee633e5834f0c8328a79243be83145b15613f405750610200613f1487836004614d05565b7fffffffff000000000000000000000000000000000000000000000000000000001660c087015261411e565b838015613f6c57507f52b593a1791fdc596f47be468717d77cb65fb4ca41a49cc2251c93a07ee007e383145b15613fad5750610400613f8187836004614d05565b7fffffffff000000000000000000000000000000000000000000000000000000001660e087015261411e565b838015613fd957507fa400e15477493b58388b48f7b160ed2fb67c4a5ddc41d82fa2a63f904d2e622b83145b1561401b5750610800613fee87836010614d05565b7fffffffffffffffffffffffffffffffff000000000000000000000000000000001661010087015261411e565b83801561404757507f17c4cfec1552be72636a92eab6688a6f9dc4a883e1e7d7f4bbacb37d473e14b583145b15614089575061100061405c87836010614d05565b7fffffffffffffffffffffffffffffffff000000000000000000000000000000001661012087015261411e565b8380156140b557507fc6289de500ffb547b5e0b7a91f7777325c606b45d58329945f4f303ea7a9424a83145b156140d557506120006140ca87836020614d05565b61014087015261411e565b83801561410157507f930cd84e6ba04258f5ad32400f8aaf42263bb2b57105dab5bedd61b2bf8ceb7583145b1561411e575061400061411487836148e4565b61ffff1660a08701525b604085015181161561415f576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810183905260240161047c565b6040850180519091179052614415565b8360200151156144155783515f9060031480156141ab57507f8ccaeed3ed0825b5048ee5eaf2994841e462373ff830e62b0e66e06e56cd20d683145b156141d65750600160686141bf8884614de6565b60608701805160ff9290921690921b1790526143c8565b8451600314801561420657507f5add4344b96eb4a412e6c34fcb56b6f1f9be776dbb6917001ce8245b90d0419b83145b1561422c57506002604061421a88846149b6565b6060870180519190921b1790526143c8565b84516004148015614288575083614263577ff474965a39aa6628954590fb3a16baffc36b6cd6427690d4bea56cca0320e607614285565b7f22402e2860cb074cd5b23d7be21f9d4928c0842771359c97717295e5cb1af67c5b83145b156142f2575060045f61429b88846148e4565b905061ffff8111156142dc576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810184905260240161047c565b60608601805160709290921b90911790526143c8565b83158015614301575084516006145b801561432c57507f4294eaea1f2439036f92859f5d2aee946a31a48b4d3ebceca5872241d2d7180983145b156143c8575f61433c88846148e4565b905060ff81118061435157508560a001516010145b1561438b576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810184905260240161047c565b60a086015161439b906008615938565b6143a69060f8615817565b6060870180519183901b909117905260a0860180516143c49061583d565b9052505b6080850151811615614409576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810183905260240161047c565b60808501805190911790525b505050505050565b80515f9060ff166002148015906144395750815160ff16600a14155b8061444b575081604001518260600151145b1561448a5781602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b604082015183518490829081106144a3576144a3615790565b60209101015160f81c608016156144ee5782602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b83818151811061450057614500615790565b016020015160f81c158015614524575060018184606001516145229190615817565b115b15614535576145328161583d565b90505b60208184606001516145479190615817565b11156145875782602001516040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b82606001518110156145c1578381815181106145a5576145a5615790565b60209101015160f81c60089290921b9190911790600101614587565b5092915050565b5f805b8281101561467d575f856145df838761582a565b815181106145ef576145ef615790565b016020015160f81c9050603081108061460b575060398160ff16115b1561464f5761461a828661582a565b6040517f337c0fbb00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b61465a60308261594f565b60ff1661466884600a615938565b614672919061582a565b9250506001016145cb565b509392505050565b5f6107b2871080614694575085155b8061469f5750600c86115b806146a8575084155b806146b35750601f85115b806146be5750601784115b806146c95750603b83115b806146d45750603c82115b1561470d576040517f337c0fbb0000000000000000000000000000000000000000000000000000000081525f600482015260240161047c565b5f600287111561471d5787614728565b614728600189615817565b90505f61473761019083615968565b90505f61474682610190615938565b6147509084615817565b90505f60028a1161476b576147668a600961582a565b614776565b61477660038b615817565b90505f60018a6005614789856099615938565b61479490600261582a565b61479e9190615968565b6147a8919061582a565b6147b29190615817565b90505f816147c1606486615968565b6147cc600487615968565b6147d88761016d615938565b6147e2919061582a565b6147ec9190615817565b6147f6919061582a565b90505f620afa6c8261480b8862023ab1615938565b614815919061582a565b61481f9190615817565b90508861482d8b603c615938565b6148398d610e10615938565b6148468462015180615938565b614850919061582a565b61485a919061582a565b614864919061582a565b9e9d5050505050505050505050505050565b5f818460400151856060015161488c9190615817565b1461489857505f612475565b6148a3826020615817565b6148ae906008615938565b83901c6148bc836020615817565b6148c7906008615938565b6148d8878760400151016020015190565b901c1495945050505050565b81515f90825b8184101561495d575f85858151811061490557614905615790565b016020015160f81c90506030811080614921575060398160ff16115b1561492c575061495d565b61493760308261594f565b60ff1661494585600a615938565b61494f919061582a565b9350508360010193506148ea565b808414806149745750600a6149728286615817565b115b156149ae576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810182905260240161047c565b505092915050565b5f5f5f6149c38585613887565b90925090506149d28282615817565b6014141580614a445750846149e883600461582a565b815181106149f8576149f8615790565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f2d0000000000000000000000000000000000000000000000000000000000000014155b80614ab2575084614a5683600761582a565b81518110614a6657614a66615790565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f2d0000000000000000000000000000000000000000000000000000000000000014155b80614b20575084614ac483600a61582a565b81518110614ad457614ad4615790565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f540000000000000000000000000000000000000000000000000000000000000014155b80614b8e575084614b3283600d61582a565b81518110614b4257614b42615790565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f3a0000000000000000000000000000000000000000000000000000000000000014155b80614bfc575084614ba083601061582a565b81518110614bb057614bb0615790565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f3a0000000000000000000000000000000000000000000000000000000000000014155b80614c6a575084614c0e83601361582a565b81518110614c1e57614c1e615790565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f5a0000000000000000000000000000000000000000000000000000000000000014155b15614ca4576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810185905260240161047c565b61333e614cb386846004614f9c565b614cc987614cc286600561582a565b6002614f9c565b614cd888614cc287600861582a565b614ce789614cc288600b61582a565b614cf68a614cc289600e61582a565b6133398b614cc28a601161582a565b5f5f5f614d128686613887565b9092509050614d22846002615938565b614d2c8383615817565b14614d66576040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810186905260240161047c565b5f5b84811015614ddc57614d7b816008615938565b614d869060f8615817565b614daf88614d95846002615938565b614d9f908761582a565b614daa90600161582a565b615051565b6004614dca8a614dc0866002615938565b614daa908961582a565b901b17901b9390931792600101614d68565b5050509392505050565b5f5f5f614df38585613887565b8181036020888401012091935091507f8dd11fcce5839087111530125177803569655488ae47b1f980ef0b1a711bf07c8103614e355760019350505050611b97565b7f7ad9f5b3c5180451fdebfb145dcb7bcd2dc9f95342d3659e0dcc8d07b31182a18103614e685760029350505050611b97565b7f820e8e2a851961706b111f73b809da9ccf7c4d4181cd135f0696ca2daa5059428103614e9b5760039350505050611b97565b7f938d21948776aa0552c7ab3437df37eb0b7c53c1044e6f258911c21d5f98cb5d8103614ece5760049350505050611b97565b7fe1dbc1592712cb224ab58df345a7bffafe7d5092dc9eff532076ee2c5e6870998103614f015760059350505050611b97565b7f605a88f0014fcefe2d398f17b974556e2ae7481bfdc313f7e0af48c270400c498103614f345760069350505050611b97565b7f78b54e92f33559320da4a0c1454741ea1f5c5fa31eb1dd482882c6df0231e4788103614f675760079350505050611b97565b6040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810186905260240161047c565b5f805b8281101561467d575f85614fb3838761582a565b81518110614fc357614fc3615790565b016020015160f81c90506030811080614fdf575060398160ff16115b1561502357614fee828661582a565b6040517f74b889ba00000000000000000000000000000000000000000000000000000000815260040161047c91815260200190565b61502e60308261594f565b60ff1661503c84600a615938565b615046919061582a565b925050600101614f9f565b5f5f83838151811061506557615065615790565b016020015160f81c905060308110801590615084575060398160ff1611155b1561509f5761509460308261594f565b60ff16915050611b97565b60618160ff16101580156150b7575060668160ff1611155b156150c75761509460578261594f565b60418160ff16101580156150df575060468160ff1611155b156150ef5761509460378261594f565b6040517f74b889ba0000000000000000000000000000000000000000000000000000000081526004810184905260240161047c565b5f5f83601f840112615134575f5ffd5b50813567ffffffffffffffff81111561514b575f5ffd5b602083019150836020828501011115613a72575f5ffd5b5f5f5f5f60408587031215615175575f5ffd5b843567ffffffffffffffff81111561518b575f5ffd5b61519787828801615124565b909550935050602085013567ffffffffffffffff8111156151b6575f5ffd5b6151c287828801615124565b95989497509550505050565b80357fffffffffffff0000000000000000000000000000000000000000000000000000811681146151fd575f5ffd5b919050565b5f60208284031215615212575f5ffd5b613129826151ce565b5f8151808452602084019350602083015f5b8281101561524b57815186526020958601959091019060010161522d565b5093949350505050565b6152c3818464ffffffffff815116825264ffffffffff602082015116602083015263ffffffff60408201511660408301527fffff000000000000000000000000000000000000000000000000000000000000606082015116606083015260ff60808201511660808301525050565b60c060a08201525f61247560c083018461521b565b5f602082840312156152e8575f5ffd5b5035919050565b60808101611b97828464ffffffffff815116825264ffffffffff602082015116602083015264ffffffffff604082015116604083015263ffffffff60608201511660608301525050565b5f5f5f5f6060858703121561534c575f5ffd5b843567ffffffffffffffff811115615362575f5ffd5b61536e87828801615124565b90989097506020870135966040013595509350505050565b5f5f5f60608486031215615398575f5ffd5b83359250602084013591506153af604085016151ce565b90509250925092565b805164ffffffffff16825260208101516153db602084018264ffffffffff169052565b5060408101516153f3604084018263ffffffff169052565b506060810151615409606084018261ffff169052565b50608081015161543d60808401827fffffffff00000000000000000000000000000000000000000000000000000000169052565b5060a081015161547160a08401827fffffffff00000000000000000000000000000000000000000000000000000000169052565b5060c081015161548660c084018260ff169052565b5060e08101516154ba60e08401827fffffffffffffffffffffffffffffffff00000000000000000000000000000000169052565b506101008101516154f06101008401827fffffffffffffffffffffffffffffffff00000000000000000000000000000000169052565b5061012090810151910152565b60208152615555602082018351805182526020810151602083015264ffffffffff604082015116604083015264ffffffffff606082015116606083015260ff608082015116608083015260a081015160a08301525050565b5f602083015161556960e084018215159052565b506040838101511515610100840152606080850151805164ffffffffff90811661012087015260208083015182166101408801528285015182166101608801529183015163ffffffff908116610180880152608080890151805184166101a08a01528085015184166101c08a01528087015184166101e08a0152850151821661020089015260a0890151805184166102208a01529384015190921661024088015293820151909316610260860152908101517fffff00000000000000000000000000000000000000000000000000000000000016610280850152015160ff166102a083015260c08301516104206102c084015261566a61044084018261521b565b905060e084015161567f6102e08501826153b8565b506101008401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08483030161042085015261333e828261521b565b5f5f602083850312156156cc575f5ffd5b823567ffffffffffffffff8111156156e2575f5ffd5b6156ee85828601615124565b90969095509350505050565b60c08101611b978284805182526020810151602083015264ffffffffff604082015116604083015264ffffffffff606082015116606083015260ff608082015116608083015260a081015160a08301525050565b5f5f6040838503121561575f575f5ffd5b50508035926020909101359150565b61577881846153b8565b6101606101408201525f61247561016083018461521b565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115611b9757611b976157ea565b80820180821115611b9757611b976157ea565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361586d5761586d6157ea565b5060010190565b5f82518060208501845e5f920191825250919050565b5f6020828403121561589a575f5ffd5b5051919050565b5f5f858511156158af575f5ffd5b838611156158bb575f5ffd5b5050820193919092039150565b80356020831015611b97577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b5f81615912576159126157ea565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b8082028115828204841417611b9757611b976157ea565b60ff8281168282160390811115611b9757611b976157ea565b5f8261599b577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea164736f6c634300081e000a",
}

// DcapCollateral is an auto generated Go binding around an Ethereum contract.
type DcapCollateral struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DcapCollateral) GetABI() abi.ABI {
	return c.abi
}

// NewDcapCollateral creates a new instance of DcapCollateral.
func NewDcapCollateral() *DcapCollateral {
	parsed, err := DcapCollateralMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DcapCollateral{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DcapCollateral) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(bytes rootCertificate) returns()
func (dcapCollateral *DcapCollateral) PackConstructor(rootCertificate []byte) []byte {
	enc, err := dcapCollateral.abi.Pack("", rootCertificate)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackKINDPCKCA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f96c600.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_PCK_CA() view returns(uint8)
func (dcapCollateral *DcapCollateral) PackKINDPCKCA() []byte {
	enc, err := dcapCollateral.abi.Pack("KIND_PCK_CA")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDPCKCA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f96c600.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_PCK_CA() view returns(uint8)
func (dcapCollateral *DcapCollateral) TryPackKINDPCKCA() ([]byte, error) {
	return dcapCollateral.abi.Pack("KIND_PCK_CA")
}

// UnpackKINDPCKCA is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f96c600.
//
// Solidity: function KIND_PCK_CA() view returns(uint8)
func (dcapCollateral *DcapCollateral) UnpackKINDPCKCA(data []byte) (uint8, error) {
	out, err := dcapCollateral.abi.Unpack("KIND_PCK_CA", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDTCBSIGNING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbf24288.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_TCB_SIGNING() view returns(uint8)
func (dcapCollateral *DcapCollateral) PackKINDTCBSIGNING() []byte {
	enc, err := dcapCollateral.abi.Pack("KIND_TCB_SIGNING")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDTCBSIGNING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbf24288.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_TCB_SIGNING() view returns(uint8)
func (dcapCollateral *DcapCollateral) TryPackKINDTCBSIGNING() ([]byte, error) {
	return dcapCollateral.abi.Pack("KIND_TCB_SIGNING")
}

// UnpackKINDTCBSIGNING is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbf24288.
//
// Solidity: function KIND_TCB_SIGNING() view returns(uint8)
func (dcapCollateral *DcapCollateral) UnpackKINDTCBSIGNING(data []byte) (uint8, error) {
	out, err := dcapCollateral.abi.Unpack("KIND_TCB_SIGNING", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x920bdd56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function certificate(bytes32 subjectHash) view returns((uint256,uint256,uint40,uint40,uint8,bytes32))
func (dcapCollateral *DcapCollateral) PackCertificate(subjectHash [32]byte) []byte {
	enc, err := dcapCollateral.abi.Pack("certificate", subjectHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x920bdd56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function certificate(bytes32 subjectHash) view returns((uint256,uint256,uint40,uint40,uint8,bytes32))
func (dcapCollateral *DcapCollateral) TryPackCertificate(subjectHash [32]byte) ([]byte, error) {
	return dcapCollateral.abi.Pack("certificate", subjectHash)
}

// UnpackCertificate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x920bdd56.
//
// Solidity: function certificate(bytes32 subjectHash) view returns((uint256,uint256,uint40,uint40,uint8,bytes32))
func (dcapCollateral *DcapCollateral) UnpackCertificate(data []byte) (DcapCollateralCaCert, error) {
	out, err := dcapCollateral.abi.Unpack("certificate", data)
	if err != nil {
		return *new(DcapCollateralCaCert), err
	}
	out0 := *abi.ConvertType(out[0], new(DcapCollateralCaCert)).(*DcapCollateralCaCert)
	return out0, nil
}

// PackContext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74c715e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function context(bytes32 pckCaSubject, bytes32 leafSerialHash, bytes6 fmspc) view returns(((uint256,uint256,uint40,uint40,uint8,bytes32),bool,bool,(uint40,uint40,uint40,uint32),(uint40,uint40,uint40,uint32),(uint40,uint40,uint32,bytes2,uint8),uint256[],(uint40,uint40,uint32,uint16,bytes4,bytes4,uint8,bytes16,bytes16,bytes32),uint256[]) c)
func (dcapCollateral *DcapCollateral) PackContext(pckCaSubject [32]byte, leafSerialHash [32]byte, fmspc [6]byte) []byte {
	enc, err := dcapCollateral.abi.Pack("context", pckCaSubject, leafSerialHash, fmspc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74c715e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function context(bytes32 pckCaSubject, bytes32 leafSerialHash, bytes6 fmspc) view returns(((uint256,uint256,uint40,uint40,uint8,bytes32),bool,bool,(uint40,uint40,uint40,uint32),(uint40,uint40,uint40,uint32),(uint40,uint40,uint32,bytes2,uint8),uint256[],(uint40,uint40,uint32,uint16,bytes4,bytes4,uint8,bytes16,bytes16,bytes32),uint256[]) c)
func (dcapCollateral *DcapCollateral) TryPackContext(pckCaSubject [32]byte, leafSerialHash [32]byte, fmspc [6]byte) ([]byte, error) {
	return dcapCollateral.abi.Pack("context", pckCaSubject, leafSerialHash, fmspc)
}

// UnpackContext is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74c715e9.
//
// Solidity: function context(bytes32 pckCaSubject, bytes32 leafSerialHash, bytes6 fmspc) view returns(((uint256,uint256,uint40,uint40,uint8,bytes32),bool,bool,(uint40,uint40,uint40,uint32),(uint40,uint40,uint40,uint32),(uint40,uint40,uint32,bytes2,uint8),uint256[],(uint40,uint40,uint32,uint16,bytes4,bytes4,uint8,bytes16,bytes16,bytes32),uint256[]) c)
func (dcapCollateral *DcapCollateral) UnpackContext(data []byte) (DcapCollateralContext, error) {
	out, err := dcapCollateral.abi.Unpack("context", data)
	if err != nil {
		return *new(DcapCollateralContext), err
	}
	out0 := *abi.ConvertType(out[0], new(DcapCollateralContext)).(*DcapCollateralContext)
	return out0, nil
}

// PackCrl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x531b27ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function crl(bytes32 issuerHash) view returns((uint40,uint40,uint40,uint32))
func (dcapCollateral *DcapCollateral) PackCrl(issuerHash [32]byte) []byte {
	enc, err := dcapCollateral.abi.Pack("crl", issuerHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCrl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x531b27ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function crl(bytes32 issuerHash) view returns((uint40,uint40,uint40,uint32))
func (dcapCollateral *DcapCollateral) TryPackCrl(issuerHash [32]byte) ([]byte, error) {
	return dcapCollateral.abi.Pack("crl", issuerHash)
}

// UnpackCrl is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x531b27ac.
//
// Solidity: function crl(bytes32 issuerHash) view returns((uint40,uint40,uint40,uint32))
func (dcapCollateral *DcapCollateral) UnpackCrl(data []byte) (DcapCollateralCrlRecord, error) {
	out, err := dcapCollateral.abi.Unpack("crl", data)
	if err != nil {
		return *new(DcapCollateralCrlRecord), err
	}
	out0 := *abi.ConvertType(out[0], new(DcapCollateralCrlRecord)).(*DcapCollateralCrlRecord)
	return out0, nil
}

// PackIsRevoked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacba3888.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRevoked(bytes32 issuerHash, bytes32 serialHash) view returns(bool)
func (dcapCollateral *DcapCollateral) PackIsRevoked(issuerHash [32]byte, serialHash [32]byte) []byte {
	enc, err := dcapCollateral.abi.Pack("isRevoked", issuerHash, serialHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRevoked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacba3888.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRevoked(bytes32 issuerHash, bytes32 serialHash) view returns(bool)
func (dcapCollateral *DcapCollateral) TryPackIsRevoked(issuerHash [32]byte, serialHash [32]byte) ([]byte, error) {
	return dcapCollateral.abi.Pack("isRevoked", issuerHash, serialHash)
}

// UnpackIsRevoked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xacba3888.
//
// Solidity: function isRevoked(bytes32 issuerHash, bytes32 serialHash) view returns(bool)
func (dcapCollateral *DcapCollateral) UnpackIsRevoked(data []byte) (bool, error) {
	out, err := dcapCollateral.abi.Unpack("isRevoked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackQeIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb684252f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function qeIdentity() view returns((uint40,uint40,uint32,uint16,bytes4,bytes4,uint8,bytes16,bytes16,bytes32) rec, uint256[] levels)
func (dcapCollateral *DcapCollateral) PackQeIdentity() []byte {
	enc, err := dcapCollateral.abi.Pack("qeIdentity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQeIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb684252f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function qeIdentity() view returns((uint40,uint40,uint32,uint16,bytes4,bytes4,uint8,bytes16,bytes16,bytes32) rec, uint256[] levels)
func (dcapCollateral *DcapCollateral) TryPackQeIdentity() ([]byte, error) {
	return dcapCollateral.abi.Pack("qeIdentity")
}

// QeIdentityOutput serves as a container for the return parameters of contract
// method QeIdentity.
type QeIdentityOutput struct {
	Rec    DcapCollateralQeIdentityRecord
	Levels []*big.Int
}

// UnpackQeIdentity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb684252f.
//
// Solidity: function qeIdentity() view returns((uint40,uint40,uint32,uint16,bytes4,bytes4,uint8,bytes16,bytes16,bytes32) rec, uint256[] levels)
func (dcapCollateral *DcapCollateral) UnpackQeIdentity(data []byte) (QeIdentityOutput, error) {
	out, err := dcapCollateral.abi.Unpack("qeIdentity", data)
	outstruct := new(QeIdentityOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Rec = *abi.ConvertType(out[0], new(DcapCollateralQeIdentityRecord)).(*DcapCollateralQeIdentityRecord)
	outstruct.Levels = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackRootSubjectHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe2aa309.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rootSubjectHash() view returns(bytes32)
func (dcapCollateral *DcapCollateral) PackRootSubjectHash() []byte {
	enc, err := dcapCollateral.abi.Pack("rootSubjectHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRootSubjectHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe2aa309.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rootSubjectHash() view returns(bytes32)
func (dcapCollateral *DcapCollateral) TryPackRootSubjectHash() ([]byte, error) {
	return dcapCollateral.abi.Pack("rootSubjectHash")
}

// UnpackRootSubjectHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe2aa309.
//
// Solidity: function rootSubjectHash() view returns(bytes32)
func (dcapCollateral *DcapCollateral) UnpackRootSubjectHash(data []byte) ([32]byte, error) {
	out, err := dcapCollateral.abi.Unpack("rootSubjectHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSubmitCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c2c6db4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitCertificate(bytes der) returns()
func (dcapCollateral *DcapCollateral) PackSubmitCertificate(der []byte) []byte {
	enc, err := dcapCollateral.abi.Pack("submitCertificate", der)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c2c6db4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitCertificate(bytes der) returns()
func (dcapCollateral *DcapCollateral) TryPackSubmitCertificate(der []byte) ([]byte, error) {
	return dcapCollateral.abi.Pack("submitCertificate", der)
}

// PackSubmitCrl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c99638f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitCrl(bytes der, uint256 fromEntry, uint256 maxEntries) returns()
func (dcapCollateral *DcapCollateral) PackSubmitCrl(der []byte, fromEntry *big.Int, maxEntries *big.Int) []byte {
	enc, err := dcapCollateral.abi.Pack("submitCrl", der, fromEntry, maxEntries)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitCrl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c99638f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitCrl(bytes der, uint256 fromEntry, uint256 maxEntries) returns()
func (dcapCollateral *DcapCollateral) TryPackSubmitCrl(der []byte, fromEntry *big.Int, maxEntries *big.Int) ([]byte, error) {
	return dcapCollateral.abi.Pack("submitCrl", der, fromEntry, maxEntries)
}

// PackSubmitQeIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00985372.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitQeIdentity(bytes json, bytes signature) returns()
func (dcapCollateral *DcapCollateral) PackSubmitQeIdentity(json []byte, signature []byte) []byte {
	enc, err := dcapCollateral.abi.Pack("submitQeIdentity", json, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitQeIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00985372.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitQeIdentity(bytes json, bytes signature) returns()
func (dcapCollateral *DcapCollateral) TryPackSubmitQeIdentity(json []byte, signature []byte) ([]byte, error) {
	return dcapCollateral.abi.Pack("submitQeIdentity", json, signature)
}

// PackSubmitTcbInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b992ec6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitTcbInfo(bytes json, bytes signature) returns()
func (dcapCollateral *DcapCollateral) PackSubmitTcbInfo(json []byte, signature []byte) []byte {
	enc, err := dcapCollateral.abi.Pack("submitTcbInfo", json, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitTcbInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b992ec6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitTcbInfo(bytes json, bytes signature) returns()
func (dcapCollateral *DcapCollateral) TryPackSubmitTcbInfo(json []byte, signature []byte) ([]byte, error) {
	return dcapCollateral.abi.Pack("submitTcbInfo", json, signature)
}

// PackTcbInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45c0ac98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tcbInfo(bytes6 fmspc) view returns((uint40,uint40,uint32,bytes2,uint8) rec, uint256[] levels)
func (dcapCollateral *DcapCollateral) PackTcbInfo(fmspc [6]byte) []byte {
	enc, err := dcapCollateral.abi.Pack("tcbInfo", fmspc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTcbInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45c0ac98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tcbInfo(bytes6 fmspc) view returns((uint40,uint40,uint32,bytes2,uint8) rec, uint256[] levels)
func (dcapCollateral *DcapCollateral) TryPackTcbInfo(fmspc [6]byte) ([]byte, error) {
	return dcapCollateral.abi.Pack("tcbInfo", fmspc)
}

// TcbInfoOutput serves as a container for the return parameters of contract
// method TcbInfo.
type TcbInfoOutput struct {
	Rec    DcapCollateralTcbInfoRecord
	Levels []*big.Int
}

// UnpackTcbInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45c0ac98.
//
// Solidity: function tcbInfo(bytes6 fmspc) view returns((uint40,uint40,uint32,bytes2,uint8) rec, uint256[] levels)
func (dcapCollateral *DcapCollateral) UnpackTcbInfo(data []byte) (TcbInfoOutput, error) {
	out, err := dcapCollateral.abi.Unpack("tcbInfo", data)
	outstruct := new(TcbInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Rec = *abi.ConvertType(out[0], new(DcapCollateralTcbInfoRecord)).(*DcapCollateralTcbInfoRecord)
	outstruct.Levels = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackTcbSigningSubject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99e5735f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tcbSigningSubject() view returns(bytes32)
func (dcapCollateral *DcapCollateral) PackTcbSigningSubject() []byte {
	enc, err := dcapCollateral.abi.Pack("tcbSigningSubject")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTcbSigningSubject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99e5735f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tcbSigningSubject() view returns(bytes32)
func (dcapCollateral *DcapCollateral) TryPackTcbSigningSubject() ([]byte, error) {
	return dcapCollateral.abi.Pack("tcbSigningSubject")
}

// UnpackTcbSigningSubject is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99e5735f.
//
// Solidity: function tcbSigningSubject() view returns(bytes32)
func (dcapCollateral *DcapCollateral) UnpackTcbSigningSubject(data []byte) ([32]byte, error) {
	out, err := dcapCollateral.abi.Unpack("tcbSigningSubject", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// DcapCollateralCertificateStored represents a CertificateStored event raised by the DcapCollateral contract.
type DcapCollateralCertificateStored struct {
	SubjectHash [32]byte
	Kind        uint8
	NotBefore   *big.Int
	NotAfter    *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DcapCollateralCertificateStoredEventName = "CertificateStored"

// ContractEventName returns the user-defined event name.
func (DcapCollateralCertificateStored) ContractEventName() string {
	return DcapCollateralCertificateStoredEventName
}

// UnpackCertificateStoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CertificateStored(bytes32 indexed subjectHash, uint8 kind, uint40 notBefore, uint40 notAfter)
func (dcapCollateral *DcapCollateral) UnpackCertificateStoredEvent(log *types.Log) (*DcapCollateralCertificateStored, error) {
	event := "CertificateStored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dcapCollateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DcapCollateralCertificateStored)
	if len(log.Data) > 0 {
		if err := dcapCollateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dcapCollateral.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DcapCollateralCrlPartStored represents a CrlPartStored event raised by the DcapCollateral contract.
type DcapCollateralCrlPartStored struct {
	IssuerHash [32]byte
	ThisUpdate *big.Int
	NextEntry  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DcapCollateralCrlPartStoredEventName = "CrlPartStored"

// ContractEventName returns the user-defined event name.
func (DcapCollateralCrlPartStored) ContractEventName() string {
	return DcapCollateralCrlPartStoredEventName
}

// UnpackCrlPartStoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CrlPartStored(bytes32 indexed issuerHash, uint40 thisUpdate, uint256 nextEntry)
func (dcapCollateral *DcapCollateral) UnpackCrlPartStoredEvent(log *types.Log) (*DcapCollateralCrlPartStored, error) {
	event := "CrlPartStored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dcapCollateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DcapCollateralCrlPartStored)
	if len(log.Data) > 0 {
		if err := dcapCollateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dcapCollateral.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DcapCollateralCrlStored represents a CrlStored event raised by the DcapCollateral contract.
type DcapCollateralCrlStored struct {
	IssuerHash [32]byte
	ThisUpdate *big.Int
	NextUpdate *big.Int
	Entries    *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DcapCollateralCrlStoredEventName = "CrlStored"

// ContractEventName returns the user-defined event name.
func (DcapCollateralCrlStored) ContractEventName() string {
	return DcapCollateralCrlStoredEventName
}

// UnpackCrlStoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CrlStored(bytes32 indexed issuerHash, uint40 thisUpdate, uint40 nextUpdate, uint256 entries)
func (dcapCollateral *DcapCollateral) UnpackCrlStoredEvent(log *types.Log) (*DcapCollateralCrlStored, error) {
	event := "CrlStored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dcapCollateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DcapCollateralCrlStored)
	if len(log.Data) > 0 {
		if err := dcapCollateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dcapCollateral.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DcapCollateralQeIdentityStored represents a QeIdentityStored event raised by the DcapCollateral contract.
type DcapCollateralQeIdentityStored struct {
	IssueDate            *big.Int
	NextUpdate           *big.Int
	EvaluationDataNumber uint32
	Raw                  *types.Log // Blockchain specific contextual infos
}

const DcapCollateralQeIdentityStoredEventName = "QeIdentityStored"

// ContractEventName returns the user-defined event name.
func (DcapCollateralQeIdentityStored) ContractEventName() string {
	return DcapCollateralQeIdentityStoredEventName
}

// UnpackQeIdentityStoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QeIdentityStored(uint40 issueDate, uint40 nextUpdate, uint32 evaluationDataNumber)
func (dcapCollateral *DcapCollateral) UnpackQeIdentityStoredEvent(log *types.Log) (*DcapCollateralQeIdentityStored, error) {
	event := "QeIdentityStored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dcapCollateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DcapCollateralQeIdentityStored)
	if len(log.Data) > 0 {
		if err := dcapCollateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dcapCollateral.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DcapCollateralTcbInfoStored represents a TcbInfoStored event raised by the DcapCollateral contract.
type DcapCollateralTcbInfoStored struct {
	Fmspc                [6]byte
	IssueDate            *big.Int
	NextUpdate           *big.Int
	EvaluationDataNumber uint32
	Raw                  *types.Log // Blockchain specific contextual infos
}

const DcapCollateralTcbInfoStoredEventName = "TcbInfoStored"

// ContractEventName returns the user-defined event name.
func (DcapCollateralTcbInfoStored) ContractEventName() string {
	return DcapCollateralTcbInfoStoredEventName
}

// UnpackTcbInfoStoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TcbInfoStored(bytes6 indexed fmspc, uint40 issueDate, uint40 nextUpdate, uint32 evaluationDataNumber)
func (dcapCollateral *DcapCollateral) UnpackTcbInfoStoredEvent(log *types.Log) (*DcapCollateralTcbInfoStored, error) {
	event := "TcbInfoStored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dcapCollateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DcapCollateralTcbInfoStored)
	if len(log.Data) > 0 {
		if err := dcapCollateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dcapCollateral.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (dcapCollateral *DcapCollateral) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dcapCollateral.abi.Errors["BadDer"].ID.Bytes()[:4]) {
		return dcapCollateral.UnpackBadDerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapCollateral.abi.Errors["BadJson"].ID.Bytes()[:4]) {
		return dcapCollateral.UnpackBadJsonError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapCollateral.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return dcapCollateral.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapCollateral.abi.Errors["BadSignatureLength"].ID.Bytes()[:4]) {
		return dcapCollateral.UnpackBadSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapCollateral.abi.Errors["CertificateRevoked"].ID.Bytes()[:4]) {
		return dcapCollateral.UnpackCertificateRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapCollateral.abi.Errors["CrlPartOutOfOrder"].ID.Bytes()[:4]) {
		return dcapCollateral.UnpackCrlPartOutOfOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapCollateral.abi.Errors["NoTcbSigningCertificate"].ID.Bytes()[:4]) {
		return dcapCollateral.UnpackNoTcbSigningCertificateError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapCollateral.abi.Errors["NotValidNow"].ID.Bytes()[:4]) {
		return dcapCollateral.UnpackNotValidNowError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapCollateral.abi.Errors["Stale"].ID.Bytes()[:4]) {
		return dcapCollateral.UnpackStaleError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapCollateral.abi.Errors["UnknownCertificate"].ID.Bytes()[:4]) {
		return dcapCollateral.UnpackUnknownCertificateError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapCollateral.abi.Errors["UnknownIssuer"].ID.Bytes()[:4]) {
		return dcapCollateral.UnpackUnknownIssuerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DcapCollateralBadDer represents a BadDer error raised by the DcapCollateral contract.
type DcapCollateralBadDer struct {
	Offset *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDer(uint256 offset)
func DcapCollateralBadDerErrorID() common.Hash {
	return common.HexToHash("0x337c0fbbb4191c1ad3ee9979bf7cec7eb72f3de775471385ecaffe9759269f29")
}

// UnpackBadDerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDer(uint256 offset)
func (dcapCollateral *DcapCollateral) UnpackBadDerError(raw []byte) (*DcapCollateralBadDer, error) {
	out := new(DcapCollateralBadDer)
	if err := dcapCollateral.abi.UnpackIntoInterface(out, "BadDer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapCollateralBadJson represents a BadJson error raised by the DcapCollateral contract.
type DcapCollateralBadJson struct {
	Offset *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadJson(uint256 offset)
func DcapCollateralBadJsonErrorID() common.Hash {
	return common.HexToHash("0x74b889ba117a6470f5955da50e41af140b1fc9d6cf9c0760e400b4dc9e8f888e")
}

// UnpackBadJsonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadJson(uint256 offset)
func (dcapCollateral *DcapCollateral) UnpackBadJsonError(raw []byte) (*DcapCollateralBadJson, error) {
	out := new(DcapCollateralBadJson)
	if err := dcapCollateral.abi.UnpackIntoInterface(out, "BadJson", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapCollateralBadSignature represents a BadSignature error raised by the DcapCollateral contract.
type DcapCollateralBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature()
func DcapCollateralBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x5cd5d2335541c4f2ed05fbe44f397e8b79f8e2333157122d2dab06e378ef7685")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature()
func (dcapCollateral *DcapCollateral) UnpackBadSignatureError(raw []byte) (*DcapCollateralBadSignature, error) {
	out := new(DcapCollateralBadSignature)
	if err := dcapCollateral.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapCollateralBadSignatureLength represents a BadSignatureLength error raised by the DcapCollateral contract.
type DcapCollateralBadSignatureLength struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignatureLength()
func DcapCollateralBadSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xd7bad83f3c4fca9c0604d2e1ed3c970dfe5cb3aa7d26794855295586cdb176c1")
}

// UnpackBadSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignatureLength()
func (dcapCollateral *DcapCollateral) UnpackBadSignatureLengthError(raw []byte) (*DcapCollateralBadSignatureLength, error) {
	out := new(DcapCollateralBadSignatureLength)
	if err := dcapCollateral.abi.UnpackIntoInterface(out, "BadSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapCollateralCertificateRevoked represents a CertificateRevoked error raised by the DcapCollateral contract.
type DcapCollateralCertificateRevoked struct {
	SerialHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CertificateRevoked(bytes32 serialHash)
func DcapCollateralCertificateRevokedErrorID() common.Hash {
	return common.HexToHash("0x44d80a438cb4fa3b5aedbe551ce3d9382e37f446917b783e1dee70a03b4180e3")
}

// UnpackCertificateRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CertificateRevoked(bytes32 serialHash)
func (dcapCollateral *DcapCollateral) UnpackCertificateRevokedError(raw []byte) (*DcapCollateralCertificateRevoked, error) {
	out := new(DcapCollateralCertificateRevoked)
	if err := dcapCollateral.abi.UnpackIntoInterface(out, "CertificateRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapCollateralCrlPartOutOfOrder represents a CrlPartOutOfOrder error raised by the DcapCollateral contract.
type DcapCollateralCrlPartOutOfOrder struct {
	Expected *big.Int
	Got      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CrlPartOutOfOrder(uint256 expected, uint256 got)
func DcapCollateralCrlPartOutOfOrderErrorID() common.Hash {
	return common.HexToHash("0x898ba5cc6a0e7b9d0d0c408a1ca5b2afa6131fc19f20de6dbcda23af70114947")
}

// UnpackCrlPartOutOfOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CrlPartOutOfOrder(uint256 expected, uint256 got)
func (dcapCollateral *DcapCollateral) UnpackCrlPartOutOfOrderError(raw []byte) (*DcapCollateralCrlPartOutOfOrder, error) {
	out := new(DcapCollateralCrlPartOutOfOrder)
	if err := dcapCollateral.abi.UnpackIntoInterface(out, "CrlPartOutOfOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapCollateralNoTcbSigningCertificate represents a NoTcbSigningCertificate error raised by the DcapCollateral contract.
type DcapCollateralNoTcbSigningCertificate struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoTcbSigningCertificate()
func DcapCollateralNoTcbSigningCertificateErrorID() common.Hash {
	return common.HexToHash("0x405cb034ccf3c291baa18735b73287ddb470b04e05b9b3115ce949cdc7fb2c6a")
}

// UnpackNoTcbSigningCertificateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoTcbSigningCertificate()
func (dcapCollateral *DcapCollateral) UnpackNoTcbSigningCertificateError(raw []byte) (*DcapCollateralNoTcbSigningCertificate, error) {
	out := new(DcapCollateralNoTcbSigningCertificate)
	if err := dcapCollateral.abi.UnpackIntoInterface(out, "NoTcbSigningCertificate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapCollateralNotValidNow represents a NotValidNow error raised by the DcapCollateral contract.
type DcapCollateralNotValidNow struct {
	NotBefore *big.Int
	NotAfter  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidNow(uint256 notBefore, uint256 notAfter)
func DcapCollateralNotValidNowErrorID() common.Hash {
	return common.HexToHash("0xcc146ddbfc4272b80a57a519b149065c91c53ea99956052381e36ff59deadc4e")
}

// UnpackNotValidNowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidNow(uint256 notBefore, uint256 notAfter)
func (dcapCollateral *DcapCollateral) UnpackNotValidNowError(raw []byte) (*DcapCollateralNotValidNow, error) {
	out := new(DcapCollateralNotValidNow)
	if err := dcapCollateral.abi.UnpackIntoInterface(out, "NotValidNow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapCollateralStale represents a Stale error raised by the DcapCollateral contract.
type DcapCollateralStale struct {
	Stored    *big.Int
	Submitted *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Stale(uint256 stored, uint256 submitted)
func DcapCollateralStaleErrorID() common.Hash {
	return common.HexToHash("0x069c0717976a425b27b8aa7c4fb767ff35c8b27812b631bfca962062606b2870")
}

// UnpackStaleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Stale(uint256 stored, uint256 submitted)
func (dcapCollateral *DcapCollateral) UnpackStaleError(raw []byte) (*DcapCollateralStale, error) {
	out := new(DcapCollateralStale)
	if err := dcapCollateral.abi.UnpackIntoInterface(out, "Stale", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapCollateralUnknownCertificate represents a UnknownCertificate error raised by the DcapCollateral contract.
type DcapCollateralUnknownCertificate struct {
	SubjectCn [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCertificate(bytes32 subjectCn)
func DcapCollateralUnknownCertificateErrorID() common.Hash {
	return common.HexToHash("0x7332064ed5fdd94c267ffe1a757b0dbf5e49835953f3eb0963bbf804bdd88cdf")
}

// UnpackUnknownCertificateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCertificate(bytes32 subjectCn)
func (dcapCollateral *DcapCollateral) UnpackUnknownCertificateError(raw []byte) (*DcapCollateralUnknownCertificate, error) {
	out := new(DcapCollateralUnknownCertificate)
	if err := dcapCollateral.abi.UnpackIntoInterface(out, "UnknownCertificate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapCollateralUnknownIssuer represents a UnknownIssuer error raised by the DcapCollateral contract.
type DcapCollateralUnknownIssuer struct {
	IssuerHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownIssuer(bytes32 issuerHash)
func DcapCollateralUnknownIssuerErrorID() common.Hash {
	return common.HexToHash("0xbbe671c143838bc226a116fba268a6c7e3ae501f3163fdc76e66b9a57609d437")
}

// UnpackUnknownIssuerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownIssuer(bytes32 issuerHash)
func (dcapCollateral *DcapCollateral) UnpackUnknownIssuerError(raw []byte) (*DcapCollateralUnknownIssuer, error) {
	out := new(DcapCollateralUnknownIssuer)
	if err := dcapCollateral.abi.UnpackIntoInterface(out, "UnknownIssuer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierMetaData contains all meta data concerning the DcapVerifier contract.
var DcapVerifierMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"collateral_\",\"type\":\"address\",\"internalType\":\"contractDcapCollateral\"},{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"policy_\",\"type\":\"tuple\",\"internalType\":\"structIDcapVerifier.Policy\",\"components\":[{\"name\":\"acceptedStatuses\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxCollateralAge\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"registrationTtl\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ENCLAVE_PAYEE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"checkQuote\",\"inputs\":[{\"name\":\"quote\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"pckCertificate\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structIDcapVerifier.Verified\",\"components\":[{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"mrSigner\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"productId\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"svn\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"debug\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"reportData0\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"reportData1\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"tcbStatus\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"platform\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"validUntil\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"quoteDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"checkRegistration\",\"inputs\":[{\"name\":\"a\",\"type\":\"tuple\",\"internalType\":\"structIEnclaveRegistry.AttestedRegistration\",\"components\":[{\"name\":\"quote\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"pckCertificate\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"encryptionKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"payeeNonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"payeeSigR\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"payeeSigVS\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structIDcapVerifier.Verified\",\"components\":[{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"mrSigner\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"productId\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"svn\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"debug\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"reportData0\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"reportData1\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"tcbStatus\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"platform\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"validUntil\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"quoteDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"collateral\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractDcapCollateral\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isAccepted\",\"inputs\":[{\"name\":\"platform\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"payeeDigest\",\"inputs\":[{\"name\":\"router\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"platformStatus\",\"inputs\":[{\"name\":\"platform\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"policy\",\"inputs\":[],\"outputs\":[{\"name\":\"acceptedStatuses\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxCollateralAge\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"registrationTtl\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setPolicy\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structIDcapVerifier.Policy\",\"components\":[{\"name\":\"acceptedStatuses\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxCollateralAge\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"registrationTtl\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verifyQuote\",\"inputs\":[{\"name\":\"quote\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"pckCertificate\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structIDcapVerifier.Verified\",\"components\":[{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"mrSigner\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"productId\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"svn\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"debug\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"reportData0\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"reportData1\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"tcbStatus\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"platform\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"validUntil\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"quoteDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"PolicySet\",\"inputs\":[{\"name\":\"acceptedStatuses\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"maxCollateralAge\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"registrationTtl\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AttestationKeyBinding\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadDer\",\"inputs\":[{\"name\":\"offset\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BadPayeeSignature\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"BadPolicy\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CertChain\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CollateralTooOld\",\"inputs\":[{\"name\":\"issued\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxAge\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DebugEnclave\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Expired\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"MalformedQuote\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"MissingCRL\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"MissingCollateral\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotYetValid\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PCEIDMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"QEIdentityMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"QEReportSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"QuoteSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReportDataMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Revoked\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"TCBLevelNotFound\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"TcbStatusNotAccepted\",\"inputs\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"UnknownPckIssuer\",\"inputs\":[{\"name\":\"issuerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"UnsupportedQuote\",\"inputs\":[]}]",
	ID:  "DcapVerifier",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051614ed0380380614ed083398101604081905261002e91610189565b6001600160a01b038381166080525f80546001600160a01b03191691841691909117905561005b81610063565b505050610240565b80516001161515806100785750805160801615155b15610096576040516304a9e12d60e51b815260040160405180910390fd5b806040015163ffffffff165f036100c0576040516304a9e12d60e51b815260040160405180910390fd5b80516002805460208085015160408087015163ffffffff9081166601000000000000810263ffffffff60301b199290941662010000810265ffffffffffff1990971661ffff909916988917969096179190911692909217909455835194855290840191909152908201527f384c45d3ea0fd03533f933b8047d9bc954e8626d2052cfdbe1f40054b6b3f2139060600160405180910390a150565b6001600160a01b038116811461016e575f5ffd5b50565b805163ffffffff81168114610184575f5ffd5b919050565b5f5f5f83850360a081121561019c575f5ffd5b84516101a78161015a565b60208601519094506101b88161015a565b92506060603f19820112156101cb575f5ffd5b50604051606081016001600160401b03811182821017156101fa57634e487b7160e01b5f52604160045260245ffd5b604090815285015161ffff81168114610211575f5ffd5b815261021f60608601610171565b602082015261023060808601610171565b6040820152809150509250925092565b608051614c6361026d5f395f818161027a0152818161079101528181610891015261126d0152614c635ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80638da5cb5b11610088578063d4d0282a11610063578063d4d0282a14610262578063d8dfeb4514610275578063e30c39781461029c578063f2fde38b146102bc575f5ffd5b80638da5cb5b146101e8578063a78f84cf1461022c578063ba241ce51461024f575f5ffd5b80632e04035a116100c35780632e04035a146101935780633a40486e146101a65780636258fda1146101bb57806379ba5097146101e0575f5ffd5b80630505c8c9146100e95780630ff5f0b21461013e5780631e1aeb5c1461015e575b5f5ffd5b6002546101129061ffff81169063ffffffff620100008204811691660100000000000090041683565b6040805161ffff909416845263ffffffff92831660208501529116908201526060015b60405180910390f35b61015161014c366004613fee565b6102cf565b604051610135919061405a565b6101857f44a722cb203eeab669de385af38d49b2202fa079b1b9b4b71750d3dfa37c3f2181565b604051908152602001610135565b6101516101a1366004613fee565b61034b565b6101b96101b436600461410f565b6106cd565b005b6101ce6101c9366004614128565b610739565b60405160ff9091168152602001610135565b6101b96109bd565b5f546102079073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610135565b61023f61023a366004614128565b610a47565b6040519015158152602001610135565b61015161025d36600461413f565b610a7a565b6101856102703660046141b0565b610dbc565b6102077f000000000000000000000000000000000000000000000000000000000000000081565b6001546102079073ffffffffffffffffffffffffffffffffffffffff1681565b6101b96102ca366004614203565b610f2d565b6103356040518061016001604052805f81526020015f81526020015f61ffff1681526020015f61ffff1681526020015f151581526020015f81526020015f81526020015f60ff1681526020015f81526020015f64ffffffffff1681526020015f81525090565b61034185858585610fc6565b5095945050505050565b6103b16040518061016001604052805f81526020015f81526020015f61ffff1681526020015f61ffff1681526020015f151581526020015f81526020015f81526020015f60ff1681526020015f81526020015f64ffffffffff1681526020015f81525090565b604080516101e0810182525f610120808301828152610140808501849052610160850184905261018085018490526101a085018490526101c0850184905290845260208085018490528486018490528551608080820188528582528183018690528188018690526060808301879052808801929092528751808201895286815280840187905280890187905280830187905281880152875160a08082018a52878252818501889052818a018890528184018890528183018890528089019190915260c080890184905289519586018a528786529385018790529784018690528382018690528301859052958201849052810183905260e081810184905261010082810185905292820193909352918301919091528101919091526104d786868686610fc6565b6040805160608101825260025461ffff8116825263ffffffff620100008204811660208401526601000000000000909104169181019190915260808301519294509092509015610553576040517f8f85931200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8260e0015160ff16815f015161ffff16901c6001165f036105b05760e08301516040517f1a9cc8a000000000000000000000000000000000000000000000000000000000815260ff90911660048201526024015b60405180910390fd5b60a08201515160e08301515164ffffffffff91821691168111156105dd575060e08201515164ffffffffff165b60608301515164ffffffffff16811115610600575060608201515164ffffffffff165b60808301515164ffffffffff16811115610623575060808201515164ffffffffff165b602082015163ffffffff166106388242614249565b11156106855760208201516040517fbec026950000000000000000000000000000000000000000000000000000000081526004810183905263ffffffff90911660248201526044016105a7565b5f826040015163ffffffff164261069c919061425c565b905084610120015164ffffffffff168110156106c15764ffffffffff81166101208601525b50505050949350505050565b5f5473ffffffffffffffffffffffffffffffffffffffff16331461071f576040517f245aecd30000000000000000000000000000000000000000000000000000000081523360048201526024016105a7565b61073661073136839003830183614348565b611509565b50565b6040517f45c0ac980000000000000000000000000000000000000000000000000000000081527fffffffffffff0000000000000000000000000000000000000000000000000000821660048201525f908290829081907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906345c0ac98906024015f60405180830381865afa1580156107ea573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016820160405261082f9190810190614520565b91509150603085901b7dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191682606001517dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff19161461088e57505f949350505050565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663b684252f6040518163ffffffff1660e01b81526004015f60405180830381865afa1580156108f7573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016820160405261093c9190810190614698565b91505071ffffffffffffffffffffffffffffffffffff603087901c1661ffff602088901c165f61096c8483611663565b90505f61097e86601086901c866116d0565b905060ff82161580610991575060ff8116155b156109a557505f9998505050505050505050565b6109af818361179a565b9a9950505050505050505050565b60015473ffffffffffffffffffffffffffffffffffffffff163314610a10576040517f245aecd30000000000000000000000000000000000000000000000000000000081523360048201526024016105a7565b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000009081163317909155600180549091169055565b5f5f610a5283610739565b905060ff811615801590610a73575060025461ffff1660ff82161c60011615155b9392505050565b610ae06040518061016001604052805f81526020015f81526020015f61ffff1681526020015f61ffff1681526020015f151581526020015f81526020015f81526020015f60ff1681526020015f81526020015f64ffffffffff1681526020015f81525090565b610afa610aed83806146d0565b6101a160208601866146d0565b9050610b0960608301836146d0565b90506021141580610b625750610b256060830160408401614203565b610b3260608401846146d0565b604051602001610b4493929190614731565b604051602081830303815290604052805190602001208160a0015114155b15610b99576040517f95e586e400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60e08201357f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0811180610cc95750610bf96060840160408501614203565b73ffffffffffffffffffffffffffffffffffffffff166001610c4533610c256060880160408901614203565b610c3560a0890160808a01614203565b61027060c08a0160a08b01614795565b610c5760e087013560ff1c601b6147b0565b604080515f8152602081018083529390935260ff9091169082015260c086013560608201526080810184905260a0016020604051602081039080840390855afa158015610ca6573d5f5f3e3d5ffd5b5050506020604051035173ffffffffffffffffffffffffffffffffffffffff1614155b80610cf857505f610ce06060850160408601614203565b73ffffffffffffffffffffffffffffffffffffffff16145b15610d5857610d0d6060840160408501614203565b6040517fbfe54b9200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff90911660048201526024016105a7565b6002610d6484806146d0565b604051610d729291906147c9565b602060405180830381855afa158015610d8d573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610db091906147d8565b61014083015250919050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527f9b305b30f98ac46a3048030ff54d06c075d6672588f194196acaf0cde52191c4828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6606083015246608083015273ffffffffffffffffffffffffffffffffffffffff87811660a0808501919091528451808503909101815260c0840185528051908301207f44a722cb203eeab669de385af38d49b2202fa079b1b9b4b71750d3dfa37c3f2160e085015287821661010085015290861661012084015263ffffffff85166101408085019190915284518085039091018152610160840185528051908301207f19010000000000000000000000000000000000000000000000000000000000006101808501526101828401919091526101a280840191909152835180840390910181526101c290920190925280519101205b949350505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610f7f576040517f245aecd30000000000000000000000000000000000000000000000000000000081523360048201526024016105a7565b600180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff92909216919091179055565b61102c6040518061016001604052805f81526020015f81526020015f61ffff1681526020015f61ffff1681526020015f151581526020015f81526020015f81526020015f60ff1681526020015f81526020015f64ffffffffff1681526020015f81525090565b604080516101e0810182525f610120808301828152610140808501849052610160850184905261018085018490526101a085018490526101c0850184905290845260208085018490528486018490528551608080820188528582528183018690528188018690526060808301879052808801929092528751808201895286815280840187905280890187905280830187905281880152875160a08082018a52878252818501889052818a018890528184018890528183018890528089019190915260c080890184905289519586018a528786529385018790529784018690528382018690528301859052958201849052810183905260e08181018490526101008281018590529282018490528401528201929092529061114c8787611842565b90505f5f5f87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509394506111949250849150611b469050565b90507f66708796b5f0a1c722c0ba537c9d8345601277bf29d5a1a5afb176d886bf5cda8160c00151146111f3576040517f2548695800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6111fd8282611f4b565b6101008801819052608082015160608301516040517f74c715e9000000000000000000000000000000000000000000000000000000008152600481019290925260248201527fffffffffffff000000000000000000000000000000000000000000000000000090911660448201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906374c715e9906064015f60405180830381865afa1580156112c6573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016820160405261130b919081019061490d565b95506113178187612087565b610120808201516101408301516101009093015164ffffffffff16918901919091529350915061134c9050898985858561225d565b5f6113658a8a61136061023461010261425c565b612534565b90505f61138261137b6103b46102348d8f614a28565b8489612587565b905061139c611396878961010001516127f1565b8261179a565b60ff1660e08801526101008701805165ffff00000000602085901b161790528a8a6113c96030604061425c565b906113d66030606061425c565b926113e393929190614a28565b6113ec91614a4f565b87528a8a6113fc6030608061425c565b90611409603060a061425c565b9261141693929190614a28565b61141f91614a4f565b60208801526114368b8b611360603061010061425c565b61ffff1660408801526114518b8b611360603061010261425c565b61ffff1660608801528a8a61146760308061425c565b81811061147657611476614a8b565b9091013560f81c60021615156080890152508a8a611497603061014061425c565b906114a5603061016061425c565b926114b293929190614a28565b6114bb91614a4f565b60a08801528a8a6114cf603061016061425c565b906114dd603061018061425c565b926114ea93929190614a28565b6114f391614a4f565b60c0880152509499939850929650505050505050565b805160011615158061151e5750805160801615155b15611555576040517f953c25a000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b806040015163ffffffff165f03611598576040517f953c25a000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80516002805460208085015160408087015163ffffffff908116660100000000000081027fffffffffffffffffffffffffffffffffffffffffffff00000000ffffffffffff929094166201000081027fffffffffffffffffffffffffffffffffffffffffffffffffffff00000000000090971661ffff909916988917969096179190911692909217909455835194855290840191909152908201527f384c45d3ea0fd03533f933b8047d9bc954e8626d2052cfdbe1f40054b6b3f2139060600160405180910390a150565b5f805b83518110156116c557607084828151811061168357611683614a8b565b6020026020010151901c61ffff1683106116bd5760688482815181106116ab576116ab614a8b565b6020026020010151901c9150506116ca565b600101611666565b505f90505b92915050565b5f805b8451811015611790575f8582815181106116ef576116ef614a8b565b60200260200101519050607081901c61ffff168461ffff1610156117135750611788565b608081901c60015f5b601081101561176f57611730816008614ab8565b83901c60ff16611741826008614ab8565b896fffffffffffffffffffffffffffffffff16901c60ff161015611767575f915061176f565b60010161171c565b50801561178457505060681c9150610a739050565b5050505b6001016116d3565b505f949350505050565b5f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff8316016117cd575060076116ca565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffb60ff83160161183b5760ff83166001148061180c575060ff83166002145b15611819575060056116ca565b60ff83166003148061182e575060ff83166004145b1561183b575060066116ca565b5090919050565b5f6103f682101561187f576040517f749b371600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61188c83836103f4612534565b61ffff16905061189e816103f661425c565b8210156118d7576040517f749b371600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b82825f8181106118e9576118e9614a8b565b9091013560f81c6003141590508061193a57508282600181811061190f5761190f614a8b565b909101357fff0000000000000000000000000000000000000000000000000000000000000016151590505b8061196157508282600281811061195357611953614a8b565b9091013560f81c6002141590505b806119a557508282600381811061197a5761197a614a8b565b909101357fff0000000000000000000000000000000000000000000000000000000000000016151590505b156119dc576040517f93504f9900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6119ea600860048486614a28565b6119f391614acf565b7fffffffff000000000000000000000000000000000000000000000000000000001615611a4c576040517f93504f9900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f939a7233f79c4ca9940a0db3957f060700000000000000000000000000000000611a7b601c600c8587614a28565b611a8491614b34565b7fffffffffffffffffffffffffffffffff000000000000000000000000000000001614611add576040517f93504f9900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6101b4611aec826103f661425c565b611af790600661425c565b611b019190614249565b611b0e84846101b061296b565b10156116ca576040517f749b371600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611bb2604051806101a001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f64ffffffffff1681526020015f64ffffffffff1681526020015f81526020015f81526020015f81526020015f81525090565b81515f90611bc590849083906030612a1b565b90508251816060015114611c0d5780606001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b604081015160608201515f91611c27918691906030612a1b565b90505f611c35858385612a97565b9050611c418582612ad4565b5f611c4d868386612a97565b90508360600151816060015114611c985780606001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b611ca28682612b98565b60408701526020860152611cb68684612cf2565b8552604083015160608401515f91611cd29189919060a0612a1b565b9050611cdf878286612a97565b805190915060ff16600214611d285780602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b611d328782612d66565b6060870152611d42878286612a97565b9050611d4e8782612ad4565b611d59878286612a97565b805190915060ff16603014611da25780602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b611dac8782612d92565b6080870152611dbc878286612a97565b805190915060ff16603014611e055780602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b5f611e108883612dac565b9050611e1c8882612de9565b64ffffffffff1660e0880152611e33888284612a97565b9050611e3f8882612de9565b64ffffffffff16610100880152611e57888387612a97565b805190925060ff16603014611ea05781602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b611eaa8883612d92565b60a0880152611eb98883612fe6565b60c0880152611ec9888387612a97565b9150611ed588836130ad565b610140890152610120880152606080860151908301511015611f4057611efc888387612a97565b915060a360ff16825f015160ff1603611f4057604082015160608301515f91611f29918b91906030612a1b565b60408101516101608a015260600151610180890152505b505050505050919050565b6040805160808101825260308152610160830180516020830152805192820192909252610180830151606082015290515f91905b81606001518110156120555760608201515f90611fa190879084906030612a1b565b604081015160608201519192505f91611fbd9189916006612a1b565b606083015193509050611ff387827f2a864886f84d010d0100000000000000000000000000000000000000000000006009613332565b611ffe575050611f7f565b5f61200a888385612a97565b805190915060ff1660041461202757612024888285612a97565b90505b60408101516060820151612049918a916120449183916030612a1b565b6133a0565b955050505050506116ca565b6040517f2548695800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8051608081015160ff166001146120d25782608001516040517fcc86b7c00000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b8160200151806120e3575081604001515b1561211a576040517f44825a4b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60608201515164ffffffffff16158061213d575060808201515164ffffffffff16155b15612174576040517ff8b34d8c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61219b82606001515f015164ffffffffff1683606001516020015164ffffffffff16613644565b6121c282608001515f015164ffffffffff1683608001516020015164ffffffffff16613644565b6121e2816040015164ffffffffff16826060015164ffffffffff16613644565b6122038360e0015164ffffffffff1684610100015164ffffffffff16613644565b612222835f015184602001518560400151845f015185602001516136b8565b612258576040517f2548695800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b365f61226f6103b4610234888a614a28565b915091506122f1600283836040516122889291906147c9565b602060405180830381855afa1580156122a3573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906122c691906147d8565b6122d389896103b46136fb565b6122ea8a8a6122e56103b4602061425c565b6136fb565b87876136b8565b612327576040517f3511c8e800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6123376101606101408385614a28565b61234091614a4f565b60026123526102346101f48a8c614a28565b8a6103f68b6123618c8361425c565b9261236e93929190614a28565b6040516020016123819493929190614b99565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152908290526123b991614bb8565b602060405180830381855afa1580156123d4573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906123f791906147d8565b14158061241c57505f6124106101806101608486614a28565b61241991614a4f565b14155b15612453576040517f7fc42cef00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6124f560026124666101b05f8a8c614a28565b6040516124749291906147c9565b602060405180830381855afa15801561248f573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906124b291906147d8565b6124bf89896101b46136fb565b6124d18a8a6122e56101b4602061425c565b6124de8b8b6101f46136fb565b6124f08c8c6122e56101f4602061425c565b6136b8565b61252b576040517fd4b938dc00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50505050505050565b5f6008848461254485600161425c565b81811061255357612553614a8b565b919091013560f81c90911b905084848481811061257257612572614a8b565b919091013560f81c9190911795945050505050565b60e081015180515f919064ffffffffff1682036125d0576040517fe364381400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6125ef815f015164ffffffffff16826020015164ffffffffff16613644565b61012081015161260360a06080888a614a28565b61260c91614a4f565b1415806126315750806060015161ffff1661262a8787610100612534565b61ffff1614155b15612668576040517f8d1f819000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b608081015160a08201517fffffffff00000000000000000000000000000000000000000000000000000000909116906126a560146010898b614a28565b6126ae91614acf565b167bffffffffffffffffffffffffffffffffffffffffffffffffffffffff191614612705576040517f8d1f819000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60e08101516101008201517fffffffffffffffffffffffffffffffff000000000000000000000000000000009091169061274360406030898b614a28565b61274c91614b34565b166fffffffffffffffffffffffffffffffff191614612797576040517f8d1f819000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6127aa8361010001518561ffff16611663565b91508160ff165f036127e8576040517f5e628c8900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50949350505050565b60a0820151515f9064ffffffffff168103612838576040517fe364381400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61285f8360a001515f015164ffffffffff168460a001516020015164ffffffffff16613644565b603082901b7dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff19168360a00151606001517dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916146128e6576040517fececf7f000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60c083015171ffffffffffffffffffffffffffffffffffff603084901c1690612926906fffffffffffffffffffffffffffffffff604086901c16836116d0565b91508160ff165f03612964576040517f5e628c8900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5092915050565b5f6018848461297b85600361425c565b81811061298a5761298a614a8b565b919091013560f81c90911b9050601085856129a686600261425c565b8181106129b5576129b5614a8b565b919091013560f81c90911b9050600886866129d187600161425c565b8181106129e0576129e0614a8b565b919091013560f81c90911b90508686868181106129ff576129ff614a8b565b9050013560f81c60f81b60f81c60ff1617171790509392505050565b612a4560405180608001604052805f60ff1681526020015f81526020015f81526020015f81525090565b612a50858585613720565b90508160ff16815f015160ff1614610f25576040517f337c0fbb000000000000000000000000000000000000000000000000000000008152600481018590526024016105a7565b612ac160405180608001604052805f60ff1681526020015f81526020015f81526020015f81525090565b610f258484606001518460600151613720565b805160ff166030141580612afc575080602001518160600151612af79190614249565b600c14155b15612b3b5780602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b6020818101518301015160a01c6b300a06082a8648ce3d04030214612b945780602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b5050565b80515f90819060ff166003141580612bc35750600183604001518460600151612bc19190614249565b105b80612c09575083836040015181518110612bdf57612bdf614a8b565b01602001517fff000000000000000000000000000000000000000000000000000000000000001615155b15612c485782602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b5f612c6a8585604001516001612c5e919061425c565b86606001516030612a1b565b90505f612c778683612dac565b90505f612c85878385612a97565b9050612c91878361390b565b9450612c9d878261390b565b93508260600151816060015114612ce85780606001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b5050509250929050565b5f5f826020015190505f818460600151612d0c9190614249565b90505f60205f838560208a010160025afa90505f51935080612d5d576040517f337c0fbb000000000000000000000000000000000000000000000000000000008152600481018490526024016105a7565b50505092915050565b5f5f826040015190505f818460600151612d809190614249565b94909101602001939093209392505050565b5f5f826020015190505f818460600151612d809190614249565b612dd660405180608001604052805f60ff1681526020015f81526020015f81526020015f81525090565b610a738383604001518460600151613720565b604081015181515f9190829060ff166017148015612e165750818460600151612e129190614249565b600d145b15612e6057612e2785836002613aaf565b90506032811015612e3a576107d0612e3e565b61076c5b612e4c9061ffff168261425c565b9050612e5960028361425c565b9150612edb565b835160ff166018148015612e835750818460600151612e7f9190614249565b600f145b15612ea157612e9485836004613aaf565b9050612e5960048361425c565b83602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b8460018560600151612eed9190614249565b81518110612efd57612efd614a8b565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f5a0000000000000000000000000000000000000000000000000000000000000014612f855783602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b612fdd81612f9587856002613aaf565b612fab88612fa487600261425c565b6002613aaf565b612fba89612fa488600461425c565b612fc98a612fa489600661425c565b612fd88b612fa48a600861425c565b613b6c565b95945050505050565b60408101515f905b82606001518110156116c5575f613014828560600151876137209092919063ffffffff16565b604081015160608201519192505f916130309188916030612a1b565b604081015160608201519192505f9161304c9189916006612a1b565b905061307b87827f55040300000000000000000000000000000000000000000000000000000000006003613332565b156130a05761309561308e888385612a97565b8890612d66565b9450505050506116ca565b5050606001519050612fee565b80515f90819060ff166030146130f75782602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b5f6131028585612dac565b9050806020015181606001516131189190614249565b601514158061314857506020818101518601015160581c74301306072a8648ce3d020106082a8648ce3d03010714155b156131875780602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b5f613193868387612a97565b805190915060ff1660031415806131be5750806040015181606001516131b99190614249565b604214155b156131fd5780602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b8581604001518151811061321357613213614a8b565b01602001517fff00000000000000000000000000000000000000000000000000000000000000161515806132b057508581604001516001613254919061425c565b8151811061326457613264614a8b565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f040000000000000000000000000000000000000000000000000000000000000014155b156132ef5780602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b61330c8682604001516002613304919061425c565b016020015190565b5f1c93506133258682604001516022613304919061425c565b5f1c925050509250929050565b5f81846040015185606001516133489190614249565b1461335457505f610f25565b61335f826020614249565b61336a906008614ab8565b83901c613378836020614249565b613383906008614ab8565b613394878760400151016020015190565b901c1495945050505050565b5f5f5f5f5f5f866040015190505b86606001518110156135b15760608701515f906133d0908a9084906030612a1b565b604081015160608201519192505f916133ec918c916006612a1b565b90505f6133fa8b8385612a97565b905082606001519350816040015182606001516134179190614249565b600a14158061344457506040820151682a864886f84d010d019060b89061343f908e90613304565b901c14155b15613451575050506133ae565b5f8b83604001516009613464919061425c565b8151811061347457613474614a8b565b016020015160f81c9050600281900361349e576134918c83613d5d565b97506001891798506135a8565b8060ff1660030361352557815160ff1660041415806134d15750816040015182606001516134cc9190614249565b600214155b15613508576040517f2548695800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040820151613518908d90613304565b96506002891798506135a8565b8060ff166004036135a857815160ff1660041415806135585750816040015182606001516135539190614249565b600614155b1561358f576040517f2548695800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604082015161359f908d90613304565b95506004891798505b505050506133ae565b50836007146135ec576040517f2548695800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7fffffffffffff00000000000000000000000000000000000000000000000000001679ffff00000000000000000000000000000000000000000000000060309290921c919091161760409190911c1791505092915050565b8142101561367e576040517f3fb4e43f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80421115612b94576040517f203d82d800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6040518681528560208201528460408201528360608201528260808201525f5f5260205f60a0836101005afa5f5160011460203d141616979650505050505050565b5f83828461370a82602061425c565b9261371793929190614a28565b610f2591614a4f565b61374a60405180608001604052805f60ff1681526020015f81526020015f81526020015f81525090565b835182118061376257508161376084600261425c565b115b1561379c576040517f337c0fbb000000000000000000000000000000000000000000000000000000008152600481018490526024016105a7565b8383815181106137ae576137ae614a8b565b0160209081015160f81c825281018390525f846137cc85600161425c565b815181106137dc576137dc614a8b565b016020015160f81c90505f6137f285600261425c565b905060808216156138ae57607f821680158061380e5750600381115b8061382157508461381f828461425c565b115b1561385b576040517f337c0fbb000000000000000000000000000000000000000000000000000000008152600481018790526024016105a7565b5f9250825b8181101561389f5787613873828561425c565b8151811061388357613883614a8b565b60209101015160f81c60089490941b9390931792600101613860565b506138aa818361425c565b9150505b604083018190526138bf828261425c565b60608401819052841015613902576040517f337c0fbb000000000000000000000000000000000000000000000000000000008152600481018690526024016105a7565b50509392505050565b80515f9060ff166002148015906139275750815160ff16600a14155b80613939575081604001518260600151145b156139785781602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b6040820151835184908290811061399157613991614a8b565b60209101015160f81c608016156139dc5782602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b8381815181106139ee576139ee614a8b565b016020015160f81c158015613a1257506001818460600151613a109190614249565b115b15613a2357613a2081614bce565b90505b6020818460600151613a359190614249565b1115613a755782602001516040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b826060015181101561296457838181518110613a9357613a93614a8b565b60209101015160f81c60089290921b9190911790600101613a75565b5f805b82811015613b64575f85613ac6838761425c565b81518110613ad657613ad6614a8b565b016020015160f81c90506030811080613af2575060398160ff16115b15613b3657613b01828661425c565b6040517f337c0fbb0000000000000000000000000000000000000000000000000000000081526004016105a791815260200190565b613b41603082614c05565b60ff16613b4f84600a614ab8565b613b59919061425c565b925050600101613ab2565b509392505050565b5f6107b2871080613b7b575085155b80613b865750600c86115b80613b8f575084155b80613b9a5750601f85115b80613ba55750601784115b80613bb05750603b83115b80613bbb5750603c82115b15613bf4576040517f337c0fbb0000000000000000000000000000000000000000000000000000000081525f60048201526024016105a7565b5f6002871115613c045787613c0f565b613c0f600189614249565b90505f613c1e61019083614c1e565b90505f613c2d82610190614ab8565b613c379084614249565b90505f60028a11613c5257613c4d8a600961425c565b613c5d565b613c5d60038b614249565b90505f60018a6005613c70856099614ab8565b613c7b90600261425c565b613c859190614c1e565b613c8f919061425c565b613c999190614249565b90505f81613ca8606486614c1e565b613cb3600487614c1e565b613cbf8761016d614ab8565b613cc9919061425c565b613cd39190614249565b613cdd919061425c565b90505f620afa6c82613cf28862023ab1614ab8565b613cfc919061425c565b613d069190614249565b905088613d148b603c614ab8565b613d208d610e10614ab8565b613d2d8462015180614ab8565b613d37919061425c565b613d41919061425c565b613d4b919061425c565b9e9d5050505050505050505050505050565b80515f9060ff16603014613d9d576040517f2548695800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60408201515f905b8360600151811015613f6c5760608401515f90613dc790879084906030612a1b565b604081015160608201519192505f91613de39189916006612a1b565b90505f613df1888385612a97565b90508260600151935081604001518260600151613e0e9190614249565b600b141580613e3c57506040820151692a864886f84d010d01029060b090613e37908b90613304565b901c14155b15613e4957505050613da5565b5f888360400151600a613e5c919061425c565b81518110613e6c57613e6c614a8b565b016020015160f81c905060018110801590613e88575060108111155b15613f00575f613e988a8461390b565b905060ff811115613ed5576040517f2548695800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b613ee0826008614ab8565b613eec90610100614249565b1b96909617956001811b9590951794613f63565b80601103613f63575f613f138a8461390b565b905061ffff811115613f51576040517f2548695800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60701b96909617956001811b95909517945b50505050613da5565b50806203fffe14612964576040517f2548695800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f83601f840112613fb9575f5ffd5b50813567ffffffffffffffff811115613fd0575f5ffd5b602083019150836020828501011115613fe7575f5ffd5b9250929050565b5f5f5f5f60408587031215614001575f5ffd5b843567ffffffffffffffff811115614017575f5ffd5b61402387828801613fa9565b909550935050602085013567ffffffffffffffff811115614042575f5ffd5b61404e87828801613fa9565b95989497509550505050565b5f6101608201905082518252602083015160208301526040830151614085604084018261ffff169052565b50606083015161409b606084018261ffff169052565b5060808301516140af608084018215159052565b5060a083015160a083015260c083015160c083015260e08301516140d860e084018260ff169052565b506101008301516101008301526101208301516140ff61012084018264ffffffffff169052565b5061014092830151919092015290565b5f6060828403128015614120575f5ffd5b509092915050565b5f60208284031215614138575f5ffd5b5035919050565b5f6020828403121561414f575f5ffd5b813567ffffffffffffffff811115614165575f5ffd5b82016101008185031215610a73575f5ffd5b803573ffffffffffffffffffffffffffffffffffffffff8116811461419a575f5ffd5b919050565b63ffffffff81168114610736575f5ffd5b5f5f5f5f608085870312156141c3575f5ffd5b6141cc85614177565b93506141da60208601614177565b92506141e860408601614177565b915060608501356141f88161419f565b939692955090935050565b5f60208284031215614213575f5ffd5b610a7382614177565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156116ca576116ca61421c565b808201808211156116ca576116ca61421c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051610140810167ffffffffffffffff811182821017156142c0576142c061426f565b60405290565b604051610120810167ffffffffffffffff811182821017156142c0576142c061426f565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff811182821017156143315761433161426f565b604052919050565b61ffff81168114610736575f5ffd5b5f6060828403128015614359575f5ffd5b506040516060810167ffffffffffffffff8111828210171561437d5761437d61426f565b604052823561438b81614339565b8152602083013561439b8161419f565b602082015260408301356143ae8161419f565b60408201529392505050565b805164ffffffffff8116811461419a575f5ffd5b805161419a8161419f565b805160ff8116811461419a575f5ffd5b5f60a082840312156143f9575f5ffd5b60405160a0810167ffffffffffffffff8111828210171561441c5761441c61426f565b60405290508061442b836143ba565b8152614439602084016143ba565b6020820152604083015161444c8161419f565b604082015260608301517fffff00000000000000000000000000000000000000000000000000000000000081168114614483575f5ffd5b6060820152614494608084016143d9565b60808201525092915050565b5f82601f8301126144af575f5ffd5b815167ffffffffffffffff8111156144c9576144c961426f565b8060051b6144d9602082016142ea565b918252602081850181019290810190868411156144f4575f5ffd5b6020860192505b838310156145165782518252602092830192909101906144fb565b9695505050505050565b5f5f60c08385031215614531575f5ffd5b61453b84846143e9565b915060a083015167ffffffffffffffff811115614556575f5ffd5b614562858286016144a0565b9150509250929050565b805161419a81614339565b80517fffffffff000000000000000000000000000000000000000000000000000000008116811461419a575f5ffd5b80517fffffffffffffffffffffffffffffffff000000000000000000000000000000008116811461419a575f5ffd5b5f61014082840312156145e6575f5ffd5b6145ee61429c565b90506145f9826143ba565b8152614607602083016143ba565b6020820152614618604083016143ce565b60408201526146296060830161456c565b606082015261463a60808301614577565b608082015261464b60a08301614577565b60a082015261465c60c083016143d9565b60c082015261466d60e083016145a6565b60e082015261467f61010083016145a6565b6101008201526101209182015191810191909152919050565b5f5f61016083850312156146aa575f5ffd5b6146b484846145d5565b915061014083015167ffffffffffffffff811115614556575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614703575f5ffd5b83018035915067ffffffffffffffff82111561471d575f5ffd5b602001915036819003821315613fe7575f5ffd5b7f7465656f7261636c652f6964656e746974792f7631000000000000000000000081527fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008460601b166015820152818360298301375f910160290190815292915050565b5f602082840312156147a5575f5ffd5b8135610a738161419f565b60ff81811683821601908111156116ca576116ca61421c565b818382375f9101908152919050565b5f602082840312156147e8575f5ffd5b5051919050565b5f60c082840312156147ff575f5ffd5b60405160c0810167ffffffffffffffff811182821017156148225761482261426f565b6040908152835182526020808501519083015290915081906148459084016143ba565b6040820152614856606084016143ba565b6060820152614867608084016143d9565b608082015260a092830151920191909152919050565b8051801515811461419a575f5ffd5b5f6080828403121561489c575f5ffd5b6040516080810167ffffffffffffffff811182821017156148bf576148bf61426f565b6040529050806148ce836143ba565b81526148dc602084016143ba565b60208201526148ed604084016143ba565b604082015260608301516149008161419f565b6060919091015292915050565b5f6020828403121561491d575f5ffd5b815167ffffffffffffffff811115614933575f5ffd5b82016104208185031215614945575f5ffd5b61494d6142c6565b61495785836147ef565b815261496560c0830161487d565b602082015261497660e0830161487d565b604082015261498985610100840161488c565b606082015261499c85610180840161488c565b60808201526149af8561020084016143e9565b60a08201526102a082015167ffffffffffffffff8111156149ce575f5ffd5b6149da868285016144a0565b60c0830152506149ee856102c084016145d5565b60e082015261040082015167ffffffffffffffff811115614a0d575f5ffd5b614a19868285016144a0565b61010083015250949350505050565b5f5f85851115614a36575f5ffd5b83861115614a42575f5ffd5b5050820193919092039150565b803560208310156116ca577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b80820281158282048414176116ca576116ca61421c565b80357fffffffff000000000000000000000000000000000000000000000000000000008116906004841015612964577fffffffff00000000000000000000000000000000000000000000000000000000808560040360031b1b82161691505092915050565b80357fffffffffffffffffffffffffffffffff000000000000000000000000000000008116906010841015612964577fffffffffffffffffffffffffffffffff00000000000000000000000000000000808560100360031b1b82161691505092915050565b838582375f8482015f8152838582375f93019283525090949350505050565b5f82518060208501845e5f920191825250919050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203614bfe57614bfe61421c565b5060010190565b60ff82811682821603908111156116ca576116ca61421c565b5f82614c51577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea164736f6c634300081e000a",
}

// DcapVerifier is an auto generated Go binding around an Ethereum contract.
type DcapVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DcapVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewDcapVerifier creates a new instance of DcapVerifier.
func NewDcapVerifier() *DcapVerifier {
	parsed, err := DcapVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DcapVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DcapVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address collateral_, address owner_, (uint16,uint32,uint32) policy_) returns()
func (dcapVerifier *DcapVerifier) PackConstructor(collateral_ common.Address, owner_ common.Address, policy_ IDcapVerifierPolicy) []byte {
	enc, err := dcapVerifier.abi.Pack("", collateral_, owner_, policy_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackENCLAVEPAYEETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e1aeb5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ENCLAVE_PAYEE_TYPEHASH() view returns(bytes32)
func (dcapVerifier *DcapVerifier) PackENCLAVEPAYEETYPEHASH() []byte {
	enc, err := dcapVerifier.abi.Pack("ENCLAVE_PAYEE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackENCLAVEPAYEETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e1aeb5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ENCLAVE_PAYEE_TYPEHASH() view returns(bytes32)
func (dcapVerifier *DcapVerifier) TryPackENCLAVEPAYEETYPEHASH() ([]byte, error) {
	return dcapVerifier.abi.Pack("ENCLAVE_PAYEE_TYPEHASH")
}

// UnpackENCLAVEPAYEETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e1aeb5c.
//
// Solidity: function ENCLAVE_PAYEE_TYPEHASH() view returns(bytes32)
func (dcapVerifier *DcapVerifier) UnpackENCLAVEPAYEETYPEHASH(data []byte) ([32]byte, error) {
	out, err := dcapVerifier.abi.Unpack("ENCLAVE_PAYEE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (dcapVerifier *DcapVerifier) PackAcceptOwnership() []byte {
	enc, err := dcapVerifier.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (dcapVerifier *DcapVerifier) TryPackAcceptOwnership() ([]byte, error) {
	return dcapVerifier.abi.Pack("acceptOwnership")
}

// PackCheckQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e04035a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkQuote(bytes quote, bytes pckCertificate) view returns((bytes32,bytes32,uint16,uint16,bool,bytes32,bytes32,uint8,bytes32,uint40,bytes32) v)
func (dcapVerifier *DcapVerifier) PackCheckQuote(quote []byte, pckCertificate []byte) []byte {
	enc, err := dcapVerifier.abi.Pack("checkQuote", quote, pckCertificate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e04035a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkQuote(bytes quote, bytes pckCertificate) view returns((bytes32,bytes32,uint16,uint16,bool,bytes32,bytes32,uint8,bytes32,uint40,bytes32) v)
func (dcapVerifier *DcapVerifier) TryPackCheckQuote(quote []byte, pckCertificate []byte) ([]byte, error) {
	return dcapVerifier.abi.Pack("checkQuote", quote, pckCertificate)
}

// UnpackCheckQuote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e04035a.
//
// Solidity: function checkQuote(bytes quote, bytes pckCertificate) view returns((bytes32,bytes32,uint16,uint16,bool,bytes32,bytes32,uint8,bytes32,uint40,bytes32) v)
func (dcapVerifier *DcapVerifier) UnpackCheckQuote(data []byte) (IDcapVerifierVerified, error) {
	out, err := dcapVerifier.abi.Unpack("checkQuote", data)
	if err != nil {
		return *new(IDcapVerifierVerified), err
	}
	out0 := *abi.ConvertType(out[0], new(IDcapVerifierVerified)).(*IDcapVerifierVerified)
	return out0, nil
}

// PackCheckRegistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba241ce5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkRegistration((bytes,bytes,address,bytes,address,uint32,bytes32,bytes32) a) view returns((bytes32,bytes32,uint16,uint16,bool,bytes32,bytes32,uint8,bytes32,uint40,bytes32) v)
func (dcapVerifier *DcapVerifier) PackCheckRegistration(a IEnclaveRegistryAttestedRegistration) []byte {
	enc, err := dcapVerifier.abi.Pack("checkRegistration", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckRegistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba241ce5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkRegistration((bytes,bytes,address,bytes,address,uint32,bytes32,bytes32) a) view returns((bytes32,bytes32,uint16,uint16,bool,bytes32,bytes32,uint8,bytes32,uint40,bytes32) v)
func (dcapVerifier *DcapVerifier) TryPackCheckRegistration(a IEnclaveRegistryAttestedRegistration) ([]byte, error) {
	return dcapVerifier.abi.Pack("checkRegistration", a)
}

// UnpackCheckRegistration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba241ce5.
//
// Solidity: function checkRegistration((bytes,bytes,address,bytes,address,uint32,bytes32,bytes32) a) view returns((bytes32,bytes32,uint16,uint16,bool,bytes32,bytes32,uint8,bytes32,uint40,bytes32) v)
func (dcapVerifier *DcapVerifier) UnpackCheckRegistration(data []byte) (IDcapVerifierVerified, error) {
	out, err := dcapVerifier.abi.Unpack("checkRegistration", data)
	if err != nil {
		return *new(IDcapVerifierVerified), err
	}
	out0 := *abi.ConvertType(out[0], new(IDcapVerifierVerified)).(*IDcapVerifierVerified)
	return out0, nil
}

// PackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8dfeb45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateral() view returns(address)
func (dcapVerifier *DcapVerifier) PackCollateral() []byte {
	enc, err := dcapVerifier.abi.Pack("collateral")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8dfeb45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateral() view returns(address)
func (dcapVerifier *DcapVerifier) TryPackCollateral() ([]byte, error) {
	return dcapVerifier.abi.Pack("collateral")
}

// UnpackCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8dfeb45.
//
// Solidity: function collateral() view returns(address)
func (dcapVerifier *DcapVerifier) UnpackCollateral(data []byte) (common.Address, error) {
	out, err := dcapVerifier.abi.Unpack("collateral", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsAccepted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa78f84cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAccepted(bytes32 platform) view returns(bool)
func (dcapVerifier *DcapVerifier) PackIsAccepted(platform [32]byte) []byte {
	enc, err := dcapVerifier.abi.Pack("isAccepted", platform)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAccepted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa78f84cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAccepted(bytes32 platform) view returns(bool)
func (dcapVerifier *DcapVerifier) TryPackIsAccepted(platform [32]byte) ([]byte, error) {
	return dcapVerifier.abi.Pack("isAccepted", platform)
}

// UnpackIsAccepted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa78f84cf.
//
// Solidity: function isAccepted(bytes32 platform) view returns(bool)
func (dcapVerifier *DcapVerifier) UnpackIsAccepted(data []byte) (bool, error) {
	out, err := dcapVerifier.abi.Unpack("isAccepted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (dcapVerifier *DcapVerifier) PackOwner() []byte {
	enc, err := dcapVerifier.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (dcapVerifier *DcapVerifier) TryPackOwner() ([]byte, error) {
	return dcapVerifier.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (dcapVerifier *DcapVerifier) UnpackOwner(data []byte) (common.Address, error) {
	out, err := dcapVerifier.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPayeeDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4d0282a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payeeDigest(address router, address signer, address payee, uint32 nonce) view returns(bytes32)
func (dcapVerifier *DcapVerifier) PackPayeeDigest(router common.Address, signer common.Address, payee common.Address, nonce uint32) []byte {
	enc, err := dcapVerifier.abi.Pack("payeeDigest", router, signer, payee, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayeeDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4d0282a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payeeDigest(address router, address signer, address payee, uint32 nonce) view returns(bytes32)
func (dcapVerifier *DcapVerifier) TryPackPayeeDigest(router common.Address, signer common.Address, payee common.Address, nonce uint32) ([]byte, error) {
	return dcapVerifier.abi.Pack("payeeDigest", router, signer, payee, nonce)
}

// UnpackPayeeDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4d0282a.
//
// Solidity: function payeeDigest(address router, address signer, address payee, uint32 nonce) view returns(bytes32)
func (dcapVerifier *DcapVerifier) UnpackPayeeDigest(data []byte) ([32]byte, error) {
	out, err := dcapVerifier.abi.Unpack("payeeDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (dcapVerifier *DcapVerifier) PackPendingOwner() []byte {
	enc, err := dcapVerifier.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (dcapVerifier *DcapVerifier) TryPackPendingOwner() ([]byte, error) {
	return dcapVerifier.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (dcapVerifier *DcapVerifier) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := dcapVerifier.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPlatformStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6258fda1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function platformStatus(bytes32 platform) view returns(uint8 status)
func (dcapVerifier *DcapVerifier) PackPlatformStatus(platform [32]byte) []byte {
	enc, err := dcapVerifier.abi.Pack("platformStatus", platform)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlatformStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6258fda1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function platformStatus(bytes32 platform) view returns(uint8 status)
func (dcapVerifier *DcapVerifier) TryPackPlatformStatus(platform [32]byte) ([]byte, error) {
	return dcapVerifier.abi.Pack("platformStatus", platform)
}

// UnpackPlatformStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6258fda1.
//
// Solidity: function platformStatus(bytes32 platform) view returns(uint8 status)
func (dcapVerifier *DcapVerifier) UnpackPlatformStatus(data []byte) (uint8, error) {
	out, err := dcapVerifier.abi.Unpack("platformStatus", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0505c8c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function policy() view returns(uint16 acceptedStatuses, uint32 maxCollateralAge, uint32 registrationTtl)
func (dcapVerifier *DcapVerifier) PackPolicy() []byte {
	enc, err := dcapVerifier.abi.Pack("policy")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0505c8c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function policy() view returns(uint16 acceptedStatuses, uint32 maxCollateralAge, uint32 registrationTtl)
func (dcapVerifier *DcapVerifier) TryPackPolicy() ([]byte, error) {
	return dcapVerifier.abi.Pack("policy")
}

// PolicyOutput serves as a container for the return parameters of contract
// method Policy.
type PolicyOutput struct {
	AcceptedStatuses uint16
	MaxCollateralAge uint32
	RegistrationTtl  uint32
}

// UnpackPolicy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0505c8c9.
//
// Solidity: function policy() view returns(uint16 acceptedStatuses, uint32 maxCollateralAge, uint32 registrationTtl)
func (dcapVerifier *DcapVerifier) UnpackPolicy(data []byte) (PolicyOutput, error) {
	out, err := dcapVerifier.abi.Unpack("policy", data)
	outstruct := new(PolicyOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AcceptedStatuses = *abi.ConvertType(out[0], new(uint16)).(*uint16)
	outstruct.MaxCollateralAge = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.RegistrationTtl = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackSetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a40486e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPolicy((uint16,uint32,uint32) p) returns()
func (dcapVerifier *DcapVerifier) PackSetPolicy(p IDcapVerifierPolicy) []byte {
	enc, err := dcapVerifier.abi.Pack("setPolicy", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a40486e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPolicy((uint16,uint32,uint32) p) returns()
func (dcapVerifier *DcapVerifier) TryPackSetPolicy(p IDcapVerifierPolicy) ([]byte, error) {
	return dcapVerifier.abi.Pack("setPolicy", p)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (dcapVerifier *DcapVerifier) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := dcapVerifier.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (dcapVerifier *DcapVerifier) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return dcapVerifier.abi.Pack("transferOwnership", newOwner)
}

// PackVerifyQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ff5f0b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyQuote(bytes quote, bytes pckCertificate) view returns((bytes32,bytes32,uint16,uint16,bool,bytes32,bytes32,uint8,bytes32,uint40,bytes32) v)
func (dcapVerifier *DcapVerifier) PackVerifyQuote(quote []byte, pckCertificate []byte) []byte {
	enc, err := dcapVerifier.abi.Pack("verifyQuote", quote, pckCertificate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ff5f0b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyQuote(bytes quote, bytes pckCertificate) view returns((bytes32,bytes32,uint16,uint16,bool,bytes32,bytes32,uint8,bytes32,uint40,bytes32) v)
func (dcapVerifier *DcapVerifier) TryPackVerifyQuote(quote []byte, pckCertificate []byte) ([]byte, error) {
	return dcapVerifier.abi.Pack("verifyQuote", quote, pckCertificate)
}

// UnpackVerifyQuote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ff5f0b2.
//
// Solidity: function verifyQuote(bytes quote, bytes pckCertificate) view returns((bytes32,bytes32,uint16,uint16,bool,bytes32,bytes32,uint8,bytes32,uint40,bytes32) v)
func (dcapVerifier *DcapVerifier) UnpackVerifyQuote(data []byte) (IDcapVerifierVerified, error) {
	out, err := dcapVerifier.abi.Unpack("verifyQuote", data)
	if err != nil {
		return *new(IDcapVerifierVerified), err
	}
	out0 := *abi.ConvertType(out[0], new(IDcapVerifierVerified)).(*IDcapVerifierVerified)
	return out0, nil
}

// DcapVerifierPolicySet represents a PolicySet event raised by the DcapVerifier contract.
type DcapVerifierPolicySet struct {
	AcceptedStatuses uint16
	MaxCollateralAge uint32
	RegistrationTtl  uint32
	Raw              *types.Log // Blockchain specific contextual infos
}

const DcapVerifierPolicySetEventName = "PolicySet"

// ContractEventName returns the user-defined event name.
func (DcapVerifierPolicySet) ContractEventName() string {
	return DcapVerifierPolicySetEventName
}

// UnpackPolicySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PolicySet(uint16 acceptedStatuses, uint32 maxCollateralAge, uint32 registrationTtl)
func (dcapVerifier *DcapVerifier) UnpackPolicySetEvent(log *types.Log) (*DcapVerifierPolicySet, error) {
	event := "PolicySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dcapVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DcapVerifierPolicySet)
	if len(log.Data) > 0 {
		if err := dcapVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dcapVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (dcapVerifier *DcapVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["AttestationKeyBinding"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackAttestationKeyBindingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["BadDer"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackBadDerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["BadPayeeSignature"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackBadPayeeSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["BadPolicy"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackBadPolicyError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["CertChain"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackCertChainError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["CollateralTooOld"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackCollateralTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["DebugEnclave"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackDebugEnclaveError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["Expired"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["MalformedQuote"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackMalformedQuoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["MissingCRL"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackMissingCRLError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["MissingCollateral"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackMissingCollateralError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["NotYetValid"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackNotYetValidError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["PCEIDMismatch"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackPCEIDMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["QEIdentityMismatch"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackQEIdentityMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["QEReportSignature"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackQEReportSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["QuoteSignature"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackQuoteSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["ReportDataMismatch"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackReportDataMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["Revoked"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["TCBLevelNotFound"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackTCBLevelNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["TcbStatusNotAccepted"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackTcbStatusNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["UnknownPckIssuer"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackUnknownPckIssuerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dcapVerifier.abi.Errors["UnsupportedQuote"].ID.Bytes()[:4]) {
		return dcapVerifier.UnpackUnsupportedQuoteError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DcapVerifierAttestationKeyBinding represents a AttestationKeyBinding error raised by the DcapVerifier contract.
type DcapVerifierAttestationKeyBinding struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationKeyBinding()
func DcapVerifierAttestationKeyBindingErrorID() common.Hash {
	return common.HexToHash("0x7fc42cef0ad548455d5e6d4efcd1f68127fd9e05b7af22231af4fd495326be31")
}

// UnpackAttestationKeyBindingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationKeyBinding()
func (dcapVerifier *DcapVerifier) UnpackAttestationKeyBindingError(raw []byte) (*DcapVerifierAttestationKeyBinding, error) {
	out := new(DcapVerifierAttestationKeyBinding)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "AttestationKeyBinding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierBadDer represents a BadDer error raised by the DcapVerifier contract.
type DcapVerifierBadDer struct {
	Offset *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDer(uint256 offset)
func DcapVerifierBadDerErrorID() common.Hash {
	return common.HexToHash("0x337c0fbbb4191c1ad3ee9979bf7cec7eb72f3de775471385ecaffe9759269f29")
}

// UnpackBadDerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDer(uint256 offset)
func (dcapVerifier *DcapVerifier) UnpackBadDerError(raw []byte) (*DcapVerifierBadDer, error) {
	out := new(DcapVerifierBadDer)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "BadDer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierBadPayeeSignature represents a BadPayeeSignature error raised by the DcapVerifier contract.
type DcapVerifierBadPayeeSignature struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPayeeSignature(address signer)
func DcapVerifierBadPayeeSignatureErrorID() common.Hash {
	return common.HexToHash("0xbfe54b92ef689fc603593b273f0a86be097f32b536ef97d4a052b063bc1add20")
}

// UnpackBadPayeeSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPayeeSignature(address signer)
func (dcapVerifier *DcapVerifier) UnpackBadPayeeSignatureError(raw []byte) (*DcapVerifierBadPayeeSignature, error) {
	out := new(DcapVerifierBadPayeeSignature)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "BadPayeeSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierBadPolicy represents a BadPolicy error raised by the DcapVerifier contract.
type DcapVerifierBadPolicy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPolicy()
func DcapVerifierBadPolicyErrorID() common.Hash {
	return common.HexToHash("0x953c25a03ad7f1c3a1ff85d42fda731d583e65dc16bd947e048fd11cba3be1a9")
}

// UnpackBadPolicyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPolicy()
func (dcapVerifier *DcapVerifier) UnpackBadPolicyError(raw []byte) (*DcapVerifierBadPolicy, error) {
	out := new(DcapVerifierBadPolicy)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "BadPolicy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierCertChain represents a CertChain error raised by the DcapVerifier contract.
type DcapVerifierCertChain struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CertChain()
func DcapVerifierCertChainErrorID() common.Hash {
	return common.HexToHash("0x254869587cd5489d175f0a6dabe4756bf96add7e89ee1f6d104b9f9c5629fbe0")
}

// UnpackCertChainError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CertChain()
func (dcapVerifier *DcapVerifier) UnpackCertChainError(raw []byte) (*DcapVerifierCertChain, error) {
	out := new(DcapVerifierCertChain)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "CertChain", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierCollateralTooOld represents a CollateralTooOld error raised by the DcapVerifier contract.
type DcapVerifierCollateralTooOld struct {
	Issued *big.Int
	MaxAge *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CollateralTooOld(uint256 issued, uint256 maxAge)
func DcapVerifierCollateralTooOldErrorID() common.Hash {
	return common.HexToHash("0xbec0269549665939c31b9539461ca7816d7425325c7626234a9d8be26bf1aadb")
}

// UnpackCollateralTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CollateralTooOld(uint256 issued, uint256 maxAge)
func (dcapVerifier *DcapVerifier) UnpackCollateralTooOldError(raw []byte) (*DcapVerifierCollateralTooOld, error) {
	out := new(DcapVerifierCollateralTooOld)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "CollateralTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierDebugEnclave represents a DebugEnclave error raised by the DcapVerifier contract.
type DcapVerifierDebugEnclave struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DebugEnclave()
func DcapVerifierDebugEnclaveErrorID() common.Hash {
	return common.HexToHash("0x8f859312690cf47b3ccfcdae82bd1fdd1b08abba3431aae8ad37a92015cbb6ad")
}

// UnpackDebugEnclaveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DebugEnclave()
func (dcapVerifier *DcapVerifier) UnpackDebugEnclaveError(raw []byte) (*DcapVerifierDebugEnclave, error) {
	out := new(DcapVerifierDebugEnclave)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "DebugEnclave", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierExpired represents a Expired error raised by the DcapVerifier contract.
type DcapVerifierExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Expired()
func DcapVerifierExpiredErrorID() common.Hash {
	return common.HexToHash("0x203d82d8d99f63bfecc8335216735e0271df4249ea752b030f9ab305b94e5afe")
}

// UnpackExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Expired()
func (dcapVerifier *DcapVerifier) UnpackExpiredError(raw []byte) (*DcapVerifierExpired, error) {
	out := new(DcapVerifierExpired)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "Expired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierMalformedQuote represents a MalformedQuote error raised by the DcapVerifier contract.
type DcapVerifierMalformedQuote struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedQuote()
func DcapVerifierMalformedQuoteErrorID() common.Hash {
	return common.HexToHash("0x749b371686af44c35f56f31929b246e62cd81b46f62082d84eb401cd6b879995")
}

// UnpackMalformedQuoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedQuote()
func (dcapVerifier *DcapVerifier) UnpackMalformedQuoteError(raw []byte) (*DcapVerifierMalformedQuote, error) {
	out := new(DcapVerifierMalformedQuote)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "MalformedQuote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierMissingCRL represents a MissingCRL error raised by the DcapVerifier contract.
type DcapVerifierMissingCRL struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MissingCRL()
func DcapVerifierMissingCRLErrorID() common.Hash {
	return common.HexToHash("0xf8b34d8c7d0728d52428eeb087943cd61b3f65e8c4c9329f2c0cdbae96d833d6")
}

// UnpackMissingCRLError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MissingCRL()
func (dcapVerifier *DcapVerifier) UnpackMissingCRLError(raw []byte) (*DcapVerifierMissingCRL, error) {
	out := new(DcapVerifierMissingCRL)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "MissingCRL", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierMissingCollateral represents a MissingCollateral error raised by the DcapVerifier contract.
type DcapVerifierMissingCollateral struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MissingCollateral()
func DcapVerifierMissingCollateralErrorID() common.Hash {
	return common.HexToHash("0xe3643814a3cf19e0d7326ffeb8e476a39dff722bacc710e35c236cd6af9f42f0")
}

// UnpackMissingCollateralError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MissingCollateral()
func (dcapVerifier *DcapVerifier) UnpackMissingCollateralError(raw []byte) (*DcapVerifierMissingCollateral, error) {
	out := new(DcapVerifierMissingCollateral)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "MissingCollateral", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierNotOwner represents a NotOwner error raised by the DcapVerifier contract.
type DcapVerifierNotOwner struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address account)
func DcapVerifierNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address account)
func (dcapVerifier *DcapVerifier) UnpackNotOwnerError(raw []byte) (*DcapVerifierNotOwner, error) {
	out := new(DcapVerifierNotOwner)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierNotYetValid represents a NotYetValid error raised by the DcapVerifier contract.
type DcapVerifierNotYetValid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYetValid()
func DcapVerifierNotYetValidErrorID() common.Hash {
	return common.HexToHash("0x3fb4e43f6acb9e2dd9a92e60fed2efe76486186a45f6bdd4725f796d827e112d")
}

// UnpackNotYetValidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYetValid()
func (dcapVerifier *DcapVerifier) UnpackNotYetValidError(raw []byte) (*DcapVerifierNotYetValid, error) {
	out := new(DcapVerifierNotYetValid)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "NotYetValid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierPCEIDMismatch represents a PCEIDMismatch error raised by the DcapVerifier contract.
type DcapVerifierPCEIDMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PCEIDMismatch()
func DcapVerifierPCEIDMismatchErrorID() common.Hash {
	return common.HexToHash("0xececf7f0be035a83609dcf273fe3e4e2cf432dde51dafd7f4776e8722c0e4811")
}

// UnpackPCEIDMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PCEIDMismatch()
func (dcapVerifier *DcapVerifier) UnpackPCEIDMismatchError(raw []byte) (*DcapVerifierPCEIDMismatch, error) {
	out := new(DcapVerifierPCEIDMismatch)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "PCEIDMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierQEIdentityMismatch represents a QEIdentityMismatch error raised by the DcapVerifier contract.
type DcapVerifierQEIdentityMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QEIdentityMismatch()
func DcapVerifierQEIdentityMismatchErrorID() common.Hash {
	return common.HexToHash("0x8d1f819013a5467f8bd72a26788aa4baba99d511762cfb05b048fe2b130c51d2")
}

// UnpackQEIdentityMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QEIdentityMismatch()
func (dcapVerifier *DcapVerifier) UnpackQEIdentityMismatchError(raw []byte) (*DcapVerifierQEIdentityMismatch, error) {
	out := new(DcapVerifierQEIdentityMismatch)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "QEIdentityMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierQEReportSignature represents a QEReportSignature error raised by the DcapVerifier contract.
type DcapVerifierQEReportSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QEReportSignature()
func DcapVerifierQEReportSignatureErrorID() common.Hash {
	return common.HexToHash("0x3511c8e8774be501672581f4ec10dd6175d862480af3ab11844c370a64f24469")
}

// UnpackQEReportSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QEReportSignature()
func (dcapVerifier *DcapVerifier) UnpackQEReportSignatureError(raw []byte) (*DcapVerifierQEReportSignature, error) {
	out := new(DcapVerifierQEReportSignature)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "QEReportSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierQuoteSignature represents a QuoteSignature error raised by the DcapVerifier contract.
type DcapVerifierQuoteSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuoteSignature()
func DcapVerifierQuoteSignatureErrorID() common.Hash {
	return common.HexToHash("0xd4b938dc2838290de310d71f3556650e29813678f3f790a9f8e54aa89ac0e208")
}

// UnpackQuoteSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuoteSignature()
func (dcapVerifier *DcapVerifier) UnpackQuoteSignatureError(raw []byte) (*DcapVerifierQuoteSignature, error) {
	out := new(DcapVerifierQuoteSignature)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "QuoteSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierReportDataMismatch represents a ReportDataMismatch error raised by the DcapVerifier contract.
type DcapVerifierReportDataMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReportDataMismatch()
func DcapVerifierReportDataMismatchErrorID() common.Hash {
	return common.HexToHash("0x95e586e40f05431a7dea0ef6b040dc29688d98f9f0dbfb7393853e25521abd0b")
}

// UnpackReportDataMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReportDataMismatch()
func (dcapVerifier *DcapVerifier) UnpackReportDataMismatchError(raw []byte) (*DcapVerifierReportDataMismatch, error) {
	out := new(DcapVerifierReportDataMismatch)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "ReportDataMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierRevoked represents a Revoked error raised by the DcapVerifier contract.
type DcapVerifierRevoked struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Revoked()
func DcapVerifierRevokedErrorID() common.Hash {
	return common.HexToHash("0x44825a4b2df8acb19ce4e1afba9aa850c8b65cdb7942e2078f27d0b0960efee6")
}

// UnpackRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Revoked()
func (dcapVerifier *DcapVerifier) UnpackRevokedError(raw []byte) (*DcapVerifierRevoked, error) {
	out := new(DcapVerifierRevoked)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "Revoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierTCBLevelNotFound represents a TCBLevelNotFound error raised by the DcapVerifier contract.
type DcapVerifierTCBLevelNotFound struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TCBLevelNotFound()
func DcapVerifierTCBLevelNotFoundErrorID() common.Hash {
	return common.HexToHash("0x5e628c89ba033f2e7aa5a0c9c292a7f4448f9db9191712940d6848e1d0e0170a")
}

// UnpackTCBLevelNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TCBLevelNotFound()
func (dcapVerifier *DcapVerifier) UnpackTCBLevelNotFoundError(raw []byte) (*DcapVerifierTCBLevelNotFound, error) {
	out := new(DcapVerifierTCBLevelNotFound)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "TCBLevelNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierTcbStatusNotAccepted represents a TcbStatusNotAccepted error raised by the DcapVerifier contract.
type DcapVerifierTcbStatusNotAccepted struct {
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TcbStatusNotAccepted(uint8 status)
func DcapVerifierTcbStatusNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x1a9cc8a04a39a59b80e694cb2cf86f57a4c0031180f0588966f8b5833cb1639e")
}

// UnpackTcbStatusNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TcbStatusNotAccepted(uint8 status)
func (dcapVerifier *DcapVerifier) UnpackTcbStatusNotAcceptedError(raw []byte) (*DcapVerifierTcbStatusNotAccepted, error) {
	out := new(DcapVerifierTcbStatusNotAccepted)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "TcbStatusNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierUnknownPckIssuer represents a UnknownPckIssuer error raised by the DcapVerifier contract.
type DcapVerifierUnknownPckIssuer struct {
	IssuerHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownPckIssuer(bytes32 issuerHash)
func DcapVerifierUnknownPckIssuerErrorID() common.Hash {
	return common.HexToHash("0xcc86b7c020a496d6e30f6350cf32f4927d69592b9106b74df08b27432eb9a4da")
}

// UnpackUnknownPckIssuerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownPckIssuer(bytes32 issuerHash)
func (dcapVerifier *DcapVerifier) UnpackUnknownPckIssuerError(raw []byte) (*DcapVerifierUnknownPckIssuer, error) {
	out := new(DcapVerifierUnknownPckIssuer)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "UnknownPckIssuer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DcapVerifierUnsupportedQuote represents a UnsupportedQuote error raised by the DcapVerifier contract.
type DcapVerifierUnsupportedQuote struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedQuote()
func DcapVerifierUnsupportedQuoteErrorID() common.Hash {
	return common.HexToHash("0x93504f993d69f341dad42ab52ba29247de8891f0b19f14d65142398b5a2ce334")
}

// UnpackUnsupportedQuoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedQuote()
func (dcapVerifier *DcapVerifier) UnpackUnsupportedQuoteError(raw []byte) (*DcapVerifierUnsupportedQuote, error) {
	out := new(DcapVerifierUnsupportedQuote)
	if err := dcapVerifier.abi.UnpackIntoInterface(out, "UnsupportedQuote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EchoConsumerMetaData contains all meta data concerning the EchoConsumer contract.
var EchoConsumerMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"router_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"quiet_\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"fields\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"onJobResult\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"payerOf\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quiet\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"ttl\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"results\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"router\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIJobRouter\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Refunded\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"payer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ResultReceived\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"NotOurJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"OnlyRouter\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RefundFailed\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "EchoConsumer",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610d9a380380610d9a83398101604081905261002e91610046565b6001600160a01b03909116608052151560a05261008d565b5f5f60408385031215610057575f5ffd5b82516001600160a01b038116811461006d575f5ffd5b60208401519092508015158114610082575f5ffd5b809150509250929050565b60805160a051610cc96100d15f395f818161018401526104bc01525f81816101c701528181610201015281816105b40152818161066301526106d80152610cc95ff3fe608060405260043610610071575f3560e01c80634316b3b31161004c5780634316b3b3146101275780634c6b25b114610148578063dc433dec14610173578063f887ea40146101b6575f5ffd5b806304f5e9441461007c5780631dd729bc1461009d57806324108273146100bc575f5ffd5b3661007857005b5f5ffd5b348015610087575f5ffd5b5061009b6100963660046107cc565b6101e9565b005b3480156100a8575f5ffd5b5061009b6100b7366004610829565b610271565b3480156100c7575f5ffd5b506100fd6100d636600461087e565b60016020525f908152604090205473ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b61013a6101353660046108ad565b610433565b60405190815260200161011e565b348015610153575f5ffd5b5061013a61016236600461087e565b5f6020819052908152604090205481565b34801561017e575f5ffd5b506101a67f000000000000000000000000000000000000000000000000000000000000000081565b604051901515815260200161011e565b3480156101c1575f5ffd5b506100fd7f000000000000000000000000000000000000000000000000000000000000000081565b3373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461025f576040517f146f8b8e0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b61026b848484846104ba565b50505050565b5f8281526001602052604090205473ffffffffffffffffffffffffffffffffffffffff16806102cf576040517f5565848100000000000000000000000000000000000000000000000000000000815260048101849052602401610256565b5f83815260016020526040902080547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561031a83610315368590038501856109c7565b610577565b5f6103243061061c565b90508173ffffffffffffffffffffffffffffffffffffffff16847ff552ca82e113ac3c539c3d617f29fcd19c172a0c75dad017555c9e109f7fe1838360405161036f91815260200190565b60405180910390a35f8273ffffffffffffffffffffffffffffffffffffffff16826040515f6040518083038185875af1925050503d805f81146103cd576040519150601f19603f3d011682016040523d82523d5f602084013e6103d2565b606091505b505090508061042c576040517faf73b0b200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260248101839052604401610256565b5050505050565b5f61047a87873388888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a92508991503490506106d5565b5f81815260016020526040902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001633179055979650505050505050565b7f000000000000000000000000000000000000000000000000000000000000000061026b578282826040516020016104f493929190610a83565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815282825280516020918201205f888152918290529190205584907f940e22d402e99762715095c3a9940f16a7c3cd84953972e3d63fc59a9ce3e5019061056990869086908690610ac1565b60405180910390a250505050565b6040517f1dd729bc00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690631dd729bc906105eb9085908590600401610b17565b5f604051808303815f87803b158015610602575f5ffd5b505af1158015610614573d5f5f3e3d5ffd5b505050505050565b6040517f51cff8d900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906351cff8d9906024016020604051808303815f875af11580156106ab573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106cf9190610c07565b92915050565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16638debbfdf838a8a8a8a8a8a6040518863ffffffff1660e01b815260040161073a96959493929190610c1e565b60206040518083038185885af1158015610756573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061077b9190610c07565b98975050505050505050565b5f5f83601f840112610797575f5ffd5b50813567ffffffffffffffff8111156107ae575f5ffd5b6020830191508360208285010111156107c5575f5ffd5b9250929050565b5f5f5f5f606085870312156107df575f5ffd5b84359350602085013560ff811681146107f6575f5ffd5b9250604085013567ffffffffffffffff811115610811575f5ffd5b61081d87828801610787565b95989497509550505050565b5f5f82840361016081121561083c575f5ffd5b833592506101407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe082011215610870575f5ffd5b506020830190509250929050565b5f6020828403121561088e575f5ffd5b5035919050565b803563ffffffff811681146108a8575f5ffd5b919050565b5f5f5f5f5f5f60a087890312156108c2575f5ffd5b863595506108d260208801610895565b9450604087013567ffffffffffffffff8111156108ed575f5ffd5b6108f989828a01610787565b909550935061090c905060608801610895565b915061091a60808801610895565b90509295509295509295565b604051610140810167ffffffffffffffff8111828210171561096f577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b803573ffffffffffffffffffffffffffffffffffffffff811681146108a8575f5ffd5b80356bffffffffffffffffffffffff811681146108a8575f5ffd5b803564ffffffffff811681146108a8575f5ffd5b5f6101408284031280156109d9575f5ffd5b506109e2610926565b6109eb83610975565b81526109f960208401610975565b602082015260408381013590820152610a1460608401610895565b6060820152610a2560808401610895565b608082015260a08381013590820152610a4060c08401610895565b60c0820152610a5160e08401610998565b60e0820152610a636101008401610998565b610100820152610a7661012084016109b3565b6101208201529392505050565b7fff000000000000000000000000000000000000000000000000000000000000008460f81b168152818360018301375f910160010190815292915050565b60ff8416815260406020820152816040820152818360608301375f818301606090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016010192915050565b828152815173ffffffffffffffffffffffffffffffffffffffff1660208201526101608101602083015173ffffffffffffffffffffffffffffffffffffffff8116604084015250604083015160608301526060830151610b7f608084018263ffffffff169052565b50608083015163ffffffff811660a08401525060a083015160c083015260c0830151610bb360e084018263ffffffff169052565b5060e08301516bffffffffffffffffffffffff8116610100840152506101008301516bffffffffffffffffffffffff81166101208401525061012083015164ffffffffff8116610140840152509392505050565b5f60208284031215610c17575f5ffd5b5051919050565b86815263ffffffff8616602082015273ffffffffffffffffffffffffffffffffffffffff8516604082015260c060608201525f84518060c0840152806020870160e085015e5f60e0828501015260e07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505063ffffffff8416608083015263ffffffff831660a083015297965050505050505056fea164736f6c634300081e000a",
}

// EchoConsumer is an auto generated Go binding around an Ethereum contract.
type EchoConsumer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *EchoConsumer) GetABI() abi.ABI {
	return c.abi
}

// NewEchoConsumer creates a new instance of EchoConsumer.
func NewEchoConsumer() *EchoConsumer {
	parsed, err := EchoConsumerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EchoConsumer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EchoConsumer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address router_, bool quiet_) returns()
func (echoConsumer *EchoConsumer) PackConstructor(router_ common.Address, quiet_ bool) []byte {
	enc, err := echoConsumer.abi.Pack("", router_, quiet_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dd729bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(bytes32 jobId, (address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) fields) returns()
func (echoConsumer *EchoConsumer) PackCancel(jobId [32]byte, fields IJobRouterRequest) []byte {
	enc, err := echoConsumer.abi.Pack("cancel", jobId, fields)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dd729bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(bytes32 jobId, (address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) fields) returns()
func (echoConsumer *EchoConsumer) TryPackCancel(jobId [32]byte, fields IJobRouterRequest) ([]byte, error) {
	return echoConsumer.abi.Pack("cancel", jobId, fields)
}

// PackOnJobResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04f5e944.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onJobResult(bytes32 jobId, uint8 status, bytes output) returns()
func (echoConsumer *EchoConsumer) PackOnJobResult(jobId [32]byte, status uint8, output []byte) []byte {
	enc, err := echoConsumer.abi.Pack("onJobResult", jobId, status, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnJobResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04f5e944.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onJobResult(bytes32 jobId, uint8 status, bytes output) returns()
func (echoConsumer *EchoConsumer) TryPackOnJobResult(jobId [32]byte, status uint8, output []byte) ([]byte, error) {
	return echoConsumer.abi.Pack("onJobResult", jobId, status, output)
}

// PackPayerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24108273.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payerOf(bytes32 jobId) view returns(address)
func (echoConsumer *EchoConsumer) PackPayerOf(jobId [32]byte) []byte {
	enc, err := echoConsumer.abi.Pack("payerOf", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24108273.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payerOf(bytes32 jobId) view returns(address)
func (echoConsumer *EchoConsumer) TryPackPayerOf(jobId [32]byte) ([]byte, error) {
	return echoConsumer.abi.Pack("payerOf", jobId)
}

// UnpackPayerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24108273.
//
// Solidity: function payerOf(bytes32 jobId) view returns(address)
func (echoConsumer *EchoConsumer) UnpackPayerOf(data []byte) (common.Address, error) {
	out, err := echoConsumer.abi.Unpack("payerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQuiet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc433dec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quiet() view returns(bool)
func (echoConsumer *EchoConsumer) PackQuiet() []byte {
	enc, err := echoConsumer.abi.Pack("quiet")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuiet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc433dec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quiet() view returns(bool)
func (echoConsumer *EchoConsumer) TryPackQuiet() ([]byte, error) {
	return echoConsumer.abi.Pack("quiet")
}

// UnpackQuiet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc433dec.
//
// Solidity: function quiet() view returns(bool)
func (echoConsumer *EchoConsumer) UnpackQuiet(data []byte) (bool, error) {
	out, err := echoConsumer.abi.Unpack("quiet", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4316b3b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request(bytes32 programId, uint32 version, bytes input, uint32 callbackGasLimit, uint32 ttl) payable returns(bytes32 jobId)
func (echoConsumer *EchoConsumer) PackRequest(programId [32]byte, version uint32, input []byte, callbackGasLimit uint32, ttl uint32) []byte {
	enc, err := echoConsumer.abi.Pack("request", programId, version, input, callbackGasLimit, ttl)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4316b3b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request(bytes32 programId, uint32 version, bytes input, uint32 callbackGasLimit, uint32 ttl) payable returns(bytes32 jobId)
func (echoConsumer *EchoConsumer) TryPackRequest(programId [32]byte, version uint32, input []byte, callbackGasLimit uint32, ttl uint32) ([]byte, error) {
	return echoConsumer.abi.Pack("request", programId, version, input, callbackGasLimit, ttl)
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4316b3b3.
//
// Solidity: function request(bytes32 programId, uint32 version, bytes input, uint32 callbackGasLimit, uint32 ttl) payable returns(bytes32 jobId)
func (echoConsumer *EchoConsumer) UnpackRequest(data []byte) ([32]byte, error) {
	out, err := echoConsumer.abi.Unpack("request", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c6b25b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function results(bytes32 jobId) view returns(bytes32)
func (echoConsumer *EchoConsumer) PackResults(jobId [32]byte) []byte {
	enc, err := echoConsumer.abi.Pack("results", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c6b25b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function results(bytes32 jobId) view returns(bytes32)
func (echoConsumer *EchoConsumer) TryPackResults(jobId [32]byte) ([]byte, error) {
	return echoConsumer.abi.Pack("results", jobId)
}

// UnpackResults is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c6b25b1.
//
// Solidity: function results(bytes32 jobId) view returns(bytes32)
func (echoConsumer *EchoConsumer) UnpackResults(data []byte) ([32]byte, error) {
	out, err := echoConsumer.abi.Unpack("results", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (echoConsumer *EchoConsumer) PackRouter() []byte {
	enc, err := echoConsumer.abi.Pack("router")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function router() view returns(address)
func (echoConsumer *EchoConsumer) TryPackRouter() ([]byte, error) {
	return echoConsumer.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (echoConsumer *EchoConsumer) UnpackRouter(data []byte) (common.Address, error) {
	out, err := echoConsumer.abi.Unpack("router", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// EchoConsumerRefunded represents a Refunded event raised by the EchoConsumer contract.
type EchoConsumerRefunded struct {
	JobId  [32]byte
	Payer  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const EchoConsumerRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (EchoConsumerRefunded) ContractEventName() string {
	return EchoConsumerRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(bytes32 indexed jobId, address indexed payer, uint256 amount)
func (echoConsumer *EchoConsumer) UnpackRefundedEvent(log *types.Log) (*EchoConsumerRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != echoConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EchoConsumerRefunded)
	if len(log.Data) > 0 {
		if err := echoConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range echoConsumer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EchoConsumerResultReceived represents a ResultReceived event raised by the EchoConsumer contract.
type EchoConsumerResultReceived struct {
	JobId  [32]byte
	Status uint8
	Output []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const EchoConsumerResultReceivedEventName = "ResultReceived"

// ContractEventName returns the user-defined event name.
func (EchoConsumerResultReceived) ContractEventName() string {
	return EchoConsumerResultReceivedEventName
}

// UnpackResultReceivedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultReceived(bytes32 indexed jobId, uint8 status, bytes output)
func (echoConsumer *EchoConsumer) UnpackResultReceivedEvent(log *types.Log) (*EchoConsumerResultReceived, error) {
	event := "ResultReceived"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != echoConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EchoConsumerResultReceived)
	if len(log.Data) > 0 {
		if err := echoConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range echoConsumer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (echoConsumer *EchoConsumer) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], echoConsumer.abi.Errors["NotOurJob"].ID.Bytes()[:4]) {
		return echoConsumer.UnpackNotOurJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], echoConsumer.abi.Errors["OnlyRouter"].ID.Bytes()[:4]) {
		return echoConsumer.UnpackOnlyRouterError(raw[4:])
	}
	if bytes.Equal(raw[:4], echoConsumer.abi.Errors["RefundFailed"].ID.Bytes()[:4]) {
		return echoConsumer.UnpackRefundFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EchoConsumerNotOurJob represents a NotOurJob error raised by the EchoConsumer contract.
type EchoConsumerNotOurJob struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOurJob(bytes32 jobId)
func EchoConsumerNotOurJobErrorID() common.Hash {
	return common.HexToHash("0x556584818e8d005be006101390c36b799c741f644cc578106b17759ae58713df")
}

// UnpackNotOurJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOurJob(bytes32 jobId)
func (echoConsumer *EchoConsumer) UnpackNotOurJobError(raw []byte) (*EchoConsumerNotOurJob, error) {
	out := new(EchoConsumerNotOurJob)
	if err := echoConsumer.abi.UnpackIntoInterface(out, "NotOurJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EchoConsumerOnlyRouter represents a OnlyRouter error raised by the EchoConsumer contract.
type EchoConsumerOnlyRouter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyRouter(address caller)
func EchoConsumerOnlyRouterErrorID() common.Hash {
	return common.HexToHash("0x146f8b8ecd4ddfae8f2e3166931c101dd5a019381916aca37e98148689aff41c")
}

// UnpackOnlyRouterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyRouter(address caller)
func (echoConsumer *EchoConsumer) UnpackOnlyRouterError(raw []byte) (*EchoConsumerOnlyRouter, error) {
	out := new(EchoConsumerOnlyRouter)
	if err := echoConsumer.abi.UnpackIntoInterface(out, "OnlyRouter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EchoConsumerRefundFailed represents a RefundFailed error raised by the EchoConsumer contract.
type EchoConsumerRefundFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RefundFailed(address to, uint256 amount)
func EchoConsumerRefundFailedErrorID() common.Hash {
	return common.HexToHash("0xaf73b0b217208b61be286bbc37095bce7eb8b9ccf617244c2f0f154e8e04e3ff")
}

// UnpackRefundFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RefundFailed(address to, uint256 amount)
func (echoConsumer *EchoConsumer) UnpackRefundFailedError(raw []byte) (*EchoConsumerRefundFailed, error) {
	out := new(EchoConsumerRefundFailed)
	if err := echoConsumer.abi.UnpackIntoInterface(out, "RefundFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterMetaData contains all meta data concerning the JobRouter contract.
var JobRouterMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"maxInputBytes\",\"type\":\"uint24\",\"internalType\":\"uint24\"},{\"name\":\"maxCallbackGas\",\"type\":\"uint24\",\"internalType\":\"uint24\"},{\"name\":\"minTtl\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxTtl\",\"type\":\"uint24\",\"internalType\":\"uint24\"},{\"name\":\"fees\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Fees\",\"components\":[{\"name\":\"flatFeeGwei\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minGasPrice\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"baseFeePercent\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"overheadKGas\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"fallback\",\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"CALLBACK_GAS_RESERVE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_REVERT_DATA\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RESULT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SETTLE_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"admin\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"check\",\"inputs\":[{\"name\":\"f\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Fulfillment\",\"components\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"vs\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"why\",\"type\":\"uint8\",\"internalType\":\"enumIJobRouter.Refusal\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"commitmentOf\",\"inputs\":[{\"name\":\"q\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]}],\"outputs\":[{\"name\":\"c\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"commitments\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"config\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Config\",\"components\":[{\"name\":\"nonce\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"currentEpoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"paused\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"maxInputBytes\",\"type\":\"uint24\",\"internalType\":\"uint24\"},{\"name\":\"maxCallbackGas\",\"type\":\"uint24\",\"internalType\":\"uint24\"},{\"name\":\"minTtl\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxTtl\",\"type\":\"uint24\",\"internalType\":\"uint24\"},{\"name\":\"minGasPrice\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"baseFeePercent\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"overheadKGas\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"flatFeeGwei\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fulfill\",\"inputs\":[{\"name\":\"f\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Fulfillment\",\"components\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"vs\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"fulfillBatch\",\"inputs\":[{\"name\":\"fs\",\"type\":\"tuple[]\",\"internalType\":\"structIJobRouter.Fulfillment[]\",\"components\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"vs\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[{\"name\":\"settled\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"gasFor\",\"inputs\":[{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"outputLength\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"jobIdOf\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quoteFee\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"requestJob\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"ttl\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"resultDigest\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"digest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"addresspayable\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BatchStopped\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"gasLeft\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"gasNeeded\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CallbackFailed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"revertData\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ConfigSet\",\"inputs\":[{\"name\":\"maxInputBytes\",\"type\":\"uint24\",\"indexed\":false,\"internalType\":\"uint24\"},{\"name\":\"maxCallbackGas\",\"type\":\"uint24\",\"indexed\":false,\"internalType\":\"uint24\"},{\"name\":\"minTtl\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"maxTtl\",\"type\":\"uint24\",\"indexed\":false,\"internalType\":\"uint24\"},{\"name\":\"paused\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Credited\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EpochOpened\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeesSet\",\"inputs\":[{\"name\":\"flatFeeGwei\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"minGasPrice\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"baseFeePercent\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"overheadKGas\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FulfillmentSkipped\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumIJobRouter.Refusal\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobCancelled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"refund\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobFulfilled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"enclave\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"status\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"callbackOk\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobRequested\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"user\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"version\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"input\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AdminNotContract\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"BadConfig\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CallbackGasTooHigh\",\"inputs\":[{\"name\":\"gasLimit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FeeBelowFloor\",\"inputs\":[{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"floor\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FeeTooHigh\",\"inputs\":[{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FulfillmentRefused\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"reason\",\"type\":\"uint8\",\"internalType\":\"enumIJobRouter.Refusal\"}]},{\"type\":\"error\",\"name\":\"InputTooLarge\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientGasForCallback\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"JobNonceExhausted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotExpired\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotRequester\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Paused\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RequesterNotAllowed\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TransferFailed\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TtlOutOfRange\",\"inputs\":[{\"name\":\"ttl\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"min\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"UnknownProgram\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"VersionUnavailable\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"currentVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"function\",\"name\":\"FLEET_KEY_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SWEEP_BATCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"activeEpochs\",\"inputs\":[],\"outputs\":[{\"name\":\"epochs\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"activeSignersOf\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"belowSvn\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"signers\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"allowMrEnclave\",\"inputs\":[{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"allowMrSigner\",\"inputs\":[{\"name\":\"mrSigner\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"productId\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"minSvn\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"allowSimulation\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"applyFees\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"attestation\",\"inputs\":[],\"outputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registrarsOff\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"attestedPlatform\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createProgram\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"allowlistOnly\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"currentEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deactivateOutdatedEnclave\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"enclave\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"hot\",\"type\":\"tuple\",\"internalType\":\"structIEnclaveRegistry.Enclave\",\"components\":[{\"name\":\"fees\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"expiresAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumIEnclaveRegistry.EnclaveState\"}]},{\"name\":\"info\",\"type\":\"tuple\",\"internalType\":\"structIEnclaveRegistry.EnclaveInfo\",\"components\":[{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"simulated\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"svn\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"measurement\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"evidenceDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"encryptionKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochKeys\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIFleetKeys.EpochStatus\"},{\"name\":\"x25519Key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"xwingKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"feeNoticePeriod\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fleetId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isActive\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isAllowed\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isRegistrar\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"measurements\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"allowed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minSvn\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"denied\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"mrEnclaveKey\",\"inputs\":[{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"mrSignerKey\",\"inputs\":[{\"name\":\"mrSigner\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"productId\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingFees\",\"inputs\":[],\"outputs\":[{\"name\":\"fees\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Fees\",\"components\":[{\"name\":\"flatFeeGwei\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minGasPrice\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"baseFeePercent\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"overheadKGas\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"effectiveAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"program\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIProgramRegistry.Program\",\"components\":[{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"currentVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"flags\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"earnings\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"nextAuthorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"authorFeeEffectiveAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"author\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"programIdOf\",\"inputs\":[{\"name\":\"author\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"programSecrets\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"bundleHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"cid\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publishVersion\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"codeHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"cid\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"quoteFeeAt\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"baseFee\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerEnclave\",\"inputs\":[{\"name\":\"r\",\"type\":\"tuple\",\"internalType\":\"structIEnclaveRegistry.Registration\",\"components\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expiresAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"simulated\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"mrSigner\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"productId\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"svn\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"evidenceDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"encryptionKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerEnclaveAttested\",\"inputs\":[{\"name\":\"a\",\"type\":\"tuple\",\"internalType\":\"structIEnclaveRegistry.AttestedRegistration\",\"components\":[{\"name\":\"quote\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"pckCertificate\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"encryptionKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"payeeNonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"payeeSigR\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"payeeSigVS\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"removeMeasurement\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"resolveVersion\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"retireEpoch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"retireVersionsBelow\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"minVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeEnclave\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setAllowed\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setConfig\",\"inputs\":[{\"name\":\"maxInputBytes\",\"type\":\"uint24\",\"internalType\":\"uint24\"},{\"name\":\"maxCallbackGas\",\"type\":\"uint24\",\"internalType\":\"uint24\"},{\"name\":\"minTtl\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxTtl\",\"type\":\"uint24\",\"internalType\":\"uint24\"},{\"name\":\"paused\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setDcapVerifier\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setEpochKeys\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"x25519Key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"xwingKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"vs\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFees\",\"inputs\":[{\"name\":\"flatFeeGwei\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minGasPrice\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"baseFeePercent\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"overheadKGas\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFleetId\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMrEnclaveDenied\",\"inputs\":[{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"denied\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPolicy\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"allowlistOnly\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setProgramSecrets\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"bundleHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"cid\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRegistrar\",\"inputs\":[{\"name\":\"registrar\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signersOf\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"startRotation\",\"inputs\":[],\"outputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"sweepMeasurement\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"from\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxKeys\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"next\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"switchOffRegistrars\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"versionOf\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIProgramRegistry.Version\",\"components\":[{\"name\":\"codeHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"cid\",\"type\":\"string\",\"internalType\":\"string\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdrawEarnings\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"addresspayable\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawEnclaveFees\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AuthorFeeScheduled\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"effectiveAt\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DcapVerifierSet\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EarningsWithdrawn\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EnclaveAttested\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"platform\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"tcbStatus\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EnclaveDeactivated\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"measurement\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EnclaveFeesSettled\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"payee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EnclaveFeesWithdrawn\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"payee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EnclaveRegistered\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"measurement\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"payee\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"expiresAt\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"simulated\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"svn\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"evidenceDigest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"encryptionKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EnclaveRevoked\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EpochKeySet\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"signer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"x25519Key\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"xwingKeyHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EpochRetired\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeesScheduled\",\"inputs\":[{\"name\":\"flatFeeGwei\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"minGasPrice\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"baseFeePercent\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"overheadKGas\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"effectiveAt\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FleetIdSet\",\"inputs\":[{\"name\":\"previous\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"fleetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MeasurementAllowed\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"productId\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"minSvn\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MeasurementDenied\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"denied\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MeasurementRemoved\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PolicySet\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"allowlistOnly\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProgramCreated\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"author\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"nameHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"name\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProgramSecretsSet\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"bundleHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"cid\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RegistrarSet\",\"inputs\":[{\"name\":\"registrar\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RegistrarsSwitchedOff\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RequesterAllowed\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SweepPending\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"next\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"total\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VersionPublished\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"codeHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"cid\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VersionsRetired\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"minVersion\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AttestationDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AuthorFeeTooHigh\",\"inputs\":[{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"type\":\"error\",\"name\":\"BadEncryptionKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadExpiry\",\"inputs\":[{\"name\":\"expiresAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"type\":\"error\",\"name\":\"BadFleetKeySignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadMinVersion\",\"inputs\":[{\"name\":\"minVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"BadName\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadPayeeAuthorization\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"BadSecretsRef\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadVersion\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadX25519Key\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadXWingKeyLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CannotRetireCurrentEpoch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"EnclaveIsRevoked\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EpochKeysAlreadySet\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"EpochNotPending\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"pending\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"EpochNotRetirable\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIFleetKeys.EpochStatus\"}]},{\"type\":\"error\",\"name\":\"FeesNotDue\",\"inputs\":[{\"name\":\"effectiveAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"type\":\"error\",\"name\":\"FleetIdMismatch\",\"inputs\":[{\"name\":\"fleetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expected\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"FleetKeySignerInactive\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"FleetKeySignerSimulated\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"MeasurementNotAllowed\",\"inputs\":[{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"mrSigner\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"productId\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"svn\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"MrEnclaveDenied\",\"inputs\":[{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"NoEarnings\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"NotAttested\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotAuthor\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotDelegated\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NothingToPay\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ProgramExists\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"RegistrarsDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RotationPending\",\"inputs\":[{\"name\":\"pending\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SimulationNotAllowed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"TcbStillAccepted\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Unauthorized\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"UnknownEnclave\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"UnknownMeasurement\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"XWingKeyStoreFailed\",\"inputs\":[]}]",
	ID:  "JobRouter",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051612b13380380612b1383398101604081905261002e91610443565b866001600160a01b03163b5f03610067576040516321475a0560e21b81526001600160a01b038816600482015260240160405180910390fd5b6001600160a01b03861661008e5760405163d92e233d60e01b815260040160405180910390fd5b61ffff831615806100a757508162ffffff168361ffff16115b156100c5576040516301f30c8760e21b815260040160405180910390fd5b6001600160a01b03871660c0524660805261017d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f9b305b30f98ac46a3048030ff54d06c075d6672588f194196acaf0cde52191c4918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a052600180546001600160a01b0319166001600160a01b0388169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3600e805465ffffffffffff60501b19166a010000000000000000000062ffffff88811691820262ffffff60681b1916929092176d01000000000000000000000000008884169081029190911764ffffffffff60801b1916600160801b61ffff891690810262ffffff60901b191691909117600160901b9488169485021785556040805193845260208401929092529082015260608101919091525f60808201527f3f7ed4355170a504001001dcd096e2b6c58bb6a8285df8b6880b852b82d6e97d9060a00160405180910390a181518154602080850151604080870151606080890151600166ffff000000000160a81b03909616600160e01b63ffffffff90981697880264ffffffffff60a81b191617600160a81b64ffffffffff9095169485021761ffff60d01b1916600160d01b60ff93841690810260ff60d81b191691909117600160d81b939097169283029690961788558251968752938601929092528401929092528201527fec2a08c5ff44760aaa828997d95dbd3c788c870f46516ce5eb86a41bf7d4b6de9060800160405180910390a16103686001610375565b505050505050505061054a565b60098054600160201b600160601b03191664010000000063ffffffff841690810263ffffffff60401b191691909117680100000000000000008202179091556040517f4fa83a5263b150be2bcfae8ad04b60b7a54f0a5c2fe1e4fe90a9d03dc8554106905f90a250565b80516001600160a01b03811681146103f5575f5ffd5b919050565b805162ffffff811681146103f5575f5ffd5b805163ffffffff811681146103f5575f5ffd5b805164ffffffffff811681146103f5575f5ffd5b805160ff811681146103f5575f5ffd5b5f5f5f5f5f5f5f87890361014081121561045b575f5ffd5b610464896103df565b975061047260208a016103df565b965061048060408a016103fa565b955061048e60608a016103fa565b9450608089015161ffff811681146104a4575f5ffd5b93506104b260a08a016103fa565b9250608060bf19820112156104c5575f5ffd5b50604051608081016001600160401b03811182821017156104f457634e487b7160e01b5f52604160045260245ffd5b60405261050360c08a0161040c565b815261051160e08a0161041f565b60208201526105236101008a01610433565b60408201526105356101208a01610433565b60608201528091505092959891949750929550565b60805160a05160c05161259861057b5f395f8181610177015261065f01525f61127001525f61119c01526125985ff3fe608060405260043610610169575f3560e01c806384b0196e116100ca578063ca48b20b1161007e578063e3b7ddbc11610058578063e3b7ddbc14610606578063f698da2514610625578063f851a4401461063957610169565b8063ca48b20b146105b3578063dab017ca146105c8578063deef26fb146105e757610169565b80638debbfdf116100af5780638debbfdf146105625780639be9747214610575578063a29c4f4f1461059457610169565b806384b0196e1461051c578063879344661461054357610169565b806351cff8d91161012157806370a082311161010657806370a08231146102ee57806379502c551461032f578063839df945146104f157610169565b806351cff8d9146102a257806357990d2b146102c157610169565b80631dd729bc116101525780631dd729bc14610257578063284bc05f1461027857806333a2fd291461028d57610169565b8063101af62b146101b3578063123f8e9f14610224575b348015610174575f5ffd5b507f0000000000000000000000000000000000000000000000000000000000000000365f80375f5f365f845af43d5f5f3e806101ae573d5ffd5b503d5ff35b3480156101be575f5ffd5b506102116101cd366004611dae565b60408051466020820152309181019190915267ffffffffffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b6040519081526020015b60405180910390f35b34801561022f575f5ffd5b506102117f6e525260614da36ccf00543d83c531c542c66c8c543da172ca98a01a753c990981565b348015610262575f5ffd5b50610276610271366004611dec565b610689565b005b348015610283575f5ffd5b5061021161010081565b348015610298575f5ffd5b50610211611f4081565b3480156102ad575f5ffd5b506102116102bc366004611e3c565b610868565b3480156102cc575f5ffd5b506102e06102db366004611e57565b61091c565b60405161021b929190611ef5565b3480156102f9575f5ffd5b50610211610308366004611e3c565b73ffffffffffffffffffffffffffffffffffffffff165f9081526020819052604090205490565b34801561033a575f5ffd5b506104e460408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810191909152506040805161016081018252600e5464ffffffffff808216835263ffffffff6501000000000083048116602085015260ff69010000000000000000008404811615159585019590955262ffffff6a01000000000000000000008404811660608601526d010000000000000000000000000084048116608086015261ffff70010000000000000000000000000000000085041660a0860152720100000000000000000000000000000000000084041660c08501527501000000000000000000000000000000000000000000830490911660e08401527a010000000000000000000000000000000000000000000000000000820484166101008401527b0100000000000000000000000000000000000000000000000000000082049093166101208301527c0100000000000000000000000000000000000000000000000000000000900490911661014082015290565b60405161021b9190611f1f565b3480156104fc575f5ffd5b5061021161050b36600461201d565b5f908152600f602052604090205490565b348015610527575f5ffd5b50610530610950565b60405161021b9796959493929190612080565b34801561054e575f5ffd5b5061021161055d366004612194565b610a24565b61021161057036600461220a565b610abd565b348015610580575f5ffd5b5061021161058f366004612296565b610d66565b34801561059f575f5ffd5b506102116105ae3660046122be565b610d96565b3480156105be575f5ffd5b50610211619c4081565b3480156105d3575f5ffd5b506102116105e23660046122df565b610da9565b3480156105f2575f5ffd5b50610276610601366004611e57565b611063565b348015610611575f5ffd5b50610211610620366004612350565b611184565b348015610630575f5ffd5b50610211611199565b348015610644575f5ffd5b5060405173ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016815260200161021b565b6106966020820182611e3c565b73ffffffffffffffffffffffffffffffffffffffff163373ffffffffffffffffffffffffffffffffffffffff1614610708576040517fada92653000000000000000000000000000000000000000000000000000000008152600481018390523360248201526044015b60405180910390fd5b5f828152600f602052604090205480158061072b575061072782611184565b8114155b15610765576040517fe498a481000000000000000000000000000000000000000000000000000000008152600481018490526024016106ff565b6107776101408301610120840161236b565b64ffffffffff1642116107d957826107976101408401610120850161236b565b6040517f8c509241000000000000000000000000000000000000000000000000000000008152600481019290925264ffffffffff1660248201526044016106ff565b5f838152600f602052604081205533837f65218ff3c742f70b831af1b08386fd207afb658fe1970a7fb3c170ffd29cdd9661081b610100860160e0870161238f565b6040516bffffffffffffffffffffffff909116815260200160405180910390a361086333610850610100850160e0860161238f565b6bffffffffffffffffffffffff16611292565b505050565b335f90815260208190526040812054908190036108b1576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f8181526020818152604080832092909255905183815273ffffffffffffffffffffffffffffffffffffffff851692917fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb910160405180910390a3610917828261131a565b919050565b5f8061094783610934610180820161016083016123ba565b6109426101808701876123d3565b6113cf565b91509150915091565b5f6060808280808346308380604051908082528060200260200182016040528015610985578160200160208202803683370190505b50604080518082018252600981527f5465654f7261636c6500000000000000000000000000000000000000000000006020808301919091528251808401909352600183527f3100000000000000000000000000000000000000000000000000000000000000908301527f0f000000000000000000000000000000000000000000000000000000000000009d909c50909a50939850919650945092509050565b5f5f610a2e611199565b9050604051838582379283207f6e525260614da36ccf00543d83c531c542c66c8c543da172ca98a01a753c99098452602084019790975260408301959095525060ff92909216606083015250608081019290925260a082207f19010000000000000000000000000000000000000000000000000000000000008352600283019190915260228201526042902090565b600e545f888152600b6020526040812054909190828060a883901c63ffffffff168b610ae757809b505b67ffffffffffffffff8464ffffffffff8660801c1642101560061b1c169250606460ff8660d01c1648020464ffffffffff8660a81c1680821015610b29578091505b506103e860ff8760d81c160289018102633b9aca008760e01c02850101905064ffffffffff808716146bffffffffffffffffffffffff34118234101717828e1163ffffffff8760c81c168f10171760018660e81c161562ffffff8860901c168a11171761ffff8760801c16891062ffffff8860681c168b111762ffffff8860501c168c1160ff8960481c16171717925050508015610bd057610bd08c8c8a8a8a89896115b8565b60e883901c60021615801590610bff57505f8c8152600c6020908152604080832033845290915290205460ff16155b15610c3f576040517f6e34eeb0000000000000000000000000000000000000000000000000000000008152600481018d90523360248201526044016106ff565b60018401600e5560405146815230602082015264ffffffffff85166040820152606081209550864201601f19601f8b01165f81610100018401528c835263ffffffff8e16602084015263ffffffff8760281c16604084015261010060608401528960808401523460a08401528460c08401528160e08401528a6101008401528a8c610120850137806101208401013381528d60208201528f604082015260208401516060820152604084015160808201528b61012085012060a08201528a60c08201523460e08201528561010082015282610120820152600f602052885f52610140812060405f2055508e33897fb955120e52f978effc88dd0f8f1364b6efeaf4e6dbbb6dc8d2b8df1c4c144cfe846101200187a450505050505050979650505050505050565b619c406105ff820160051c80800260091c600c91909102603f63ffffffff86811691820416010101015b92915050565b5f610da2838348611929565b9392505050565b5f8080805b84811015610fda5736868683818110610dc957610dc9612434565b9050602002810190610ddb9190612461565b90505f610df0610180830161016084016123ba565b9050365f610e026101808501856123d3565b90925090505f610e22610e1c610100870160e0880161249d565b83610d66565b9050805a1015610e7a5784357f76e7cb025037efdd52a87157cfbc8e863ced46251fd9b414d8f21b9ac8479d46875a604080519283526020830191909152810184905260600160405180910390a25050505050610fda565b505f5f610e89868686866113cf565b90925090505f816006811115610ea157610ea1611e8f565b14610eec57855f01357fb078e38b6178b84e99cff7cb47447ff5c67a69724371faed659ec3a98373102e82604051610ed991906124b6565b60405180910390a2505050505050610fd2565b5f610ef687611995565b5090508973ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff1614610fb3578815610fac57610f3b89611a3c565b73ffffffffffffffffffffffffffffffffffffffff8b165f9081526005602052604081208054909190610f7d9084906bffffffffffffffffffffffff166124f1565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055505b8299505f98505b6001909a019997880197610fca8784888888611a8a565b505050505050505b600101610dae565b50801561105b57610fea81611a3c565b73ffffffffffffffffffffffffffffffffffffffff83165f908152600560205260408120805490919061102c9084906bffffffffffffffffffffffff166124f1565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055505b505092915050565b5f611076610180830161016084016123ba565b9050365f6110886101808501856123d3565b915091505f5f61109a868686866113cf565b90925090505f8160068111156110b2576110b2611e8f565b146110ee576040517fa12e140f0000000000000000000000000000000000000000000000000000000081526106ff908735908390600401612515565b5f6110f887611995565b5073ffffffffffffffffffffffffffffffffffffffff84165f908152600560205260408120805492935083929091906111409084906bffffffffffffffffffffffff166124f1565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff16021790555061117b8784888888611a8a565b50505050505050565b5f604051610140838237610140902092915050565b5f7f0000000000000000000000000000000000000000000000000000000000000000461461126d57611268604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f9b305b30f98ac46a3048030ff54d06c075d6672588f194196acaf0cde52191c4918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b73ffffffffffffffffffffffffffffffffffffffff82165f90815260208190526040812080548392906112c6908490612529565b909155505060405181815273ffffffffffffffffffffffffffffffffffffffff8316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39060200160405180910390a25050565b5f8273ffffffffffffffffffffffffffffffffffffffff16826040515f6040518083038185875af1925050503d805f8114611370576040519150601f19603f3d011682016040523d82523d5f602084013e611375565b606091505b5050905080610863576040517f1c43b97600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602481018390526044016106ff565b83355f818152600f602052604081205490918291806113f6575f60019350935050506115af565b5f61140389602001611184565b905080821461141b575f6002945094505050506115af565b61014089013542811015611439575f600395509550505050506115af565b61145a61144985848c8c8c610a24565b8b6101a001358c6101c00135611c21565b955073ffffffffffffffffffffffffffffffffffffffff8616611487575f600495509550505050506115af565b73ffffffffffffffffffffffffffffffffffffffff86165f90815260056020908152604091829020825160608101845281546bffffffffffffffffffffffff811682526c01000000000000000000000000810464ffffffffff16938201939093526115349390929083019071010000000000000000000000000000000000900460ff16600381111561151b5761151b611e8f565b600381111561152c5761152c611e8f565b905250611cb9565b6115465750600593506115af92505050565b60ff8916600614801561155a575060248710155b156115a757873560e01c6004890135811580159061158f575063ffffffff82165f908152600a60205260409020600101548114155b156115a45750600695506115af945050505050565b50505b505f93505050505b94509492505050565b60ff604883901c16156115f7576040517f9e87fac800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b62ffffff605083901c1680861115611645576040517f1a4f046400000000000000000000000000000000000000000000000000000000815260048101879052602481018290526044016106ff565b62ffffff606884901c1663ffffffff861681101561169e576040517f924121a700000000000000000000000000000000000000000000000000000000815263ffffffff87166004820152602481018290526044016106ff565b61ffff608085901c1662ffffff609086901c1663ffffffff87168211806116ca5750808763ffffffff16115b15611717576040517fd1bb849b00000000000000000000000000000000000000000000000000000000815263ffffffff8816600482015260248101839052604481018290526064016106ff565b60e885901c6001165f0361175a576040517f8700833f000000000000000000000000000000000000000000000000000000008152600481018c90526024016106ff565b60e885901c6002161580159061178957505f8b8152600c6020908152604080832033845290915290205460ff16155b156117c9576040517f6e34eeb0000000000000000000000000000000000000000000000000000000008152600481018c90523360248201526044016106ff565b60a885901c60c886901c63ffffffff808216908d1610806117f557508163ffffffff168c63ffffffff16115b1561184b576040517fd56c47f4000000000000000000000000000000000000000000000000000000008152600481018e905263ffffffff808e1660248301528083166044830152831660648201526084016106ff565b5f61185889898d48611ceb565b90508034101561189d576040517f507db725000000000000000000000000000000000000000000000000000000008152346004820152602481018290526044016106ff565b6bffffffffffffffffffffffff3411156118e5576040517f7b9314200000000000000000000000000000000000000000000000000000000081523460048201526024016106ff565b64ffffffffff808a1603611925576040517f478af0d000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5ffd5b600e545f848152600b6020526040812054909160e882901c600116830361197f576040517f8700833f000000000000000000000000000000000000000000000000000000008152600481018790526024016106ff565b61198b81838787611ceb565b9695505050505050565b80355f818152600f60205260408120556101208201356101008301358190039160608401358215611a35575f8181526010602052604090208054849190601490611a069084907401000000000000000000000000000000000000000090046bffffffffffffffffffffffff166124f1565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055505b5050915091565b5f6bffffffffffffffffffffffff821115611a86576040517f7b931420000000000000000000000000000000000000000000000000000000008152600481018390526024016106ff565b5090565b6001853560e08701358015611bde575f611aaa60408a0160208b01611e3c565b6040515f60647fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8a01168084018201929092527f04f5e9440000000000000000000000000000000000000000000000000000000080845260048401889052602484018c9052606060448501529083018990529293507f96eb4c6818c1c55d3fa04617c269345929a70a223602b77c2f341284437b0e32917f3b30a4740000000000000000000000000000000000000000000000000000000091898b6084840137603f870487016129cc015a1015611b8957825f528760045260245ffd5b5f5f82608401845f8a8cf198505087611bd8573d610100811115611bac57506101005b601f19601f8201165f8160200184015260208352816020840152815f604085013e88858260400185a250505b50505050505b5f7fc7354fd9aebe62bfaf53a34c14357ec5f708932d3c8d0af0494142aa67012d709050604051878152846020820152888483604084a350505050505050505050565b5f7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82167f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0811115611c76575f915050610da2565b604051858152601b8460ff1c01602082015284604082015281606082015260205f60808360015afa15611cb05760203d03611cb0575f5192505b50509392505050565b5f600182604001516003811115611cd257611cd2611e8f565b148015610d905750506020015164ffffffffff16421090565b5f5f608085901c64ffffffffff164210611d0957604085901c611d0b565b845b67ffffffffffffffff1690505f6064611d2b60ff60d08a901c168661253c565b611d359190612553565b905064ffffffffff60a888901c1680821015611d4f578091505b611d6260ff60d88a901c166103e861253c565b611d729063ffffffff8816612529565b611d7c908361253c565b611d8e60e08a901c633b9aca0061253c565b611d989085612529565b611da29190612529565b98975050505050505050565b5f60208284031215611dbe575f5ffd5b813567ffffffffffffffff81168114610da2575f5ffd5b5f6101408284031215611de6575f5ffd5b50919050565b5f5f6101608385031215611dfe575f5ffd5b82359150611e0f8460208501611dd5565b90509250929050565b73ffffffffffffffffffffffffffffffffffffffff81168114611e39575f5ffd5b50565b5f60208284031215611e4c575f5ffd5b8135610da281611e18565b5f60208284031215611e67575f5ffd5b813567ffffffffffffffff811115611e7d575f5ffd5b82016101e08185031215610da2575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60078110611ef1577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b73ffffffffffffffffffffffffffffffffffffffff8316815260408101610da26020830184611ebc565b815164ffffffffff16815261016081016020830151611f46602084018263ffffffff169052565b506040830151611f5a604084018215159052565b506060830151611f71606084018262ffffff169052565b506080830151611f88608084018262ffffff169052565b5060a0830151611f9e60a084018261ffff169052565b5060c0830151611fb560c084018262ffffff169052565b5060e0830151611fce60e084018264ffffffffff169052565b50610100830151611fe561010084018260ff169052565b50610120830151611ffc61012084018260ff169052565b5061014083015161201661014084018263ffffffff169052565b5092915050565b5f6020828403121561202d575f5ffd5b5035919050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6120ba60e0830189612034565b82810360408401526120cc8189612034565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561212e578351835260209384019390920191600101612110565b50909b9a5050505050505050505050565b803560ff81168114610917575f5ffd5b5f5f83601f84011261215f575f5ffd5b50813567ffffffffffffffff811115612176575f5ffd5b60208301915083602082850101111561218d575f5ffd5b9250929050565b5f5f5f5f5f608086880312156121a8575f5ffd5b85359450602086013593506121bf6040870161213f565b9250606086013567ffffffffffffffff8111156121da575f5ffd5b6121e68882890161214f565b969995985093965092949392505050565b803563ffffffff81168114610917575f5ffd5b5f5f5f5f5f5f5f60c0888a031215612220575f5ffd5b87359650612230602089016121f7565b9550604088013561224081611e18565b9450606088013567ffffffffffffffff81111561225b575f5ffd5b6122678a828b0161214f565b909550935061227a9050608089016121f7565b915061228860a089016121f7565b905092959891949750929550565b5f5f604083850312156122a7575f5ffd5b6122b0836121f7565b946020939093013593505050565b5f5f604083850312156122cf575f5ffd5b82359150611e0f602084016121f7565b5f5f602083850312156122f0575f5ffd5b823567ffffffffffffffff811115612306575f5ffd5b8301601f81018513612316575f5ffd5b803567ffffffffffffffff81111561232c575f5ffd5b8560208260051b8401011115612340575f5ffd5b6020919091019590945092505050565b5f6101408284031215612361575f5ffd5b610da28383611dd5565b5f6020828403121561237b575f5ffd5b813564ffffffffff81168114610da2575f5ffd5b5f6020828403121561239f575f5ffd5b81356bffffffffffffffffffffffff81168114610da2575f5ffd5b5f602082840312156123ca575f5ffd5b610da28261213f565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612406575f5ffd5b83018035915067ffffffffffffffff821115612420575f5ffd5b60200191503681900382131561218d575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe21833603018112612493575f5ffd5b9190910192915050565b5f602082840312156124ad575f5ffd5b610da2826121f7565b60208101610d908284611ebc565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b6bffffffffffffffffffffffff8181168382160190811115610d9057610d906124c4565b82815260408101610da26020830184611ebc565b80820180821115610d9057610d906124c4565b8082028115828204841417610d9057610d906124c4565b5f82612586577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea164736f6c634300081e000a",
}

// JobRouter is an auto generated Go binding around an Ethereum contract.
type JobRouter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *JobRouter) GetABI() abi.ABI {
	return c.abi
}

// NewJobRouter creates a new instance of JobRouter.
func NewJobRouter() *JobRouter {
	parsed, err := JobRouterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &JobRouter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *JobRouter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin_, address initialOwner, uint24 maxInputBytes, uint24 maxCallbackGas, uint16 minTtl, uint24 maxTtl, (uint32,uint40,uint8,uint8) fees) returns()
func (jobRouter *JobRouter) PackConstructor(admin_ common.Address, initialOwner common.Address, maxInputBytes *big.Int, maxCallbackGas *big.Int, minTtl uint16, maxTtl *big.Int, fees IJobRouterFees) []byte {
	enc, err := jobRouter.abi.Pack("", admin_, initialOwner, maxInputBytes, maxCallbackGas, minTtl, maxTtl, fees)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKGASRESERVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33a2fd29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_GAS_RESERVE() view returns(uint256)
func (jobRouter *JobRouter) PackCALLBACKGASRESERVE() []byte {
	enc, err := jobRouter.abi.Pack("CALLBACK_GAS_RESERVE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKGASRESERVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33a2fd29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_GAS_RESERVE() view returns(uint256)
func (jobRouter *JobRouter) TryPackCALLBACKGASRESERVE() ([]byte, error) {
	return jobRouter.abi.Pack("CALLBACK_GAS_RESERVE")
}

// UnpackCALLBACKGASRESERVE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33a2fd29.
//
// Solidity: function CALLBACK_GAS_RESERVE() view returns(uint256)
func (jobRouter *JobRouter) UnpackCALLBACKGASRESERVE(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("CALLBACK_GAS_RESERVE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFLEETKEYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c544072.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FLEET_KEY_TYPEHASH() view returns(bytes32)
func (jobRouter *JobRouter) PackFLEETKEYTYPEHASH() []byte {
	enc, err := jobRouter.abi.Pack("FLEET_KEY_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFLEETKEYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c544072.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FLEET_KEY_TYPEHASH() view returns(bytes32)
func (jobRouter *JobRouter) TryPackFLEETKEYTYPEHASH() ([]byte, error) {
	return jobRouter.abi.Pack("FLEET_KEY_TYPEHASH")
}

// UnpackFLEETKEYTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c544072.
//
// Solidity: function FLEET_KEY_TYPEHASH() view returns(bytes32)
func (jobRouter *JobRouter) UnpackFLEETKEYTYPEHASH(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("FLEET_KEY_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXREVERTDATA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x284bc05f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REVERT_DATA() view returns(uint256)
func (jobRouter *JobRouter) PackMAXREVERTDATA() []byte {
	enc, err := jobRouter.abi.Pack("MAX_REVERT_DATA")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREVERTDATA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x284bc05f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REVERT_DATA() view returns(uint256)
func (jobRouter *JobRouter) TryPackMAXREVERTDATA() ([]byte, error) {
	return jobRouter.abi.Pack("MAX_REVERT_DATA")
}

// UnpackMAXREVERTDATA is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x284bc05f.
//
// Solidity: function MAX_REVERT_DATA() view returns(uint256)
func (jobRouter *JobRouter) UnpackMAXREVERTDATA(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("MAX_REVERT_DATA", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRESULTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x123f8e9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RESULT_TYPEHASH() view returns(bytes32)
func (jobRouter *JobRouter) PackRESULTTYPEHASH() []byte {
	enc, err := jobRouter.abi.Pack("RESULT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRESULTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x123f8e9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RESULT_TYPEHASH() view returns(bytes32)
func (jobRouter *JobRouter) TryPackRESULTTYPEHASH() ([]byte, error) {
	return jobRouter.abi.Pack("RESULT_TYPEHASH")
}

// UnpackRESULTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x123f8e9f.
//
// Solidity: function RESULT_TYPEHASH() view returns(bytes32)
func (jobRouter *JobRouter) UnpackRESULTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("RESULT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSETTLEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca48b20b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SETTLE_GAS() view returns(uint256)
func (jobRouter *JobRouter) PackSETTLEGAS() []byte {
	enc, err := jobRouter.abi.Pack("SETTLE_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSETTLEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca48b20b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SETTLE_GAS() view returns(uint256)
func (jobRouter *JobRouter) TryPackSETTLEGAS() ([]byte, error) {
	return jobRouter.abi.Pack("SETTLE_GAS")
}

// UnpackSETTLEGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca48b20b.
//
// Solidity: function SETTLE_GAS() view returns(uint256)
func (jobRouter *JobRouter) UnpackSETTLEGAS(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("SETTLE_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSWEEPBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a198b9b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SWEEP_BATCH() view returns(uint256)
func (jobRouter *JobRouter) PackSWEEPBATCH() []byte {
	enc, err := jobRouter.abi.Pack("SWEEP_BATCH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSWEEPBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a198b9b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SWEEP_BATCH() view returns(uint256)
func (jobRouter *JobRouter) TryPackSWEEPBATCH() ([]byte, error) {
	return jobRouter.abi.Pack("SWEEP_BATCH")
}

// UnpackSWEEPBATCH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a198b9b.
//
// Solidity: function SWEEP_BATCH() view returns(uint256)
func (jobRouter *JobRouter) UnpackSWEEPBATCH(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("SWEEP_BATCH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (jobRouter *JobRouter) PackAcceptOwnership() []byte {
	enc, err := jobRouter.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (jobRouter *JobRouter) TryPackAcceptOwnership() ([]byte, error) {
	return jobRouter.abi.Pack("acceptOwnership")
}

// PackActiveEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed0849f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeEpochs() view returns(uint32[] epochs)
func (jobRouter *JobRouter) PackActiveEpochs() []byte {
	enc, err := jobRouter.abi.Pack("activeEpochs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed0849f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeEpochs() view returns(uint32[] epochs)
func (jobRouter *JobRouter) TryPackActiveEpochs() ([]byte, error) {
	return jobRouter.abi.Pack("activeEpochs")
}

// UnpackActiveEpochs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed0849f7.
//
// Solidity: function activeEpochs() view returns(uint32[] epochs)
func (jobRouter *JobRouter) UnpackActiveEpochs(data []byte) ([]uint32, error) {
	out, err := jobRouter.abi.Unpack("activeEpochs", data)
	if err != nil {
		return *new([]uint32), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	return out0, nil
}

// PackActiveSignersOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x978822c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeSignersOf(bytes32 key, uint32 belowSvn) view returns(address[] signers)
func (jobRouter *JobRouter) PackActiveSignersOf(key [32]byte, belowSvn uint32) []byte {
	enc, err := jobRouter.abi.Pack("activeSignersOf", key, belowSvn)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveSignersOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x978822c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeSignersOf(bytes32 key, uint32 belowSvn) view returns(address[] signers)
func (jobRouter *JobRouter) TryPackActiveSignersOf(key [32]byte, belowSvn uint32) ([]byte, error) {
	return jobRouter.abi.Pack("activeSignersOf", key, belowSvn)
}

// UnpackActiveSignersOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x978822c6.
//
// Solidity: function activeSignersOf(bytes32 key, uint32 belowSvn) view returns(address[] signers)
func (jobRouter *JobRouter) UnpackActiveSignersOf(data []byte) ([]common.Address, error) {
	out, err := jobRouter.abi.Unpack("activeSignersOf", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin() view returns(address)
func (jobRouter *JobRouter) PackAdmin() []byte {
	enc, err := jobRouter.abi.Pack("admin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin() view returns(address)
func (jobRouter *JobRouter) TryPackAdmin() ([]byte, error) {
	return jobRouter.abi.Pack("admin")
}

// UnpackAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (jobRouter *JobRouter) UnpackAdmin(data []byte) (common.Address, error) {
	out, err := jobRouter.abi.Unpack("admin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAllowMrEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0c045d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowMrEnclave(bytes32 mrEnclave) returns()
func (jobRouter *JobRouter) PackAllowMrEnclave(mrEnclave [32]byte) []byte {
	enc, err := jobRouter.abi.Pack("allowMrEnclave", mrEnclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowMrEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0c045d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowMrEnclave(bytes32 mrEnclave) returns()
func (jobRouter *JobRouter) TryPackAllowMrEnclave(mrEnclave [32]byte) ([]byte, error) {
	return jobRouter.abi.Pack("allowMrEnclave", mrEnclave)
}

// PackAllowMrSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x340e5053.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowMrSigner(bytes32 mrSigner, uint16 productId, uint16 minSvn) returns()
func (jobRouter *JobRouter) PackAllowMrSigner(mrSigner [32]byte, productId uint16, minSvn uint16) []byte {
	enc, err := jobRouter.abi.Pack("allowMrSigner", mrSigner, productId, minSvn)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowMrSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x340e5053.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowMrSigner(bytes32 mrSigner, uint16 productId, uint16 minSvn) returns()
func (jobRouter *JobRouter) TryPackAllowMrSigner(mrSigner [32]byte, productId uint16, minSvn uint16) ([]byte, error) {
	return jobRouter.abi.Pack("allowMrSigner", mrSigner, productId, minSvn)
}

// PackAllowSimulation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fbac8e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowSimulation() view returns(bool)
func (jobRouter *JobRouter) PackAllowSimulation() []byte {
	enc, err := jobRouter.abi.Pack("allowSimulation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowSimulation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fbac8e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowSimulation() view returns(bool)
func (jobRouter *JobRouter) TryPackAllowSimulation() ([]byte, error) {
	return jobRouter.abi.Pack("allowSimulation")
}

// UnpackAllowSimulation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fbac8e3.
//
// Solidity: function allowSimulation() view returns(bool)
func (jobRouter *JobRouter) UnpackAllowSimulation(data []byte) (bool, error) {
	out, err := jobRouter.abi.Unpack("allowSimulation", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackApplyFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x225be105.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applyFees() returns()
func (jobRouter *JobRouter) PackApplyFees() []byte {
	enc, err := jobRouter.abi.Pack("applyFees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApplyFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x225be105.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function applyFees() returns()
func (jobRouter *JobRouter) TryPackApplyFees() ([]byte, error) {
	return jobRouter.abi.Pack("applyFees")
}

// PackAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ea1d46a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestation() view returns(address verifier, bool registrarsOff)
func (jobRouter *JobRouter) PackAttestation() []byte {
	enc, err := jobRouter.abi.Pack("attestation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ea1d46a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestation() view returns(address verifier, bool registrarsOff)
func (jobRouter *JobRouter) TryPackAttestation() ([]byte, error) {
	return jobRouter.abi.Pack("attestation")
}

// AttestationOutput serves as a container for the return parameters of contract
// method Attestation.
type AttestationOutput struct {
	Verifier      common.Address
	RegistrarsOff bool
}

// UnpackAttestation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ea1d46a.
//
// Solidity: function attestation() view returns(address verifier, bool registrarsOff)
func (jobRouter *JobRouter) UnpackAttestation(data []byte) (AttestationOutput, error) {
	out, err := jobRouter.abi.Unpack("attestation", data)
	outstruct := new(AttestationOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Verifier = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.RegistrarsOff = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackAttestedPlatform is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf11e483.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestedPlatform(address signer) view returns(bytes32)
func (jobRouter *JobRouter) PackAttestedPlatform(signer common.Address) []byte {
	enc, err := jobRouter.abi.Pack("attestedPlatform", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestedPlatform is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf11e483.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestedPlatform(address signer) view returns(bytes32)
func (jobRouter *JobRouter) TryPackAttestedPlatform(signer common.Address) ([]byte, error) {
	return jobRouter.abi.Pack("attestedPlatform", signer)
}

// UnpackAttestedPlatform is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf11e483.
//
// Solidity: function attestedPlatform(address signer) view returns(bytes32)
func (jobRouter *JobRouter) UnpackAttestedPlatform(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("attestedPlatform", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (jobRouter *JobRouter) PackBalanceOf(account common.Address) []byte {
	enc, err := jobRouter.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (jobRouter *JobRouter) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return jobRouter.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (jobRouter *JobRouter) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dd729bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(bytes32 jobId, (address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) request) returns()
func (jobRouter *JobRouter) PackCancel(jobId [32]byte, request IJobRouterRequest) []byte {
	enc, err := jobRouter.abi.Pack("cancel", jobId, request)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dd729bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(bytes32 jobId, (address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) request) returns()
func (jobRouter *JobRouter) TryPackCancel(jobId [32]byte, request IJobRouterRequest) ([]byte, error) {
	return jobRouter.abi.Pack("cancel", jobId, request)
}

// PackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57990d2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function check((bytes32,(address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40),uint8,bytes,bytes32,bytes32) f) view returns(address signer, uint8 why)
func (jobRouter *JobRouter) PackCheck(f IJobRouterFulfillment) []byte {
	enc, err := jobRouter.abi.Pack("check", f)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57990d2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function check((bytes32,(address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40),uint8,bytes,bytes32,bytes32) f) view returns(address signer, uint8 why)
func (jobRouter *JobRouter) TryPackCheck(f IJobRouterFulfillment) ([]byte, error) {
	return jobRouter.abi.Pack("check", f)
}

// CheckOutput serves as a container for the return parameters of contract
// method Check.
type CheckOutput struct {
	Signer common.Address
	Why    uint8
}

// UnpackCheck is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57990d2b.
//
// Solidity: function check((bytes32,(address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40),uint8,bytes,bytes32,bytes32) f) view returns(address signer, uint8 why)
func (jobRouter *JobRouter) UnpackCheck(data []byte) (CheckOutput, error) {
	out, err := jobRouter.abi.Unpack("check", data)
	outstruct := new(CheckOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Signer = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Why = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3b7ddbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf((address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) q) pure returns(bytes32 c)
func (jobRouter *JobRouter) PackCommitmentOf(q IJobRouterRequest) []byte {
	enc, err := jobRouter.abi.Pack("commitmentOf", q)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3b7ddbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf((address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) q) pure returns(bytes32 c)
func (jobRouter *JobRouter) TryPackCommitmentOf(q IJobRouterRequest) ([]byte, error) {
	return jobRouter.abi.Pack("commitmentOf", q)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3b7ddbc.
//
// Solidity: function commitmentOf((address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) q) pure returns(bytes32 c)
func (jobRouter *JobRouter) UnpackCommitmentOf(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("commitmentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x839df945.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitments(bytes32 jobId) view returns(bytes32)
func (jobRouter *JobRouter) PackCommitments(jobId [32]byte) []byte {
	enc, err := jobRouter.abi.Pack("commitments", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x839df945.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitments(bytes32 jobId) view returns(bytes32)
func (jobRouter *JobRouter) TryPackCommitments(jobId [32]byte) ([]byte, error) {
	return jobRouter.abi.Pack("commitments", jobId)
}

// UnpackCommitments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x839df945.
//
// Solidity: function commitments(bytes32 jobId) view returns(bytes32)
func (jobRouter *JobRouter) UnpackCommitments(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("commitments", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function config() view returns((uint40,uint32,bool,uint24,uint24,uint16,uint24,uint40,uint8,uint8,uint32))
func (jobRouter *JobRouter) PackConfig() []byte {
	enc, err := jobRouter.abi.Pack("config")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function config() view returns((uint40,uint32,bool,uint24,uint24,uint16,uint24,uint40,uint8,uint8,uint32))
func (jobRouter *JobRouter) TryPackConfig() ([]byte, error) {
	return jobRouter.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((uint40,uint32,bool,uint24,uint24,uint16,uint24,uint40,uint8,uint8,uint32))
func (jobRouter *JobRouter) UnpackConfig(data []byte) (IJobRouterConfig, error) {
	out, err := jobRouter.abi.Unpack("config", data)
	if err != nil {
		return *new(IJobRouterConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(IJobRouterConfig)).(*IJobRouterConfig)
	return out0, nil
}

// PackCreateProgram is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabac08fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createProgram(string name, uint96 authorFee, bool allowlistOnly) returns(bytes32 programId)
func (jobRouter *JobRouter) PackCreateProgram(name string, authorFee *big.Int, allowlistOnly bool) []byte {
	enc, err := jobRouter.abi.Pack("createProgram", name, authorFee, allowlistOnly)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateProgram is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabac08fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createProgram(string name, uint96 authorFee, bool allowlistOnly) returns(bytes32 programId)
func (jobRouter *JobRouter) TryPackCreateProgram(name string, authorFee *big.Int, allowlistOnly bool) ([]byte, error) {
	return jobRouter.abi.Pack("createProgram", name, authorFee, allowlistOnly)
}

// UnpackCreateProgram is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xabac08fa.
//
// Solidity: function createProgram(string name, uint96 authorFee, bool allowlistOnly) returns(bytes32 programId)
func (jobRouter *JobRouter) UnpackCreateProgram(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("createProgram", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint32)
func (jobRouter *JobRouter) PackCurrentEpoch() []byte {
	enc, err := jobRouter.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint32)
func (jobRouter *JobRouter) TryPackCurrentEpoch() ([]byte, error) {
	return jobRouter.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint32)
func (jobRouter *JobRouter) UnpackCurrentEpoch(data []byte) (uint32, error) {
	out, err := jobRouter.abi.Unpack("currentEpoch", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackDeactivateOutdatedEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc293648f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deactivateOutdatedEnclave(address signer) returns()
func (jobRouter *JobRouter) PackDeactivateOutdatedEnclave(signer common.Address) []byte {
	enc, err := jobRouter.abi.Pack("deactivateOutdatedEnclave", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeactivateOutdatedEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc293648f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deactivateOutdatedEnclave(address signer) returns()
func (jobRouter *JobRouter) TryPackDeactivateOutdatedEnclave(signer common.Address) ([]byte, error) {
	return jobRouter.abi.Pack("deactivateOutdatedEnclave", signer)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (jobRouter *JobRouter) PackDomainSeparator() []byte {
	enc, err := jobRouter.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (jobRouter *JobRouter) TryPackDomainSeparator() ([]byte, error) {
	return jobRouter.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (jobRouter *JobRouter) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (jobRouter *JobRouter) PackEip712Domain() []byte {
	enc, err := jobRouter.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (jobRouter *JobRouter) TryPackEip712Domain() ([]byte, error) {
	return jobRouter.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (jobRouter *JobRouter) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := jobRouter.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd244e92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enclave(address signer) view returns((uint96,uint40,uint8) hot, (address,bool,uint16,bytes32,bytes32,bytes32,bytes) info)
func (jobRouter *JobRouter) PackEnclave(signer common.Address) []byte {
	enc, err := jobRouter.abi.Pack("enclave", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd244e92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enclave(address signer) view returns((uint96,uint40,uint8) hot, (address,bool,uint16,bytes32,bytes32,bytes32,bytes) info)
func (jobRouter *JobRouter) TryPackEnclave(signer common.Address) ([]byte, error) {
	return jobRouter.abi.Pack("enclave", signer)
}

// EnclaveOutput serves as a container for the return parameters of contract
// method Enclave.
type EnclaveOutput struct {
	Hot  IEnclaveRegistryEnclave
	Info IEnclaveRegistryEnclaveInfo
}

// UnpackEnclave is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd244e92.
//
// Solidity: function enclave(address signer) view returns((uint96,uint40,uint8) hot, (address,bool,uint16,bytes32,bytes32,bytes32,bytes) info)
func (jobRouter *JobRouter) UnpackEnclave(data []byte) (EnclaveOutput, error) {
	out, err := jobRouter.abi.Unpack("enclave", data)
	outstruct := new(EnclaveOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Hot = *abi.ConvertType(out[0], new(IEnclaveRegistryEnclave)).(*IEnclaveRegistryEnclave)
	outstruct.Info = *abi.ConvertType(out[1], new(IEnclaveRegistryEnclaveInfo)).(*IEnclaveRegistryEnclaveInfo)
	return *outstruct, nil
}

// PackEpochKeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06bbb129.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochKeys(uint32 epoch) view returns(uint8 status, bytes32 x25519Key, bytes xwingKey)
func (jobRouter *JobRouter) PackEpochKeys(epoch uint32) []byte {
	enc, err := jobRouter.abi.Pack("epochKeys", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochKeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06bbb129.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochKeys(uint32 epoch) view returns(uint8 status, bytes32 x25519Key, bytes xwingKey)
func (jobRouter *JobRouter) TryPackEpochKeys(epoch uint32) ([]byte, error) {
	return jobRouter.abi.Pack("epochKeys", epoch)
}

// EpochKeysOutput serves as a container for the return parameters of contract
// method EpochKeys.
type EpochKeysOutput struct {
	Status    uint8
	X25519Key [32]byte
	XwingKey  []byte
}

// UnpackEpochKeys is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06bbb129.
//
// Solidity: function epochKeys(uint32 epoch) view returns(uint8 status, bytes32 x25519Key, bytes xwingKey)
func (jobRouter *JobRouter) UnpackEpochKeys(data []byte) (EpochKeysOutput, error) {
	out, err := jobRouter.abi.Unpack("epochKeys", data)
	outstruct := new(EpochKeysOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.X25519Key = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.XwingKey = *abi.ConvertType(out[2], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackFeeNoticePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6646dd3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeNoticePeriod() view returns(uint256)
func (jobRouter *JobRouter) PackFeeNoticePeriod() []byte {
	enc, err := jobRouter.abi.Pack("feeNoticePeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeNoticePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6646dd3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeNoticePeriod() view returns(uint256)
func (jobRouter *JobRouter) TryPackFeeNoticePeriod() ([]byte, error) {
	return jobRouter.abi.Pack("feeNoticePeriod")
}

// UnpackFeeNoticePeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6646dd3b.
//
// Solidity: function feeNoticePeriod() view returns(uint256)
func (jobRouter *JobRouter) UnpackFeeNoticePeriod(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("feeNoticePeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFleetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x050cc856.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fleetId() view returns(bytes32)
func (jobRouter *JobRouter) PackFleetId() []byte {
	enc, err := jobRouter.abi.Pack("fleetId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFleetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x050cc856.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fleetId() view returns(bytes32)
func (jobRouter *JobRouter) TryPackFleetId() ([]byte, error) {
	return jobRouter.abi.Pack("fleetId")
}

// UnpackFleetId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x050cc856.
//
// Solidity: function fleetId() view returns(bytes32)
func (jobRouter *JobRouter) UnpackFleetId(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("fleetId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeef26fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfill((bytes32,(address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40),uint8,bytes,bytes32,bytes32) f) returns()
func (jobRouter *JobRouter) PackFulfill(f IJobRouterFulfillment) []byte {
	enc, err := jobRouter.abi.Pack("fulfill", f)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeef26fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfill((bytes32,(address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40),uint8,bytes,bytes32,bytes32) f) returns()
func (jobRouter *JobRouter) TryPackFulfill(f IJobRouterFulfillment) ([]byte, error) {
	return jobRouter.abi.Pack("fulfill", f)
}

// PackFulfillBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdab017ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfillBatch((bytes32,(address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40),uint8,bytes,bytes32,bytes32)[] fs) returns(uint256 settled)
func (jobRouter *JobRouter) PackFulfillBatch(fs []IJobRouterFulfillment) []byte {
	enc, err := jobRouter.abi.Pack("fulfillBatch", fs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfillBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdab017ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfillBatch((bytes32,(address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40),uint8,bytes,bytes32,bytes32)[] fs) returns(uint256 settled)
func (jobRouter *JobRouter) TryPackFulfillBatch(fs []IJobRouterFulfillment) ([]byte, error) {
	return jobRouter.abi.Pack("fulfillBatch", fs)
}

// UnpackFulfillBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdab017ca.
//
// Solidity: function fulfillBatch((bytes32,(address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40),uint8,bytes,bytes32,bytes32)[] fs) returns(uint256 settled)
func (jobRouter *JobRouter) UnpackFulfillBatch(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("fulfillBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGasFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9be97472.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gasFor(uint32 callbackGasLimit, uint256 outputLength) pure returns(uint256)
func (jobRouter *JobRouter) PackGasFor(callbackGasLimit uint32, outputLength *big.Int) []byte {
	enc, err := jobRouter.abi.Pack("gasFor", callbackGasLimit, outputLength)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGasFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9be97472.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gasFor(uint32 callbackGasLimit, uint256 outputLength) pure returns(uint256)
func (jobRouter *JobRouter) TryPackGasFor(callbackGasLimit uint32, outputLength *big.Int) ([]byte, error) {
	return jobRouter.abi.Pack("gasFor", callbackGasLimit, outputLength)
}

// UnpackGasFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9be97472.
//
// Solidity: function gasFor(uint32 callbackGasLimit, uint256 outputLength) pure returns(uint256)
func (jobRouter *JobRouter) UnpackGasFor(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("gasFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f8a13d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isActive(address signer) view returns(bool)
func (jobRouter *JobRouter) PackIsActive(signer common.Address) []byte {
	enc, err := jobRouter.abi.Pack("isActive", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f8a13d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isActive(address signer) view returns(bool)
func (jobRouter *JobRouter) TryPackIsActive(signer common.Address) ([]byte, error) {
	return jobRouter.abi.Pack("isActive", signer)
}

// UnpackIsActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f8a13d7.
//
// Solidity: function isActive(address signer) view returns(bool)
func (jobRouter *JobRouter) UnpackIsActive(data []byte) (bool, error) {
	out, err := jobRouter.abi.Unpack("isActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82027b6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAllowed(bytes32 programId, address requester) view returns(bool)
func (jobRouter *JobRouter) PackIsAllowed(programId [32]byte, requester common.Address) []byte {
	enc, err := jobRouter.abi.Pack("isAllowed", programId, requester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82027b6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAllowed(bytes32 programId, address requester) view returns(bool)
func (jobRouter *JobRouter) TryPackIsAllowed(programId [32]byte, requester common.Address) ([]byte, error) {
	return jobRouter.abi.Pack("isAllowed", programId, requester)
}

// UnpackIsAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82027b6d.
//
// Solidity: function isAllowed(bytes32 programId, address requester) view returns(bool)
func (jobRouter *JobRouter) UnpackIsAllowed(data []byte) (bool, error) {
	out, err := jobRouter.abi.Unpack("isAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5db72eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRegistrar(address account) view returns(bool)
func (jobRouter *JobRouter) PackIsRegistrar(account common.Address) []byte {
	enc, err := jobRouter.abi.Pack("isRegistrar", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5db72eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRegistrar(address account) view returns(bool)
func (jobRouter *JobRouter) TryPackIsRegistrar(account common.Address) ([]byte, error) {
	return jobRouter.abi.Pack("isRegistrar", account)
}

// UnpackIsRegistrar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5db72eb.
//
// Solidity: function isRegistrar(address account) view returns(bool)
func (jobRouter *JobRouter) UnpackIsRegistrar(data []byte) (bool, error) {
	out, err := jobRouter.abi.Unpack("isRegistrar", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJobIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x101af62b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobIdOf(uint64 nonce) view returns(bytes32)
func (jobRouter *JobRouter) PackJobIdOf(nonce uint64) []byte {
	enc, err := jobRouter.abi.Pack("jobIdOf", nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x101af62b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobIdOf(uint64 nonce) view returns(bytes32)
func (jobRouter *JobRouter) TryPackJobIdOf(nonce uint64) ([]byte, error) {
	return jobRouter.abi.Pack("jobIdOf", nonce)
}

// UnpackJobIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x101af62b.
//
// Solidity: function jobIdOf(uint64 nonce) view returns(bytes32)
func (jobRouter *JobRouter) UnpackJobIdOf(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("jobIdOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMeasurements is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x873270cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function measurements(bytes32 key) view returns(bool allowed, uint8 kind, uint16 minSvn, bool denied)
func (jobRouter *JobRouter) PackMeasurements(key [32]byte) []byte {
	enc, err := jobRouter.abi.Pack("measurements", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMeasurements is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x873270cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function measurements(bytes32 key) view returns(bool allowed, uint8 kind, uint16 minSvn, bool denied)
func (jobRouter *JobRouter) TryPackMeasurements(key [32]byte) ([]byte, error) {
	return jobRouter.abi.Pack("measurements", key)
}

// MeasurementsOutput serves as a container for the return parameters of contract
// method Measurements.
type MeasurementsOutput struct {
	Allowed bool
	Kind    uint8
	MinSvn  uint16
	Denied  bool
}

// UnpackMeasurements is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x873270cc.
//
// Solidity: function measurements(bytes32 key) view returns(bool allowed, uint8 kind, uint16 minSvn, bool denied)
func (jobRouter *JobRouter) UnpackMeasurements(data []byte) (MeasurementsOutput, error) {
	out, err := jobRouter.abi.Unpack("measurements", data)
	outstruct := new(MeasurementsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Allowed = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Kind = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.MinSvn = *abi.ConvertType(out[2], new(uint16)).(*uint16)
	outstruct.Denied = *abi.ConvertType(out[3], new(bool)).(*bool)
	return *outstruct, nil
}

// PackMrEnclaveKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91421e8a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mrEnclaveKey(bytes32 mrEnclave) pure returns(bytes32)
func (jobRouter *JobRouter) PackMrEnclaveKey(mrEnclave [32]byte) []byte {
	enc, err := jobRouter.abi.Pack("mrEnclaveKey", mrEnclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMrEnclaveKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91421e8a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mrEnclaveKey(bytes32 mrEnclave) pure returns(bytes32)
func (jobRouter *JobRouter) TryPackMrEnclaveKey(mrEnclave [32]byte) ([]byte, error) {
	return jobRouter.abi.Pack("mrEnclaveKey", mrEnclave)
}

// UnpackMrEnclaveKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91421e8a.
//
// Solidity: function mrEnclaveKey(bytes32 mrEnclave) pure returns(bytes32)
func (jobRouter *JobRouter) UnpackMrEnclaveKey(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("mrEnclaveKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMrSignerKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d87a772.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mrSignerKey(bytes32 mrSigner, uint16 productId) pure returns(bytes32)
func (jobRouter *JobRouter) PackMrSignerKey(mrSigner [32]byte, productId uint16) []byte {
	enc, err := jobRouter.abi.Pack("mrSignerKey", mrSigner, productId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMrSignerKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d87a772.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mrSignerKey(bytes32 mrSigner, uint16 productId) pure returns(bytes32)
func (jobRouter *JobRouter) TryPackMrSignerKey(mrSigner [32]byte, productId uint16) ([]byte, error) {
	return jobRouter.abi.Pack("mrSignerKey", mrSigner, productId)
}

// UnpackMrSignerKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d87a772.
//
// Solidity: function mrSignerKey(bytes32 mrSigner, uint16 productId) pure returns(bytes32)
func (jobRouter *JobRouter) UnpackMrSignerKey(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("mrSignerKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (jobRouter *JobRouter) PackOwner() []byte {
	enc, err := jobRouter.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (jobRouter *JobRouter) TryPackOwner() ([]byte, error) {
	return jobRouter.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (jobRouter *JobRouter) UnpackOwner(data []byte) (common.Address, error) {
	out, err := jobRouter.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf552501a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingEpoch() view returns(uint32)
func (jobRouter *JobRouter) PackPendingEpoch() []byte {
	enc, err := jobRouter.abi.Pack("pendingEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf552501a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingEpoch() view returns(uint32)
func (jobRouter *JobRouter) TryPackPendingEpoch() ([]byte, error) {
	return jobRouter.abi.Pack("pendingEpoch")
}

// UnpackPendingEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf552501a.
//
// Solidity: function pendingEpoch() view returns(uint32)
func (jobRouter *JobRouter) UnpackPendingEpoch(data []byte) (uint32, error) {
	out, err := jobRouter.abi.Unpack("pendingEpoch", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackPendingFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x224438d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingFees() view returns((uint32,uint40,uint8,uint8) fees, uint40 effectiveAt)
func (jobRouter *JobRouter) PackPendingFees() []byte {
	enc, err := jobRouter.abi.Pack("pendingFees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x224438d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingFees() view returns((uint32,uint40,uint8,uint8) fees, uint40 effectiveAt)
func (jobRouter *JobRouter) TryPackPendingFees() ([]byte, error) {
	return jobRouter.abi.Pack("pendingFees")
}

// PendingFeesOutput serves as a container for the return parameters of contract
// method PendingFees.
type PendingFeesOutput struct {
	Fees        IJobRouterFees
	EffectiveAt *big.Int
}

// UnpackPendingFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x224438d1.
//
// Solidity: function pendingFees() view returns((uint32,uint40,uint8,uint8) fees, uint40 effectiveAt)
func (jobRouter *JobRouter) UnpackPendingFees(data []byte) (PendingFeesOutput, error) {
	out, err := jobRouter.abi.Unpack("pendingFees", data)
	outstruct := new(PendingFeesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fees = *abi.ConvertType(out[0], new(IJobRouterFees)).(*IJobRouterFees)
	outstruct.EffectiveAt = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (jobRouter *JobRouter) PackPendingOwner() []byte {
	enc, err := jobRouter.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (jobRouter *JobRouter) TryPackPendingOwner() ([]byte, error) {
	return jobRouter.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (jobRouter *JobRouter) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := jobRouter.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProgram is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b11fe54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function program(bytes32 programId) view returns((uint96,uint32,uint32,uint8,uint96,uint96,uint40,address))
func (jobRouter *JobRouter) PackProgram(programId [32]byte) []byte {
	enc, err := jobRouter.abi.Pack("program", programId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProgram is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b11fe54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function program(bytes32 programId) view returns((uint96,uint32,uint32,uint8,uint96,uint96,uint40,address))
func (jobRouter *JobRouter) TryPackProgram(programId [32]byte) ([]byte, error) {
	return jobRouter.abi.Pack("program", programId)
}

// UnpackProgram is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b11fe54.
//
// Solidity: function program(bytes32 programId) view returns((uint96,uint32,uint32,uint8,uint96,uint96,uint40,address))
func (jobRouter *JobRouter) UnpackProgram(data []byte) (IProgramRegistryProgram, error) {
	out, err := jobRouter.abi.Unpack("program", data)
	if err != nil {
		return *new(IProgramRegistryProgram), err
	}
	out0 := *abi.ConvertType(out[0], new(IProgramRegistryProgram)).(*IProgramRegistryProgram)
	return out0, nil
}

// PackProgramIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92efab82.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function programIdOf(address author, string name) pure returns(bytes32)
func (jobRouter *JobRouter) PackProgramIdOf(author common.Address, name string) []byte {
	enc, err := jobRouter.abi.Pack("programIdOf", author, name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProgramIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92efab82.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function programIdOf(address author, string name) pure returns(bytes32)
func (jobRouter *JobRouter) TryPackProgramIdOf(author common.Address, name string) ([]byte, error) {
	return jobRouter.abi.Pack("programIdOf", author, name)
}

// UnpackProgramIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x92efab82.
//
// Solidity: function programIdOf(address author, string name) pure returns(bytes32)
func (jobRouter *JobRouter) UnpackProgramIdOf(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("programIdOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProgramSecrets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ff7037e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function programSecrets(bytes32 programId) view returns(bytes32 bundleHash, string cid)
func (jobRouter *JobRouter) PackProgramSecrets(programId [32]byte) []byte {
	enc, err := jobRouter.abi.Pack("programSecrets", programId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProgramSecrets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ff7037e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function programSecrets(bytes32 programId) view returns(bytes32 bundleHash, string cid)
func (jobRouter *JobRouter) TryPackProgramSecrets(programId [32]byte) ([]byte, error) {
	return jobRouter.abi.Pack("programSecrets", programId)
}

// ProgramSecretsOutput serves as a container for the return parameters of contract
// method ProgramSecrets.
type ProgramSecretsOutput struct {
	BundleHash [32]byte
	Cid        string
}

// UnpackProgramSecrets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ff7037e.
//
// Solidity: function programSecrets(bytes32 programId) view returns(bytes32 bundleHash, string cid)
func (jobRouter *JobRouter) UnpackProgramSecrets(data []byte) (ProgramSecretsOutput, error) {
	out, err := jobRouter.abi.Unpack("programSecrets", data)
	outstruct := new(ProgramSecretsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BundleHash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Cid = *abi.ConvertType(out[1], new(string)).(*string)
	return *outstruct, nil
}

// PackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x202adb77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishVersion(string name, bytes32 codeHash, string cid) returns(uint32 version)
func (jobRouter *JobRouter) PackPublishVersion(name string, codeHash [32]byte, cid string) []byte {
	enc, err := jobRouter.abi.Pack("publishVersion", name, codeHash, cid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x202adb77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishVersion(string name, bytes32 codeHash, string cid) returns(uint32 version)
func (jobRouter *JobRouter) TryPackPublishVersion(name string, codeHash [32]byte, cid string) ([]byte, error) {
	return jobRouter.abi.Pack("publishVersion", name, codeHash, cid)
}

// UnpackPublishVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x202adb77.
//
// Solidity: function publishVersion(string name, bytes32 codeHash, string cid) returns(uint32 version)
func (jobRouter *JobRouter) UnpackPublishVersion(data []byte) (uint32, error) {
	out, err := jobRouter.abi.Unpack("publishVersion", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackQuoteFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa29c4f4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteFee(bytes32 programId, uint32 callbackGasLimit) view returns(uint256)
func (jobRouter *JobRouter) PackQuoteFee(programId [32]byte, callbackGasLimit uint32) []byte {
	enc, err := jobRouter.abi.Pack("quoteFee", programId, callbackGasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa29c4f4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteFee(bytes32 programId, uint32 callbackGasLimit) view returns(uint256)
func (jobRouter *JobRouter) TryPackQuoteFee(programId [32]byte, callbackGasLimit uint32) ([]byte, error) {
	return jobRouter.abi.Pack("quoteFee", programId, callbackGasLimit)
}

// UnpackQuoteFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa29c4f4f.
//
// Solidity: function quoteFee(bytes32 programId, uint32 callbackGasLimit) view returns(uint256)
func (jobRouter *JobRouter) UnpackQuoteFee(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("quoteFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuoteFeeAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x980eaa38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteFeeAt(bytes32 programId, uint32 callbackGasLimit, uint256 baseFee) view returns(uint256)
func (jobRouter *JobRouter) PackQuoteFeeAt(programId [32]byte, callbackGasLimit uint32, baseFee *big.Int) []byte {
	enc, err := jobRouter.abi.Pack("quoteFeeAt", programId, callbackGasLimit, baseFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteFeeAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x980eaa38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteFeeAt(bytes32 programId, uint32 callbackGasLimit, uint256 baseFee) view returns(uint256)
func (jobRouter *JobRouter) TryPackQuoteFeeAt(programId [32]byte, callbackGasLimit uint32, baseFee *big.Int) ([]byte, error) {
	return jobRouter.abi.Pack("quoteFeeAt", programId, callbackGasLimit, baseFee)
}

// UnpackQuoteFeeAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x980eaa38.
//
// Solidity: function quoteFeeAt(bytes32 programId, uint32 callbackGasLimit, uint256 baseFee) view returns(uint256)
func (jobRouter *JobRouter) UnpackQuoteFeeAt(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("quoteFeeAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegisterEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf22590ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerEnclave((address,address,uint40,bool,bytes32,bytes32,uint16,uint16,bytes32,bytes) r) returns()
func (jobRouter *JobRouter) PackRegisterEnclave(r IEnclaveRegistryRegistration) []byte {
	enc, err := jobRouter.abi.Pack("registerEnclave", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf22590ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerEnclave((address,address,uint40,bool,bytes32,bytes32,uint16,uint16,bytes32,bytes) r) returns()
func (jobRouter *JobRouter) TryPackRegisterEnclave(r IEnclaveRegistryRegistration) ([]byte, error) {
	return jobRouter.abi.Pack("registerEnclave", r)
}

// PackRegisterEnclaveAttested is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94df14ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerEnclaveAttested((bytes,bytes,address,bytes,address,uint32,bytes32,bytes32) a) returns()
func (jobRouter *JobRouter) PackRegisterEnclaveAttested(a IEnclaveRegistryAttestedRegistration) []byte {
	enc, err := jobRouter.abi.Pack("registerEnclaveAttested", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterEnclaveAttested is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94df14ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerEnclaveAttested((bytes,bytes,address,bytes,address,uint32,bytes32,bytes32) a) returns()
func (jobRouter *JobRouter) TryPackRegisterEnclaveAttested(a IEnclaveRegistryAttestedRegistration) ([]byte, error) {
	return jobRouter.abi.Pack("registerEnclaveAttested", a)
}

// PackRemoveMeasurement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x110b9e37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeMeasurement(bytes32 key) returns()
func (jobRouter *JobRouter) PackRemoveMeasurement(key [32]byte) []byte {
	enc, err := jobRouter.abi.Pack("removeMeasurement", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveMeasurement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x110b9e37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeMeasurement(bytes32 key) returns()
func (jobRouter *JobRouter) TryPackRemoveMeasurement(key [32]byte) ([]byte, error) {
	return jobRouter.abi.Pack("removeMeasurement", key)
}

// PackRequestJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8debbfdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestJob(bytes32 programId, uint32 version, address user, bytes input, uint32 callbackGasLimit, uint32 ttl) payable returns(bytes32 jobId)
func (jobRouter *JobRouter) PackRequestJob(programId [32]byte, version uint32, user common.Address, input []byte, callbackGasLimit uint32, ttl uint32) []byte {
	enc, err := jobRouter.abi.Pack("requestJob", programId, version, user, input, callbackGasLimit, ttl)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8debbfdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestJob(bytes32 programId, uint32 version, address user, bytes input, uint32 callbackGasLimit, uint32 ttl) payable returns(bytes32 jobId)
func (jobRouter *JobRouter) TryPackRequestJob(programId [32]byte, version uint32, user common.Address, input []byte, callbackGasLimit uint32, ttl uint32) ([]byte, error) {
	return jobRouter.abi.Pack("requestJob", programId, version, user, input, callbackGasLimit, ttl)
}

// UnpackRequestJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8debbfdf.
//
// Solidity: function requestJob(bytes32 programId, uint32 version, address user, bytes input, uint32 callbackGasLimit, uint32 ttl) payable returns(bytes32 jobId)
func (jobRouter *JobRouter) UnpackRequestJob(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("requestJob", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackResolveVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94a69915.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveVersion(bytes32 programId, uint32 version) view returns(uint32)
func (jobRouter *JobRouter) PackResolveVersion(programId [32]byte, version uint32) []byte {
	enc, err := jobRouter.abi.Pack("resolveVersion", programId, version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94a69915.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveVersion(bytes32 programId, uint32 version) view returns(uint32)
func (jobRouter *JobRouter) TryPackResolveVersion(programId [32]byte, version uint32) ([]byte, error) {
	return jobRouter.abi.Pack("resolveVersion", programId, version)
}

// UnpackResolveVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94a69915.
//
// Solidity: function resolveVersion(bytes32 programId, uint32 version) view returns(uint32)
func (jobRouter *JobRouter) UnpackResolveVersion(data []byte) (uint32, error) {
	out, err := jobRouter.abi.Unpack("resolveVersion", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackResultDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87934466.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultDigest(bytes32 jobId, bytes32 commitment, uint8 status, bytes output) view returns(bytes32 digest)
func (jobRouter *JobRouter) PackResultDigest(jobId [32]byte, commitment [32]byte, status uint8, output []byte) []byte {
	enc, err := jobRouter.abi.Pack("resultDigest", jobId, commitment, status, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87934466.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultDigest(bytes32 jobId, bytes32 commitment, uint8 status, bytes output) view returns(bytes32 digest)
func (jobRouter *JobRouter) TryPackResultDigest(jobId [32]byte, commitment [32]byte, status uint8, output []byte) ([]byte, error) {
	return jobRouter.abi.Pack("resultDigest", jobId, commitment, status, output)
}

// UnpackResultDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x87934466.
//
// Solidity: function resultDigest(bytes32 jobId, bytes32 commitment, uint8 status, bytes output) view returns(bytes32 digest)
func (jobRouter *JobRouter) UnpackResultDigest(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("resultDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRetireEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8a502fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retireEpoch(uint32 epoch) returns()
func (jobRouter *JobRouter) PackRetireEpoch(epoch uint32) []byte {
	enc, err := jobRouter.abi.Pack("retireEpoch", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetireEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8a502fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retireEpoch(uint32 epoch) returns()
func (jobRouter *JobRouter) TryPackRetireEpoch(epoch uint32) ([]byte, error) {
	return jobRouter.abi.Pack("retireEpoch", epoch)
}

// PackRetireVersionsBelow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e34fa49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retireVersionsBelow(string name, uint32 minVersion) returns()
func (jobRouter *JobRouter) PackRetireVersionsBelow(name string, minVersion uint32) []byte {
	enc, err := jobRouter.abi.Pack("retireVersionsBelow", name, minVersion)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetireVersionsBelow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e34fa49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retireVersionsBelow(string name, uint32 minVersion) returns()
func (jobRouter *JobRouter) TryPackRetireVersionsBelow(name string, minVersion uint32) ([]byte, error) {
	return jobRouter.abi.Pack("retireVersionsBelow", name, minVersion)
}

// PackRevokeEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22fe1e50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeEnclave(address signer) returns()
func (jobRouter *JobRouter) PackRevokeEnclave(signer common.Address) []byte {
	enc, err := jobRouter.abi.Pack("revokeEnclave", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22fe1e50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeEnclave(address signer) returns()
func (jobRouter *JobRouter) TryPackRevokeEnclave(signer common.Address) ([]byte, error) {
	return jobRouter.abi.Pack("revokeEnclave", signer)
}

// PackSetAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdbaa7bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAllowed(string name, address requester, bool allowed) returns()
func (jobRouter *JobRouter) PackSetAllowed(name string, requester common.Address, allowed bool) []byte {
	enc, err := jobRouter.abi.Pack("setAllowed", name, requester, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdbaa7bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAllowed(string name, address requester, bool allowed) returns()
func (jobRouter *JobRouter) TryPackSetAllowed(name string, requester common.Address, allowed bool) ([]byte, error) {
	return jobRouter.abi.Pack("setAllowed", name, requester, allowed)
}

// PackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x621ca470.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setConfig(uint24 maxInputBytes, uint24 maxCallbackGas, uint16 minTtl, uint24 maxTtl, bool paused) returns()
func (jobRouter *JobRouter) PackSetConfig(maxInputBytes *big.Int, maxCallbackGas *big.Int, minTtl uint16, maxTtl *big.Int, paused bool) []byte {
	enc, err := jobRouter.abi.Pack("setConfig", maxInputBytes, maxCallbackGas, minTtl, maxTtl, paused)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x621ca470.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setConfig(uint24 maxInputBytes, uint24 maxCallbackGas, uint16 minTtl, uint24 maxTtl, bool paused) returns()
func (jobRouter *JobRouter) TryPackSetConfig(maxInputBytes *big.Int, maxCallbackGas *big.Int, minTtl uint16, maxTtl *big.Int, paused bool) ([]byte, error) {
	return jobRouter.abi.Pack("setConfig", maxInputBytes, maxCallbackGas, minTtl, maxTtl, paused)
}

// PackSetDcapVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87b3759c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDcapVerifier(address verifier) returns()
func (jobRouter *JobRouter) PackSetDcapVerifier(verifier common.Address) []byte {
	enc, err := jobRouter.abi.Pack("setDcapVerifier", verifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDcapVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87b3759c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDcapVerifier(address verifier) returns()
func (jobRouter *JobRouter) TryPackSetDcapVerifier(verifier common.Address) ([]byte, error) {
	return jobRouter.abi.Pack("setDcapVerifier", verifier)
}

// PackSetEpochKeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f871c39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEpochKeys(bytes32 id, uint32 epoch, bytes32 x25519Key, bytes xwingKey, bytes32 r, bytes32 vs) returns()
func (jobRouter *JobRouter) PackSetEpochKeys(id [32]byte, epoch uint32, x25519Key [32]byte, xwingKey []byte, r [32]byte, vs [32]byte) []byte {
	enc, err := jobRouter.abi.Pack("setEpochKeys", id, epoch, x25519Key, xwingKey, r, vs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEpochKeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f871c39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEpochKeys(bytes32 id, uint32 epoch, bytes32 x25519Key, bytes xwingKey, bytes32 r, bytes32 vs) returns()
func (jobRouter *JobRouter) TryPackSetEpochKeys(id [32]byte, epoch uint32, x25519Key [32]byte, xwingKey []byte, r [32]byte, vs [32]byte) ([]byte, error) {
	return jobRouter.abi.Pack("setEpochKeys", id, epoch, x25519Key, xwingKey, r, vs)
}

// PackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x914e7d39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFees(uint32 flatFeeGwei, uint40 minGasPrice, uint8 baseFeePercent, uint8 overheadKGas) returns()
func (jobRouter *JobRouter) PackSetFees(flatFeeGwei uint32, minGasPrice *big.Int, baseFeePercent uint8, overheadKGas uint8) []byte {
	enc, err := jobRouter.abi.Pack("setFees", flatFeeGwei, minGasPrice, baseFeePercent, overheadKGas)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x914e7d39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFees(uint32 flatFeeGwei, uint40 minGasPrice, uint8 baseFeePercent, uint8 overheadKGas) returns()
func (jobRouter *JobRouter) TryPackSetFees(flatFeeGwei uint32, minGasPrice *big.Int, baseFeePercent uint8, overheadKGas uint8) ([]byte, error) {
	return jobRouter.abi.Pack("setFees", flatFeeGwei, minGasPrice, baseFeePercent, overheadKGas)
}

// PackSetFleetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49a8a055.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFleetId(bytes32 id) returns()
func (jobRouter *JobRouter) PackSetFleetId(id [32]byte) []byte {
	enc, err := jobRouter.abi.Pack("setFleetId", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFleetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49a8a055.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFleetId(bytes32 id) returns()
func (jobRouter *JobRouter) TryPackSetFleetId(id [32]byte) ([]byte, error) {
	return jobRouter.abi.Pack("setFleetId", id)
}

// PackSetMrEnclaveDenied is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73ae1993.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMrEnclaveDenied(bytes32 mrEnclave, bool denied) returns()
func (jobRouter *JobRouter) PackSetMrEnclaveDenied(mrEnclave [32]byte, denied bool) []byte {
	enc, err := jobRouter.abi.Pack("setMrEnclaveDenied", mrEnclave, denied)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMrEnclaveDenied is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73ae1993.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMrEnclaveDenied(bytes32 mrEnclave, bool denied) returns()
func (jobRouter *JobRouter) TryPackSetMrEnclaveDenied(mrEnclave [32]byte, denied bool) ([]byte, error) {
	return jobRouter.abi.Pack("setMrEnclaveDenied", mrEnclave, denied)
}

// PackSetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bee66f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPolicy(string name, uint96 authorFee, bool allowlistOnly) returns()
func (jobRouter *JobRouter) PackSetPolicy(name string, authorFee *big.Int, allowlistOnly bool) []byte {
	enc, err := jobRouter.abi.Pack("setPolicy", name, authorFee, allowlistOnly)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bee66f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPolicy(string name, uint96 authorFee, bool allowlistOnly) returns()
func (jobRouter *JobRouter) TryPackSetPolicy(name string, authorFee *big.Int, allowlistOnly bool) ([]byte, error) {
	return jobRouter.abi.Pack("setPolicy", name, authorFee, allowlistOnly)
}

// PackSetProgramSecrets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc00dc02c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProgramSecrets(bytes32 programId, bytes32 bundleHash, string cid) returns()
func (jobRouter *JobRouter) PackSetProgramSecrets(programId [32]byte, bundleHash [32]byte, cid string) []byte {
	enc, err := jobRouter.abi.Pack("setProgramSecrets", programId, bundleHash, cid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetProgramSecrets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc00dc02c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setProgramSecrets(bytes32 programId, bytes32 bundleHash, string cid) returns()
func (jobRouter *JobRouter) TryPackSetProgramSecrets(programId [32]byte, bundleHash [32]byte, cid string) ([]byte, error) {
	return jobRouter.abi.Pack("setProgramSecrets", programId, bundleHash, cid)
}

// PackSetRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1bf1dcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRegistrar(address registrar, bool allowed) returns()
func (jobRouter *JobRouter) PackSetRegistrar(registrar common.Address, allowed bool) []byte {
	enc, err := jobRouter.abi.Pack("setRegistrar", registrar, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1bf1dcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRegistrar(address registrar, bool allowed) returns()
func (jobRouter *JobRouter) TryPackSetRegistrar(registrar common.Address, allowed bool) ([]byte, error) {
	return jobRouter.abi.Pack("setRegistrar", registrar, allowed)
}

// PackSignersOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7abcb27d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signersOf(bytes32 key) view returns(address[])
func (jobRouter *JobRouter) PackSignersOf(key [32]byte) []byte {
	enc, err := jobRouter.abi.Pack("signersOf", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignersOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7abcb27d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signersOf(bytes32 key) view returns(address[])
func (jobRouter *JobRouter) TryPackSignersOf(key [32]byte) ([]byte, error) {
	return jobRouter.abi.Pack("signersOf", key)
}

// UnpackSignersOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7abcb27d.
//
// Solidity: function signersOf(bytes32 key) view returns(address[])
func (jobRouter *JobRouter) UnpackSignersOf(data []byte) ([]common.Address, error) {
	out, err := jobRouter.abi.Unpack("signersOf", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackStartRotation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a598e2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startRotation() returns(uint32 epoch)
func (jobRouter *JobRouter) PackStartRotation() []byte {
	enc, err := jobRouter.abi.Pack("startRotation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartRotation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a598e2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startRotation() returns(uint32 epoch)
func (jobRouter *JobRouter) TryPackStartRotation() ([]byte, error) {
	return jobRouter.abi.Pack("startRotation")
}

// UnpackStartRotation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a598e2a.
//
// Solidity: function startRotation() returns(uint32 epoch)
func (jobRouter *JobRouter) UnpackStartRotation(data []byte) (uint32, error) {
	out, err := jobRouter.abi.Unpack("startRotation", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackSweepMeasurement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd28dd4be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweepMeasurement(bytes32 key, uint256 from, uint256 maxKeys) returns(uint256 next)
func (jobRouter *JobRouter) PackSweepMeasurement(key [32]byte, from *big.Int, maxKeys *big.Int) []byte {
	enc, err := jobRouter.abi.Pack("sweepMeasurement", key, from, maxKeys)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweepMeasurement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd28dd4be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweepMeasurement(bytes32 key, uint256 from, uint256 maxKeys) returns(uint256 next)
func (jobRouter *JobRouter) TryPackSweepMeasurement(key [32]byte, from *big.Int, maxKeys *big.Int) ([]byte, error) {
	return jobRouter.abi.Pack("sweepMeasurement", key, from, maxKeys)
}

// UnpackSweepMeasurement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd28dd4be.
//
// Solidity: function sweepMeasurement(bytes32 key, uint256 from, uint256 maxKeys) returns(uint256 next)
func (jobRouter *JobRouter) UnpackSweepMeasurement(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("sweepMeasurement", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSwitchOffRegistrars is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8d2bb6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function switchOffRegistrars() returns()
func (jobRouter *JobRouter) PackSwitchOffRegistrars() []byte {
	enc, err := jobRouter.abi.Pack("switchOffRegistrars")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSwitchOffRegistrars is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8d2bb6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function switchOffRegistrars() returns()
func (jobRouter *JobRouter) TryPackSwitchOffRegistrars() ([]byte, error) {
	return jobRouter.abi.Pack("switchOffRegistrars")
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (jobRouter *JobRouter) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := jobRouter.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (jobRouter *JobRouter) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return jobRouter.abi.Pack("transferOwnership", newOwner)
}

// PackVersionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd37e791e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function versionOf(bytes32 programId, uint32 version) view returns((bytes32,string))
func (jobRouter *JobRouter) PackVersionOf(programId [32]byte, version uint32) []byte {
	enc, err := jobRouter.abi.Pack("versionOf", programId, version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd37e791e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function versionOf(bytes32 programId, uint32 version) view returns((bytes32,string))
func (jobRouter *JobRouter) TryPackVersionOf(programId [32]byte, version uint32) ([]byte, error) {
	return jobRouter.abi.Pack("versionOf", programId, version)
}

// UnpackVersionOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd37e791e.
//
// Solidity: function versionOf(bytes32 programId, uint32 version) view returns((bytes32,string))
func (jobRouter *JobRouter) UnpackVersionOf(data []byte) (IProgramRegistryVersion, error) {
	out, err := jobRouter.abi.Unpack("versionOf", data)
	if err != nil {
		return *new(IProgramRegistryVersion), err
	}
	out0 := *abi.ConvertType(out[0], new(IProgramRegistryVersion)).(*IProgramRegistryVersion)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address to) returns(uint256 amount)
func (jobRouter *JobRouter) PackWithdraw(to common.Address) []byte {
	enc, err := jobRouter.abi.Pack("withdraw", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address to) returns(uint256 amount)
func (jobRouter *JobRouter) TryPackWithdraw(to common.Address) ([]byte, error) {
	return jobRouter.abi.Pack("withdraw", to)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51cff8d9.
//
// Solidity: function withdraw(address to) returns(uint256 amount)
func (jobRouter *JobRouter) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfedb0212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawEarnings(string name, address to) returns(uint256 amount)
func (jobRouter *JobRouter) PackWithdrawEarnings(name string, to common.Address) []byte {
	enc, err := jobRouter.abi.Pack("withdrawEarnings", name, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfedb0212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawEarnings(string name, address to) returns(uint256 amount)
func (jobRouter *JobRouter) TryPackWithdrawEarnings(name string, to common.Address) ([]byte, error) {
	return jobRouter.abi.Pack("withdrawEarnings", name, to)
}

// UnpackWithdrawEarnings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfedb0212.
//
// Solidity: function withdrawEarnings(string name, address to) returns(uint256 amount)
func (jobRouter *JobRouter) UnpackWithdrawEarnings(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("withdrawEarnings", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawEnclaveFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86acd6f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawEnclaveFees(address signer) returns(uint256 amount)
func (jobRouter *JobRouter) PackWithdrawEnclaveFees(signer common.Address) []byte {
	enc, err := jobRouter.abi.Pack("withdrawEnclaveFees", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawEnclaveFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86acd6f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawEnclaveFees(address signer) returns(uint256 amount)
func (jobRouter *JobRouter) TryPackWithdrawEnclaveFees(signer common.Address) ([]byte, error) {
	return jobRouter.abi.Pack("withdrawEnclaveFees", signer)
}

// UnpackWithdrawEnclaveFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86acd6f0.
//
// Solidity: function withdrawEnclaveFees(address signer) returns(uint256 amount)
func (jobRouter *JobRouter) UnpackWithdrawEnclaveFees(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("withdrawEnclaveFees", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// JobRouterAuthorFeeScheduled represents a AuthorFeeScheduled event raised by the JobRouter contract.
type JobRouterAuthorFeeScheduled struct {
	ProgramId   [32]byte
	AuthorFee   *big.Int
	EffectiveAt *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const JobRouterAuthorFeeScheduledEventName = "AuthorFeeScheduled"

// ContractEventName returns the user-defined event name.
func (JobRouterAuthorFeeScheduled) ContractEventName() string {
	return JobRouterAuthorFeeScheduledEventName
}

// UnpackAuthorFeeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuthorFeeScheduled(bytes32 indexed programId, uint96 authorFee, uint40 effectiveAt)
func (jobRouter *JobRouter) UnpackAuthorFeeScheduledEvent(log *types.Log) (*JobRouterAuthorFeeScheduled, error) {
	event := "AuthorFeeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterAuthorFeeScheduled)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterBatchStopped represents a BatchStopped event raised by the JobRouter contract.
type JobRouterBatchStopped struct {
	Index     *big.Int
	JobId     [32]byte
	GasLeft   *big.Int
	GasNeeded *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRouterBatchStoppedEventName = "BatchStopped"

// ContractEventName returns the user-defined event name.
func (JobRouterBatchStopped) ContractEventName() string {
	return JobRouterBatchStoppedEventName
}

// UnpackBatchStoppedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchStopped(uint256 index, bytes32 indexed jobId, uint256 gasLeft, uint256 gasNeeded)
func (jobRouter *JobRouter) UnpackBatchStoppedEvent(log *types.Log) (*JobRouterBatchStopped, error) {
	event := "BatchStopped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterBatchStopped)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterCallbackFailed represents a CallbackFailed event raised by the JobRouter contract.
type JobRouterCallbackFailed struct {
	JobId      [32]byte
	RevertData []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const JobRouterCallbackFailedEventName = "CallbackFailed"

// ContractEventName returns the user-defined event name.
func (JobRouterCallbackFailed) ContractEventName() string {
	return JobRouterCallbackFailedEventName
}

// UnpackCallbackFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackFailed(bytes32 indexed jobId, bytes revertData)
func (jobRouter *JobRouter) UnpackCallbackFailedEvent(log *types.Log) (*JobRouterCallbackFailed, error) {
	event := "CallbackFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterCallbackFailed)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterConfigSet represents a ConfigSet event raised by the JobRouter contract.
type JobRouterConfigSet struct {
	MaxInputBytes  *big.Int
	MaxCallbackGas *big.Int
	MinTtl         uint16
	MaxTtl         *big.Int
	Paused         bool
	Raw            *types.Log // Blockchain specific contextual infos
}

const JobRouterConfigSetEventName = "ConfigSet"

// ContractEventName returns the user-defined event name.
func (JobRouterConfigSet) ContractEventName() string {
	return JobRouterConfigSetEventName
}

// UnpackConfigSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConfigSet(uint24 maxInputBytes, uint24 maxCallbackGas, uint16 minTtl, uint24 maxTtl, bool paused)
func (jobRouter *JobRouter) UnpackConfigSetEvent(log *types.Log) (*JobRouterConfigSet, error) {
	event := "ConfigSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterConfigSet)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterCredited represents a Credited event raised by the JobRouter contract.
type JobRouterCredited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobRouterCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (JobRouterCredited) ContractEventName() string {
	return JobRouterCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed account, uint256 amount)
func (jobRouter *JobRouter) UnpackCreditedEvent(log *types.Log) (*JobRouterCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterCredited)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterDcapVerifierSet represents a DcapVerifierSet event raised by the JobRouter contract.
type JobRouterDcapVerifierSet struct {
	Verifier common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const JobRouterDcapVerifierSetEventName = "DcapVerifierSet"

// ContractEventName returns the user-defined event name.
func (JobRouterDcapVerifierSet) ContractEventName() string {
	return JobRouterDcapVerifierSetEventName
}

// UnpackDcapVerifierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DcapVerifierSet(address verifier)
func (jobRouter *JobRouter) UnpackDcapVerifierSetEvent(log *types.Log) (*JobRouterDcapVerifierSet, error) {
	event := "DcapVerifierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterDcapVerifierSet)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterEarningsWithdrawn represents a EarningsWithdrawn event raised by the JobRouter contract.
type JobRouterEarningsWithdrawn struct {
	ProgramId [32]byte
	To        common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRouterEarningsWithdrawnEventName = "EarningsWithdrawn"

// ContractEventName returns the user-defined event name.
func (JobRouterEarningsWithdrawn) ContractEventName() string {
	return JobRouterEarningsWithdrawnEventName
}

// UnpackEarningsWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EarningsWithdrawn(bytes32 indexed programId, address indexed to, uint256 amount)
func (jobRouter *JobRouter) UnpackEarningsWithdrawnEvent(log *types.Log) (*JobRouterEarningsWithdrawn, error) {
	event := "EarningsWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterEarningsWithdrawn)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterEnclaveAttested represents a EnclaveAttested event raised by the JobRouter contract.
type JobRouterEnclaveAttested struct {
	Signer    common.Address
	Platform  [32]byte
	TcbStatus uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRouterEnclaveAttestedEventName = "EnclaveAttested"

// ContractEventName returns the user-defined event name.
func (JobRouterEnclaveAttested) ContractEventName() string {
	return JobRouterEnclaveAttestedEventName
}

// UnpackEnclaveAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveAttested(address indexed signer, bytes32 platform, uint8 tcbStatus)
func (jobRouter *JobRouter) UnpackEnclaveAttestedEvent(log *types.Log) (*JobRouterEnclaveAttested, error) {
	event := "EnclaveAttested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterEnclaveAttested)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterEnclaveDeactivated represents a EnclaveDeactivated event raised by the JobRouter contract.
type JobRouterEnclaveDeactivated struct {
	Signer      common.Address
	Measurement [32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const JobRouterEnclaveDeactivatedEventName = "EnclaveDeactivated"

// ContractEventName returns the user-defined event name.
func (JobRouterEnclaveDeactivated) ContractEventName() string {
	return JobRouterEnclaveDeactivatedEventName
}

// UnpackEnclaveDeactivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveDeactivated(address indexed signer, bytes32 indexed measurement)
func (jobRouter *JobRouter) UnpackEnclaveDeactivatedEvent(log *types.Log) (*JobRouterEnclaveDeactivated, error) {
	event := "EnclaveDeactivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterEnclaveDeactivated)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterEnclaveFeesSettled represents a EnclaveFeesSettled event raised by the JobRouter contract.
type JobRouterEnclaveFeesSettled struct {
	Signer common.Address
	Payee  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRouterEnclaveFeesSettledEventName = "EnclaveFeesSettled"

// ContractEventName returns the user-defined event name.
func (JobRouterEnclaveFeesSettled) ContractEventName() string {
	return JobRouterEnclaveFeesSettledEventName
}

// UnpackEnclaveFeesSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveFeesSettled(address indexed signer, address indexed payee, uint256 amount)
func (jobRouter *JobRouter) UnpackEnclaveFeesSettledEvent(log *types.Log) (*JobRouterEnclaveFeesSettled, error) {
	event := "EnclaveFeesSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterEnclaveFeesSettled)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterEnclaveFeesWithdrawn represents a EnclaveFeesWithdrawn event raised by the JobRouter contract.
type JobRouterEnclaveFeesWithdrawn struct {
	Signer common.Address
	Payee  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRouterEnclaveFeesWithdrawnEventName = "EnclaveFeesWithdrawn"

// ContractEventName returns the user-defined event name.
func (JobRouterEnclaveFeesWithdrawn) ContractEventName() string {
	return JobRouterEnclaveFeesWithdrawnEventName
}

// UnpackEnclaveFeesWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveFeesWithdrawn(address indexed signer, address indexed payee, uint256 amount)
func (jobRouter *JobRouter) UnpackEnclaveFeesWithdrawnEvent(log *types.Log) (*JobRouterEnclaveFeesWithdrawn, error) {
	event := "EnclaveFeesWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterEnclaveFeesWithdrawn)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterEnclaveRegistered represents a EnclaveRegistered event raised by the JobRouter contract.
type JobRouterEnclaveRegistered struct {
	Signer         common.Address
	Measurement    [32]byte
	MrEnclave      [32]byte
	Payee          common.Address
	ExpiresAt      *big.Int
	Simulated      bool
	Svn            uint16
	EvidenceDigest [32]byte
	EncryptionKey  []byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const JobRouterEnclaveRegisteredEventName = "EnclaveRegistered"

// ContractEventName returns the user-defined event name.
func (JobRouterEnclaveRegistered) ContractEventName() string {
	return JobRouterEnclaveRegisteredEventName
}

// UnpackEnclaveRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveRegistered(address indexed signer, bytes32 indexed measurement, bytes32 indexed mrEnclave, address payee, uint40 expiresAt, bool simulated, uint16 svn, bytes32 evidenceDigest, bytes encryptionKey)
func (jobRouter *JobRouter) UnpackEnclaveRegisteredEvent(log *types.Log) (*JobRouterEnclaveRegistered, error) {
	event := "EnclaveRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterEnclaveRegistered)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterEnclaveRevoked represents a EnclaveRevoked event raised by the JobRouter contract.
type JobRouterEnclaveRevoked struct {
	Signer common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRouterEnclaveRevokedEventName = "EnclaveRevoked"

// ContractEventName returns the user-defined event name.
func (JobRouterEnclaveRevoked) ContractEventName() string {
	return JobRouterEnclaveRevokedEventName
}

// UnpackEnclaveRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveRevoked(address indexed signer)
func (jobRouter *JobRouter) UnpackEnclaveRevokedEvent(log *types.Log) (*JobRouterEnclaveRevoked, error) {
	event := "EnclaveRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterEnclaveRevoked)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterEpochKeySet represents a EpochKeySet event raised by the JobRouter contract.
type JobRouterEpochKeySet struct {
	Epoch        uint32
	Signer       common.Address
	X25519Key    [32]byte
	XwingKeyHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const JobRouterEpochKeySetEventName = "EpochKeySet"

// ContractEventName returns the user-defined event name.
func (JobRouterEpochKeySet) ContractEventName() string {
	return JobRouterEpochKeySetEventName
}

// UnpackEpochKeySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochKeySet(uint32 indexed epoch, address indexed signer, bytes32 x25519Key, bytes32 xwingKeyHash)
func (jobRouter *JobRouter) UnpackEpochKeySetEvent(log *types.Log) (*JobRouterEpochKeySet, error) {
	event := "EpochKeySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterEpochKeySet)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterEpochOpened represents a EpochOpened event raised by the JobRouter contract.
type JobRouterEpochOpened struct {
	Epoch uint32
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobRouterEpochOpenedEventName = "EpochOpened"

// ContractEventName returns the user-defined event name.
func (JobRouterEpochOpened) ContractEventName() string {
	return JobRouterEpochOpenedEventName
}

// UnpackEpochOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochOpened(uint32 indexed epoch)
func (jobRouter *JobRouter) UnpackEpochOpenedEvent(log *types.Log) (*JobRouterEpochOpened, error) {
	event := "EpochOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterEpochOpened)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterEpochRetired represents a EpochRetired event raised by the JobRouter contract.
type JobRouterEpochRetired struct {
	Epoch uint32
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobRouterEpochRetiredEventName = "EpochRetired"

// ContractEventName returns the user-defined event name.
func (JobRouterEpochRetired) ContractEventName() string {
	return JobRouterEpochRetiredEventName
}

// UnpackEpochRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochRetired(uint32 indexed epoch)
func (jobRouter *JobRouter) UnpackEpochRetiredEvent(log *types.Log) (*JobRouterEpochRetired, error) {
	event := "EpochRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterEpochRetired)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterFeesScheduled represents a FeesScheduled event raised by the JobRouter contract.
type JobRouterFeesScheduled struct {
	FlatFeeGwei    uint32
	MinGasPrice    *big.Int
	BaseFeePercent uint8
	OverheadKGas   uint8
	EffectiveAt    *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const JobRouterFeesScheduledEventName = "FeesScheduled"

// ContractEventName returns the user-defined event name.
func (JobRouterFeesScheduled) ContractEventName() string {
	return JobRouterFeesScheduledEventName
}

// UnpackFeesScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesScheduled(uint32 flatFeeGwei, uint40 minGasPrice, uint8 baseFeePercent, uint8 overheadKGas, uint40 effectiveAt)
func (jobRouter *JobRouter) UnpackFeesScheduledEvent(log *types.Log) (*JobRouterFeesScheduled, error) {
	event := "FeesScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterFeesScheduled)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterFeesSet represents a FeesSet event raised by the JobRouter contract.
type JobRouterFeesSet struct {
	FlatFeeGwei    uint32
	MinGasPrice    *big.Int
	BaseFeePercent uint8
	OverheadKGas   uint8
	Raw            *types.Log // Blockchain specific contextual infos
}

const JobRouterFeesSetEventName = "FeesSet"

// ContractEventName returns the user-defined event name.
func (JobRouterFeesSet) ContractEventName() string {
	return JobRouterFeesSetEventName
}

// UnpackFeesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesSet(uint32 flatFeeGwei, uint40 minGasPrice, uint8 baseFeePercent, uint8 overheadKGas)
func (jobRouter *JobRouter) UnpackFeesSetEvent(log *types.Log) (*JobRouterFeesSet, error) {
	event := "FeesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterFeesSet)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterFleetIdSet represents a FleetIdSet event raised by the JobRouter contract.
type JobRouterFleetIdSet struct {
	Previous [32]byte
	FleetId  [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const JobRouterFleetIdSetEventName = "FleetIdSet"

// ContractEventName returns the user-defined event name.
func (JobRouterFleetIdSet) ContractEventName() string {
	return JobRouterFleetIdSetEventName
}

// UnpackFleetIdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FleetIdSet(bytes32 indexed previous, bytes32 indexed fleetId)
func (jobRouter *JobRouter) UnpackFleetIdSetEvent(log *types.Log) (*JobRouterFleetIdSet, error) {
	event := "FleetIdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterFleetIdSet)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterFulfillmentSkipped represents a FulfillmentSkipped event raised by the JobRouter contract.
type JobRouterFulfillmentSkipped struct {
	JobId  [32]byte
	Reason uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRouterFulfillmentSkippedEventName = "FulfillmentSkipped"

// ContractEventName returns the user-defined event name.
func (JobRouterFulfillmentSkipped) ContractEventName() string {
	return JobRouterFulfillmentSkippedEventName
}

// UnpackFulfillmentSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FulfillmentSkipped(bytes32 indexed jobId, uint8 reason)
func (jobRouter *JobRouter) UnpackFulfillmentSkippedEvent(log *types.Log) (*JobRouterFulfillmentSkipped, error) {
	event := "FulfillmentSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterFulfillmentSkipped)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterJobCancelled represents a JobCancelled event raised by the JobRouter contract.
type JobRouterJobCancelled struct {
	JobId     [32]byte
	Requester common.Address
	Refund    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRouterJobCancelledEventName = "JobCancelled"

// ContractEventName returns the user-defined event name.
func (JobRouterJobCancelled) ContractEventName() string {
	return JobRouterJobCancelledEventName
}

// UnpackJobCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCancelled(bytes32 indexed jobId, address indexed requester, uint96 refund)
func (jobRouter *JobRouter) UnpackJobCancelledEvent(log *types.Log) (*JobRouterJobCancelled, error) {
	event := "JobCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterJobCancelled)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterJobFulfilled represents a JobFulfilled event raised by the JobRouter contract.
type JobRouterJobFulfilled struct {
	JobId      [32]byte
	Enclave    common.Address
	Status     uint8
	CallbackOk bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const JobRouterJobFulfilledEventName = "JobFulfilled"

// ContractEventName returns the user-defined event name.
func (JobRouterJobFulfilled) ContractEventName() string {
	return JobRouterJobFulfilledEventName
}

// UnpackJobFulfilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobFulfilled(bytes32 indexed jobId, address indexed enclave, uint8 status, bool callbackOk)
func (jobRouter *JobRouter) UnpackJobFulfilledEvent(log *types.Log) (*JobRouterJobFulfilled, error) {
	event := "JobFulfilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterJobFulfilled)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterJobRequested represents a JobRequested event raised by the JobRouter contract.
type JobRouterJobRequested struct {
	JobId            [32]byte
	Requester        common.Address
	ProgramId        [32]byte
	User             common.Address
	Version          uint32
	Epoch            uint32
	Input            []byte
	CallbackGasLimit uint32
	Fee              *big.Int
	AuthorFee        *big.Int
	Deadline         *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const JobRouterJobRequestedEventName = "JobRequested"

// ContractEventName returns the user-defined event name.
func (JobRouterJobRequested) ContractEventName() string {
	return JobRouterJobRequestedEventName
}

// UnpackJobRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobRequested(bytes32 indexed jobId, address indexed requester, bytes32 indexed programId, address user, uint32 version, uint32 epoch, bytes input, uint32 callbackGasLimit, uint96 fee, uint96 authorFee, uint40 deadline)
func (jobRouter *JobRouter) UnpackJobRequestedEvent(log *types.Log) (*JobRouterJobRequested, error) {
	event := "JobRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterJobRequested)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterMeasurementAllowed represents a MeasurementAllowed event raised by the JobRouter contract.
type JobRouterMeasurementAllowed struct {
	Key       [32]byte
	Kind      uint8
	Value     [32]byte
	ProductId uint16
	MinSvn    uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRouterMeasurementAllowedEventName = "MeasurementAllowed"

// ContractEventName returns the user-defined event name.
func (JobRouterMeasurementAllowed) ContractEventName() string {
	return JobRouterMeasurementAllowedEventName
}

// UnpackMeasurementAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeasurementAllowed(bytes32 indexed key, uint8 kind, bytes32 value, uint16 productId, uint16 minSvn)
func (jobRouter *JobRouter) UnpackMeasurementAllowedEvent(log *types.Log) (*JobRouterMeasurementAllowed, error) {
	event := "MeasurementAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterMeasurementAllowed)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterMeasurementDenied represents a MeasurementDenied event raised by the JobRouter contract.
type JobRouterMeasurementDenied struct {
	Key    [32]byte
	Denied bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRouterMeasurementDeniedEventName = "MeasurementDenied"

// ContractEventName returns the user-defined event name.
func (JobRouterMeasurementDenied) ContractEventName() string {
	return JobRouterMeasurementDeniedEventName
}

// UnpackMeasurementDeniedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeasurementDenied(bytes32 indexed key, bool denied)
func (jobRouter *JobRouter) UnpackMeasurementDeniedEvent(log *types.Log) (*JobRouterMeasurementDenied, error) {
	event := "MeasurementDenied"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterMeasurementDenied)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterMeasurementRemoved represents a MeasurementRemoved event raised by the JobRouter contract.
type JobRouterMeasurementRemoved struct {
	Key [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const JobRouterMeasurementRemovedEventName = "MeasurementRemoved"

// ContractEventName returns the user-defined event name.
func (JobRouterMeasurementRemoved) ContractEventName() string {
	return JobRouterMeasurementRemovedEventName
}

// UnpackMeasurementRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeasurementRemoved(bytes32 indexed key)
func (jobRouter *JobRouter) UnpackMeasurementRemovedEvent(log *types.Log) (*JobRouterMeasurementRemoved, error) {
	event := "MeasurementRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterMeasurementRemoved)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the JobRouter contract.
type JobRouterOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const JobRouterOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (JobRouterOwnershipTransferStarted) ContractEventName() string {
	return JobRouterOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (jobRouter *JobRouter) UnpackOwnershipTransferStartedEvent(log *types.Log) (*JobRouterOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterOwnershipTransferred represents a OwnershipTransferred event raised by the JobRouter contract.
type JobRouterOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const JobRouterOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (JobRouterOwnershipTransferred) ContractEventName() string {
	return JobRouterOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (jobRouter *JobRouter) UnpackOwnershipTransferredEvent(log *types.Log) (*JobRouterOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterPolicySet represents a PolicySet event raised by the JobRouter contract.
type JobRouterPolicySet struct {
	ProgramId     [32]byte
	AuthorFee     *big.Int
	AllowlistOnly bool
	Raw           *types.Log // Blockchain specific contextual infos
}

const JobRouterPolicySetEventName = "PolicySet"

// ContractEventName returns the user-defined event name.
func (JobRouterPolicySet) ContractEventName() string {
	return JobRouterPolicySetEventName
}

// UnpackPolicySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PolicySet(bytes32 indexed programId, uint96 authorFee, bool allowlistOnly)
func (jobRouter *JobRouter) UnpackPolicySetEvent(log *types.Log) (*JobRouterPolicySet, error) {
	event := "PolicySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterPolicySet)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterProgramCreated represents a ProgramCreated event raised by the JobRouter contract.
type JobRouterProgramCreated struct {
	ProgramId [32]byte
	Author    common.Address
	NameHash  [32]byte
	Name      string
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRouterProgramCreatedEventName = "ProgramCreated"

// ContractEventName returns the user-defined event name.
func (JobRouterProgramCreated) ContractEventName() string {
	return JobRouterProgramCreatedEventName
}

// UnpackProgramCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProgramCreated(bytes32 indexed programId, address indexed author, bytes32 nameHash, string name)
func (jobRouter *JobRouter) UnpackProgramCreatedEvent(log *types.Log) (*JobRouterProgramCreated, error) {
	event := "ProgramCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterProgramCreated)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterProgramSecretsSet represents a ProgramSecretsSet event raised by the JobRouter contract.
type JobRouterProgramSecretsSet struct {
	ProgramId  [32]byte
	BundleHash [32]byte
	Cid        string
	Raw        *types.Log // Blockchain specific contextual infos
}

const JobRouterProgramSecretsSetEventName = "ProgramSecretsSet"

// ContractEventName returns the user-defined event name.
func (JobRouterProgramSecretsSet) ContractEventName() string {
	return JobRouterProgramSecretsSetEventName
}

// UnpackProgramSecretsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProgramSecretsSet(bytes32 indexed programId, bytes32 bundleHash, string cid)
func (jobRouter *JobRouter) UnpackProgramSecretsSetEvent(log *types.Log) (*JobRouterProgramSecretsSet, error) {
	event := "ProgramSecretsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterProgramSecretsSet)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterRegistrarSet represents a RegistrarSet event raised by the JobRouter contract.
type JobRouterRegistrarSet struct {
	Registrar common.Address
	Allowed   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRouterRegistrarSetEventName = "RegistrarSet"

// ContractEventName returns the user-defined event name.
func (JobRouterRegistrarSet) ContractEventName() string {
	return JobRouterRegistrarSetEventName
}

// UnpackRegistrarSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RegistrarSet(address indexed registrar, bool allowed)
func (jobRouter *JobRouter) UnpackRegistrarSetEvent(log *types.Log) (*JobRouterRegistrarSet, error) {
	event := "RegistrarSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterRegistrarSet)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterRegistrarsSwitchedOff represents a RegistrarsSwitchedOff event raised by the JobRouter contract.
type JobRouterRegistrarsSwitchedOff struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const JobRouterRegistrarsSwitchedOffEventName = "RegistrarsSwitchedOff"

// ContractEventName returns the user-defined event name.
func (JobRouterRegistrarsSwitchedOff) ContractEventName() string {
	return JobRouterRegistrarsSwitchedOffEventName
}

// UnpackRegistrarsSwitchedOffEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RegistrarsSwitchedOff()
func (jobRouter *JobRouter) UnpackRegistrarsSwitchedOffEvent(log *types.Log) (*JobRouterRegistrarsSwitchedOff, error) {
	event := "RegistrarsSwitchedOff"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterRegistrarsSwitchedOff)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterRequesterAllowed represents a RequesterAllowed event raised by the JobRouter contract.
type JobRouterRequesterAllowed struct {
	ProgramId [32]byte
	Requester common.Address
	Allowed   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRouterRequesterAllowedEventName = "RequesterAllowed"

// ContractEventName returns the user-defined event name.
func (JobRouterRequesterAllowed) ContractEventName() string {
	return JobRouterRequesterAllowedEventName
}

// UnpackRequesterAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequesterAllowed(bytes32 indexed programId, address indexed requester, bool allowed)
func (jobRouter *JobRouter) UnpackRequesterAllowedEvent(log *types.Log) (*JobRouterRequesterAllowed, error) {
	event := "RequesterAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterRequesterAllowed)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterSweepPending represents a SweepPending event raised by the JobRouter contract.
type JobRouterSweepPending struct {
	Key   [32]byte
	Next  *big.Int
	Total *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobRouterSweepPendingEventName = "SweepPending"

// ContractEventName returns the user-defined event name.
func (JobRouterSweepPending) ContractEventName() string {
	return JobRouterSweepPendingEventName
}

// UnpackSweepPendingEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SweepPending(bytes32 indexed key, uint256 next, uint256 total)
func (jobRouter *JobRouter) UnpackSweepPendingEvent(log *types.Log) (*JobRouterSweepPending, error) {
	event := "SweepPending"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterSweepPending)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterVersionPublished represents a VersionPublished event raised by the JobRouter contract.
type JobRouterVersionPublished struct {
	ProgramId [32]byte
	Version   uint32
	CodeHash  [32]byte
	Cid       string
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRouterVersionPublishedEventName = "VersionPublished"

// ContractEventName returns the user-defined event name.
func (JobRouterVersionPublished) ContractEventName() string {
	return JobRouterVersionPublishedEventName
}

// UnpackVersionPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionPublished(bytes32 indexed programId, uint32 indexed version, bytes32 codeHash, string cid)
func (jobRouter *JobRouter) UnpackVersionPublishedEvent(log *types.Log) (*JobRouterVersionPublished, error) {
	event := "VersionPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterVersionPublished)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterVersionsRetired represents a VersionsRetired event raised by the JobRouter contract.
type JobRouterVersionsRetired struct {
	ProgramId  [32]byte
	MinVersion uint32
	Raw        *types.Log // Blockchain specific contextual infos
}

const JobRouterVersionsRetiredEventName = "VersionsRetired"

// ContractEventName returns the user-defined event name.
func (JobRouterVersionsRetired) ContractEventName() string {
	return JobRouterVersionsRetiredEventName
}

// UnpackVersionsRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionsRetired(bytes32 indexed programId, uint32 minVersion)
func (jobRouter *JobRouter) UnpackVersionsRetiredEvent(log *types.Log) (*JobRouterVersionsRetired, error) {
	event := "VersionsRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterVersionsRetired)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobRouterWithdrawn represents a Withdrawn event raised by the JobRouter contract.
type JobRouterWithdrawn struct {
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobRouterWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (JobRouterWithdrawn) ContractEventName() string {
	return JobRouterWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address indexed to, uint256 amount)
func (jobRouter *JobRouter) UnpackWithdrawnEvent(log *types.Log) (*JobRouterWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRouterWithdrawn)
	if len(log.Data) > 0 {
		if err := jobRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (jobRouter *JobRouter) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["AdminNotContract"].ID.Bytes()[:4]) {
		return jobRouter.UnpackAdminNotContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["AttestationDisabled"].ID.Bytes()[:4]) {
		return jobRouter.UnpackAttestationDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["AuthorFeeTooHigh"].ID.Bytes()[:4]) {
		return jobRouter.UnpackAuthorFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return jobRouter.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["BadEncryptionKey"].ID.Bytes()[:4]) {
		return jobRouter.UnpackBadEncryptionKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["BadExpiry"].ID.Bytes()[:4]) {
		return jobRouter.UnpackBadExpiryError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["BadFleetKeySignature"].ID.Bytes()[:4]) {
		return jobRouter.UnpackBadFleetKeySignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["BadMinVersion"].ID.Bytes()[:4]) {
		return jobRouter.UnpackBadMinVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["BadName"].ID.Bytes()[:4]) {
		return jobRouter.UnpackBadNameError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["BadPayeeAuthorization"].ID.Bytes()[:4]) {
		return jobRouter.UnpackBadPayeeAuthorizationError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["BadSecretsRef"].ID.Bytes()[:4]) {
		return jobRouter.UnpackBadSecretsRefError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["BadVersion"].ID.Bytes()[:4]) {
		return jobRouter.UnpackBadVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["BadX25519Key"].ID.Bytes()[:4]) {
		return jobRouter.UnpackBadX25519KeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["BadXWingKeyLength"].ID.Bytes()[:4]) {
		return jobRouter.UnpackBadXWingKeyLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["CallbackGasTooHigh"].ID.Bytes()[:4]) {
		return jobRouter.UnpackCallbackGasTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["CannotRetireCurrentEpoch"].ID.Bytes()[:4]) {
		return jobRouter.UnpackCannotRetireCurrentEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["EnclaveIsRevoked"].ID.Bytes()[:4]) {
		return jobRouter.UnpackEnclaveIsRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["EpochKeysAlreadySet"].ID.Bytes()[:4]) {
		return jobRouter.UnpackEpochKeysAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["EpochNotPending"].ID.Bytes()[:4]) {
		return jobRouter.UnpackEpochNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["EpochNotRetirable"].ID.Bytes()[:4]) {
		return jobRouter.UnpackEpochNotRetirableError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["FeeBelowFloor"].ID.Bytes()[:4]) {
		return jobRouter.UnpackFeeBelowFloorError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return jobRouter.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["FeesNotDue"].ID.Bytes()[:4]) {
		return jobRouter.UnpackFeesNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["FleetIdMismatch"].ID.Bytes()[:4]) {
		return jobRouter.UnpackFleetIdMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["FleetKeySignerInactive"].ID.Bytes()[:4]) {
		return jobRouter.UnpackFleetKeySignerInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["FleetKeySignerSimulated"].ID.Bytes()[:4]) {
		return jobRouter.UnpackFleetKeySignerSimulatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["FulfillmentRefused"].ID.Bytes()[:4]) {
		return jobRouter.UnpackFulfillmentRefusedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["InputTooLarge"].ID.Bytes()[:4]) {
		return jobRouter.UnpackInputTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["InsufficientGasForCallback"].ID.Bytes()[:4]) {
		return jobRouter.UnpackInsufficientGasForCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["JobNonceExhausted"].ID.Bytes()[:4]) {
		return jobRouter.UnpackJobNonceExhaustedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["MeasurementNotAllowed"].ID.Bytes()[:4]) {
		return jobRouter.UnpackMeasurementNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["MrEnclaveDenied"].ID.Bytes()[:4]) {
		return jobRouter.UnpackMrEnclaveDeniedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["NoEarnings"].ID.Bytes()[:4]) {
		return jobRouter.UnpackNoEarningsError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["NotAttested"].ID.Bytes()[:4]) {
		return jobRouter.UnpackNotAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["NotAuthor"].ID.Bytes()[:4]) {
		return jobRouter.UnpackNotAuthorError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["NotDelegated"].ID.Bytes()[:4]) {
		return jobRouter.UnpackNotDelegatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["NotExpired"].ID.Bytes()[:4]) {
		return jobRouter.UnpackNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return jobRouter.UnpackNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["NothingToPay"].ID.Bytes()[:4]) {
		return jobRouter.UnpackNothingToPayError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return jobRouter.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["Paused"].ID.Bytes()[:4]) {
		return jobRouter.UnpackPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["ProgramExists"].ID.Bytes()[:4]) {
		return jobRouter.UnpackProgramExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["RegistrarsDisabled"].ID.Bytes()[:4]) {
		return jobRouter.UnpackRegistrarsDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["RequesterNotAllowed"].ID.Bytes()[:4]) {
		return jobRouter.UnpackRequesterNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["RotationPending"].ID.Bytes()[:4]) {
		return jobRouter.UnpackRotationPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["SimulationNotAllowed"].ID.Bytes()[:4]) {
		return jobRouter.UnpackSimulationNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["TcbStillAccepted"].ID.Bytes()[:4]) {
		return jobRouter.UnpackTcbStillAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return jobRouter.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["TtlOutOfRange"].ID.Bytes()[:4]) {
		return jobRouter.UnpackTtlOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return jobRouter.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["UnknownEnclave"].ID.Bytes()[:4]) {
		return jobRouter.UnpackUnknownEnclaveError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["UnknownJob"].ID.Bytes()[:4]) {
		return jobRouter.UnpackUnknownJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["UnknownMeasurement"].ID.Bytes()[:4]) {
		return jobRouter.UnpackUnknownMeasurementError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["UnknownProgram"].ID.Bytes()[:4]) {
		return jobRouter.UnpackUnknownProgramError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["VersionUnavailable"].ID.Bytes()[:4]) {
		return jobRouter.UnpackVersionUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["XWingKeyStoreFailed"].ID.Bytes()[:4]) {
		return jobRouter.UnpackXWingKeyStoreFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return jobRouter.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// JobRouterAdminNotContract represents a AdminNotContract error raised by the JobRouter contract.
type JobRouterAdminNotContract struct {
	Admin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AdminNotContract(address admin)
func JobRouterAdminNotContractErrorID() common.Hash {
	return common.HexToHash("0x851d68148a455150f847c9355914c4f4681c8c1f9d2641e2d6f7260e4843fb55")
}

// UnpackAdminNotContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AdminNotContract(address admin)
func (jobRouter *JobRouter) UnpackAdminNotContractError(raw []byte) (*JobRouterAdminNotContract, error) {
	out := new(JobRouterAdminNotContract)
	if err := jobRouter.abi.UnpackIntoInterface(out, "AdminNotContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAttestationDisabled represents a AttestationDisabled error raised by the JobRouter contract.
type JobRouterAttestationDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationDisabled()
func JobRouterAttestationDisabledErrorID() common.Hash {
	return common.HexToHash("0xc08797638d9553e04a62b1e4086f6a9b33119790812058410370f3897377c141")
}

// UnpackAttestationDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationDisabled()
func (jobRouter *JobRouter) UnpackAttestationDisabledError(raw []byte) (*JobRouterAttestationDisabled, error) {
	out := new(JobRouterAttestationDisabled)
	if err := jobRouter.abi.UnpackIntoInterface(out, "AttestationDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAuthorFeeTooHigh represents a AuthorFeeTooHigh error raised by the JobRouter contract.
type JobRouterAuthorFeeTooHigh struct {
	AuthorFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuthorFeeTooHigh(uint96 authorFee)
func JobRouterAuthorFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0xa24cc14b29adcf79ef0a3b8f07a051f6e53efdc0bccd76cf473556b227cecc71")
}

// UnpackAuthorFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuthorFeeTooHigh(uint96 authorFee)
func (jobRouter *JobRouter) UnpackAuthorFeeTooHighError(raw []byte) (*JobRouterAuthorFeeTooHigh, error) {
	out := new(JobRouterAuthorFeeTooHigh)
	if err := jobRouter.abi.UnpackIntoInterface(out, "AuthorFeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterBadConfig represents a BadConfig error raised by the JobRouter contract.
type JobRouterBadConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig()
func JobRouterBadConfigErrorID() common.Hash {
	return common.HexToHash("0x07cc321ce71a3eebb30014b3b8f136f5e867b17e2b76292bf086143aa7c7b50c")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig()
func (jobRouter *JobRouter) UnpackBadConfigError(raw []byte) (*JobRouterBadConfig, error) {
	out := new(JobRouterBadConfig)
	if err := jobRouter.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterBadEncryptionKey represents a BadEncryptionKey error raised by the JobRouter contract.
type JobRouterBadEncryptionKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadEncryptionKey()
func JobRouterBadEncryptionKeyErrorID() common.Hash {
	return common.HexToHash("0x2745caee85c87c7bf8bd5a486f4ef0eb7e7c3b7aab097e19c662cb19456f7a47")
}

// UnpackBadEncryptionKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadEncryptionKey()
func (jobRouter *JobRouter) UnpackBadEncryptionKeyError(raw []byte) (*JobRouterBadEncryptionKey, error) {
	out := new(JobRouterBadEncryptionKey)
	if err := jobRouter.abi.UnpackIntoInterface(out, "BadEncryptionKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterBadExpiry represents a BadExpiry error raised by the JobRouter contract.
type JobRouterBadExpiry struct {
	ExpiresAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadExpiry(uint40 expiresAt)
func JobRouterBadExpiryErrorID() common.Hash {
	return common.HexToHash("0xf0b8ebee7ad8316c7aafdcdf2ee9f1566f113e66f87689bc5b6c4d65a2009ab3")
}

// UnpackBadExpiryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadExpiry(uint40 expiresAt)
func (jobRouter *JobRouter) UnpackBadExpiryError(raw []byte) (*JobRouterBadExpiry, error) {
	out := new(JobRouterBadExpiry)
	if err := jobRouter.abi.UnpackIntoInterface(out, "BadExpiry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterBadFleetKeySignature represents a BadFleetKeySignature error raised by the JobRouter contract.
type JobRouterBadFleetKeySignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadFleetKeySignature()
func JobRouterBadFleetKeySignatureErrorID() common.Hash {
	return common.HexToHash("0xfee01fd088053f1b65cc09e006a4f21a45de54729bdb5fb120a271e99df502e6")
}

// UnpackBadFleetKeySignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadFleetKeySignature()
func (jobRouter *JobRouter) UnpackBadFleetKeySignatureError(raw []byte) (*JobRouterBadFleetKeySignature, error) {
	out := new(JobRouterBadFleetKeySignature)
	if err := jobRouter.abi.UnpackIntoInterface(out, "BadFleetKeySignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterBadMinVersion represents a BadMinVersion error raised by the JobRouter contract.
type JobRouterBadMinVersion struct {
	MinVersion uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadMinVersion(uint32 minVersion)
func JobRouterBadMinVersionErrorID() common.Hash {
	return common.HexToHash("0xfb14ea91f4663f947d3b822694923a3c827617ff30fa47f4feea82b790c0d0b3")
}

// UnpackBadMinVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadMinVersion(uint32 minVersion)
func (jobRouter *JobRouter) UnpackBadMinVersionError(raw []byte) (*JobRouterBadMinVersion, error) {
	out := new(JobRouterBadMinVersion)
	if err := jobRouter.abi.UnpackIntoInterface(out, "BadMinVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterBadName represents a BadName error raised by the JobRouter contract.
type JobRouterBadName struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadName()
func JobRouterBadNameErrorID() common.Hash {
	return common.HexToHash("0x153736cdc513f7b7c5a7b4bce0c42036e1e7c69bb09e8a4356571ad5f4c69737")
}

// UnpackBadNameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadName()
func (jobRouter *JobRouter) UnpackBadNameError(raw []byte) (*JobRouterBadName, error) {
	out := new(JobRouterBadName)
	if err := jobRouter.abi.UnpackIntoInterface(out, "BadName", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterBadPayeeAuthorization represents a BadPayeeAuthorization error raised by the JobRouter contract.
type JobRouterBadPayeeAuthorization struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPayeeAuthorization(address signer)
func JobRouterBadPayeeAuthorizationErrorID() common.Hash {
	return common.HexToHash("0x1c212328d68f299905634e0e9ae25cad947a8ad65ff9a5a8637af69e143d3821")
}

// UnpackBadPayeeAuthorizationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPayeeAuthorization(address signer)
func (jobRouter *JobRouter) UnpackBadPayeeAuthorizationError(raw []byte) (*JobRouterBadPayeeAuthorization, error) {
	out := new(JobRouterBadPayeeAuthorization)
	if err := jobRouter.abi.UnpackIntoInterface(out, "BadPayeeAuthorization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterBadSecretsRef represents a BadSecretsRef error raised by the JobRouter contract.
type JobRouterBadSecretsRef struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSecretsRef()
func JobRouterBadSecretsRefErrorID() common.Hash {
	return common.HexToHash("0x25935a3da35d0abc161c4acdac60ba0d96185f67e10eda854a67bcaffde4cfcd")
}

// UnpackBadSecretsRefError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSecretsRef()
func (jobRouter *JobRouter) UnpackBadSecretsRefError(raw []byte) (*JobRouterBadSecretsRef, error) {
	out := new(JobRouterBadSecretsRef)
	if err := jobRouter.abi.UnpackIntoInterface(out, "BadSecretsRef", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterBadVersion represents a BadVersion error raised by the JobRouter contract.
type JobRouterBadVersion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadVersion()
func JobRouterBadVersionErrorID() common.Hash {
	return common.HexToHash("0xcead342907aa4fbe38e3614a21d3e2a00b6f9e82eecab2e7ccb82ce41d94a9e6")
}

// UnpackBadVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadVersion()
func (jobRouter *JobRouter) UnpackBadVersionError(raw []byte) (*JobRouterBadVersion, error) {
	out := new(JobRouterBadVersion)
	if err := jobRouter.abi.UnpackIntoInterface(out, "BadVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterBadX25519Key represents a BadX25519Key error raised by the JobRouter contract.
type JobRouterBadX25519Key struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadX25519Key()
func JobRouterBadX25519KeyErrorID() common.Hash {
	return common.HexToHash("0x02f72ecd5e6ded27c1dc7c29584dbe023f028b6d78bf19c19a14f278b90bb48d")
}

// UnpackBadX25519KeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadX25519Key()
func (jobRouter *JobRouter) UnpackBadX25519KeyError(raw []byte) (*JobRouterBadX25519Key, error) {
	out := new(JobRouterBadX25519Key)
	if err := jobRouter.abi.UnpackIntoInterface(out, "BadX25519Key", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterBadXWingKeyLength represents a BadXWingKeyLength error raised by the JobRouter contract.
type JobRouterBadXWingKeyLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadXWingKeyLength(uint256 length)
func JobRouterBadXWingKeyLengthErrorID() common.Hash {
	return common.HexToHash("0x137c136330005c582103767f76d4025b2c27872cc19340ce408d65b366d37a43")
}

// UnpackBadXWingKeyLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadXWingKeyLength(uint256 length)
func (jobRouter *JobRouter) UnpackBadXWingKeyLengthError(raw []byte) (*JobRouterBadXWingKeyLength, error) {
	out := new(JobRouterBadXWingKeyLength)
	if err := jobRouter.abi.UnpackIntoInterface(out, "BadXWingKeyLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterCallbackGasTooHigh represents a CallbackGasTooHigh error raised by the JobRouter contract.
type JobRouterCallbackGasTooHigh struct {
	GasLimit *big.Int
	Max      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackGasTooHigh(uint256 gasLimit, uint256 max)
func JobRouterCallbackGasTooHighErrorID() common.Hash {
	return common.HexToHash("0x924121a79ccdfcb86f644c91c8bdc65b88f1c7a9d8fbb580e2bb765b81ba1b8b")
}

// UnpackCallbackGasTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackGasTooHigh(uint256 gasLimit, uint256 max)
func (jobRouter *JobRouter) UnpackCallbackGasTooHighError(raw []byte) (*JobRouterCallbackGasTooHigh, error) {
	out := new(JobRouterCallbackGasTooHigh)
	if err := jobRouter.abi.UnpackIntoInterface(out, "CallbackGasTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterCannotRetireCurrentEpoch represents a CannotRetireCurrentEpoch error raised by the JobRouter contract.
type JobRouterCannotRetireCurrentEpoch struct {
	Epoch uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotRetireCurrentEpoch(uint32 epoch)
func JobRouterCannotRetireCurrentEpochErrorID() common.Hash {
	return common.HexToHash("0x9c47a9eff6a2b18405195a2ad4d2c330182611423df1ea6592ed4a25d86c37fb")
}

// UnpackCannotRetireCurrentEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotRetireCurrentEpoch(uint32 epoch)
func (jobRouter *JobRouter) UnpackCannotRetireCurrentEpochError(raw []byte) (*JobRouterCannotRetireCurrentEpoch, error) {
	out := new(JobRouterCannotRetireCurrentEpoch)
	if err := jobRouter.abi.UnpackIntoInterface(out, "CannotRetireCurrentEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterEnclaveIsRevoked represents a EnclaveIsRevoked error raised by the JobRouter contract.
type JobRouterEnclaveIsRevoked struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveIsRevoked(address signer)
func JobRouterEnclaveIsRevokedErrorID() common.Hash {
	return common.HexToHash("0xf1c2c94ffb53cda5eaecbdc1216ff821ad6b4f049f5f2a4885afd8e57f336f0f")
}

// UnpackEnclaveIsRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveIsRevoked(address signer)
func (jobRouter *JobRouter) UnpackEnclaveIsRevokedError(raw []byte) (*JobRouterEnclaveIsRevoked, error) {
	out := new(JobRouterEnclaveIsRevoked)
	if err := jobRouter.abi.UnpackIntoInterface(out, "EnclaveIsRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterEpochKeysAlreadySet represents a EpochKeysAlreadySet error raised by the JobRouter contract.
type JobRouterEpochKeysAlreadySet struct {
	Epoch uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochKeysAlreadySet(uint32 epoch)
func JobRouterEpochKeysAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xa5969faf40e4269ddc6ee4153a42ddfde713c0f12b1a03aa33eff1bae728df7a")
}

// UnpackEpochKeysAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochKeysAlreadySet(uint32 epoch)
func (jobRouter *JobRouter) UnpackEpochKeysAlreadySetError(raw []byte) (*JobRouterEpochKeysAlreadySet, error) {
	out := new(JobRouterEpochKeysAlreadySet)
	if err := jobRouter.abi.UnpackIntoInterface(out, "EpochKeysAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterEpochNotPending represents a EpochNotPending error raised by the JobRouter contract.
type JobRouterEpochNotPending struct {
	Epoch   uint32
	Pending uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotPending(uint32 epoch, uint32 pending)
func JobRouterEpochNotPendingErrorID() common.Hash {
	return common.HexToHash("0x5e3f9b45ec330c3d6df1466d4ec01bf40d9ee8869ac8b12c2022a47f3dca087b")
}

// UnpackEpochNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotPending(uint32 epoch, uint32 pending)
func (jobRouter *JobRouter) UnpackEpochNotPendingError(raw []byte) (*JobRouterEpochNotPending, error) {
	out := new(JobRouterEpochNotPending)
	if err := jobRouter.abi.UnpackIntoInterface(out, "EpochNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterEpochNotRetirable represents a EpochNotRetirable error raised by the JobRouter contract.
type JobRouterEpochNotRetirable struct {
	Epoch  uint32
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotRetirable(uint32 epoch, uint8 status)
func JobRouterEpochNotRetirableErrorID() common.Hash {
	return common.HexToHash("0x0fb854dcc33c56ec6c008e7d51687f6fe6d23b7c87ae23ef06cce53bf3a0f302")
}

// UnpackEpochNotRetirableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotRetirable(uint32 epoch, uint8 status)
func (jobRouter *JobRouter) UnpackEpochNotRetirableError(raw []byte) (*JobRouterEpochNotRetirable, error) {
	out := new(JobRouterEpochNotRetirable)
	if err := jobRouter.abi.UnpackIntoInterface(out, "EpochNotRetirable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterFeeBelowFloor represents a FeeBelowFloor error raised by the JobRouter contract.
type JobRouterFeeBelowFloor struct {
	Fee   *big.Int
	Floor *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeBelowFloor(uint256 fee, uint256 floor)
func JobRouterFeeBelowFloorErrorID() common.Hash {
	return common.HexToHash("0x507db7251c741e0a8e9453947352575d1c4db247792f8b9bbec8a4a417b9eff0")
}

// UnpackFeeBelowFloorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeBelowFloor(uint256 fee, uint256 floor)
func (jobRouter *JobRouter) UnpackFeeBelowFloorError(raw []byte) (*JobRouterFeeBelowFloor, error) {
	out := new(JobRouterFeeBelowFloor)
	if err := jobRouter.abi.UnpackIntoInterface(out, "FeeBelowFloor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterFeeTooHigh represents a FeeTooHigh error raised by the JobRouter contract.
type JobRouterFeeTooHigh struct {
	Fee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint256 fee)
func JobRouterFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x7b9314203a3b3ff62160a372518d07bc82a41321a06443b2fb210b880301fa53")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint256 fee)
func (jobRouter *JobRouter) UnpackFeeTooHighError(raw []byte) (*JobRouterFeeTooHigh, error) {
	out := new(JobRouterFeeTooHigh)
	if err := jobRouter.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterFeesNotDue represents a FeesNotDue error raised by the JobRouter contract.
type JobRouterFeesNotDue struct {
	EffectiveAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeesNotDue(uint40 effectiveAt)
func JobRouterFeesNotDueErrorID() common.Hash {
	return common.HexToHash("0xd7057983dd2c744b86938a228dd267b693830bff722dc36065e3de7229419b71")
}

// UnpackFeesNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeesNotDue(uint40 effectiveAt)
func (jobRouter *JobRouter) UnpackFeesNotDueError(raw []byte) (*JobRouterFeesNotDue, error) {
	out := new(JobRouterFeesNotDue)
	if err := jobRouter.abi.UnpackIntoInterface(out, "FeesNotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterFleetIdMismatch represents a FleetIdMismatch error raised by the JobRouter contract.
type JobRouterFleetIdMismatch struct {
	FleetId  [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FleetIdMismatch(bytes32 fleetId, bytes32 expected)
func JobRouterFleetIdMismatchErrorID() common.Hash {
	return common.HexToHash("0xa21a3f36e114029e3d6eb0c425b84f0e3f7d46d057fac134714adabe21ba18c8")
}

// UnpackFleetIdMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FleetIdMismatch(bytes32 fleetId, bytes32 expected)
func (jobRouter *JobRouter) UnpackFleetIdMismatchError(raw []byte) (*JobRouterFleetIdMismatch, error) {
	out := new(JobRouterFleetIdMismatch)
	if err := jobRouter.abi.UnpackIntoInterface(out, "FleetIdMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterFleetKeySignerInactive represents a FleetKeySignerInactive error raised by the JobRouter contract.
type JobRouterFleetKeySignerInactive struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FleetKeySignerInactive(address signer)
func JobRouterFleetKeySignerInactiveErrorID() common.Hash {
	return common.HexToHash("0xea1075c96aa587f9ab446820fa7ddc26002f7cabd1b0638bb818d8addf6c5da4")
}

// UnpackFleetKeySignerInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FleetKeySignerInactive(address signer)
func (jobRouter *JobRouter) UnpackFleetKeySignerInactiveError(raw []byte) (*JobRouterFleetKeySignerInactive, error) {
	out := new(JobRouterFleetKeySignerInactive)
	if err := jobRouter.abi.UnpackIntoInterface(out, "FleetKeySignerInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterFleetKeySignerSimulated represents a FleetKeySignerSimulated error raised by the JobRouter contract.
type JobRouterFleetKeySignerSimulated struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FleetKeySignerSimulated(address signer)
func JobRouterFleetKeySignerSimulatedErrorID() common.Hash {
	return common.HexToHash("0x39e9171164d0835295a86013ea6482f9f3c2c6c5740df3bb35b4b15ec63b9777")
}

// UnpackFleetKeySignerSimulatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FleetKeySignerSimulated(address signer)
func (jobRouter *JobRouter) UnpackFleetKeySignerSimulatedError(raw []byte) (*JobRouterFleetKeySignerSimulated, error) {
	out := new(JobRouterFleetKeySignerSimulated)
	if err := jobRouter.abi.UnpackIntoInterface(out, "FleetKeySignerSimulated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterFulfillmentRefused represents a FulfillmentRefused error raised by the JobRouter contract.
type JobRouterFulfillmentRefused struct {
	JobId  [32]byte
	Reason uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FulfillmentRefused(bytes32 jobId, uint8 reason)
func JobRouterFulfillmentRefusedErrorID() common.Hash {
	return common.HexToHash("0xa12e140fd696b4eb688434ddb1b06602c5c821c47cbfc19e654cbd855b6d922f")
}

// UnpackFulfillmentRefusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FulfillmentRefused(bytes32 jobId, uint8 reason)
func (jobRouter *JobRouter) UnpackFulfillmentRefusedError(raw []byte) (*JobRouterFulfillmentRefused, error) {
	out := new(JobRouterFulfillmentRefused)
	if err := jobRouter.abi.UnpackIntoInterface(out, "FulfillmentRefused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterInputTooLarge represents a InputTooLarge error raised by the JobRouter contract.
type JobRouterInputTooLarge struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputTooLarge(uint256 length, uint256 max)
func JobRouterInputTooLargeErrorID() common.Hash {
	return common.HexToHash("0x1a4f046435e3684e38df9bcf6a399705c821c166d600ebd993b53b5abcdf9756")
}

// UnpackInputTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputTooLarge(uint256 length, uint256 max)
func (jobRouter *JobRouter) UnpackInputTooLargeError(raw []byte) (*JobRouterInputTooLarge, error) {
	out := new(JobRouterInputTooLarge)
	if err := jobRouter.abi.UnpackIntoInterface(out, "InputTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterInsufficientGasForCallback represents a InsufficientGasForCallback error raised by the JobRouter contract.
type JobRouterInsufficientGasForCallback struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGasForCallback(bytes32 jobId)
func JobRouterInsufficientGasForCallbackErrorID() common.Hash {
	return common.HexToHash("0x3b30a474a9c62b452b229bf62893fa1d674840862377b2258c933ee52b48675f")
}

// UnpackInsufficientGasForCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGasForCallback(bytes32 jobId)
func (jobRouter *JobRouter) UnpackInsufficientGasForCallbackError(raw []byte) (*JobRouterInsufficientGasForCallback, error) {
	out := new(JobRouterInsufficientGasForCallback)
	if err := jobRouter.abi.UnpackIntoInterface(out, "InsufficientGasForCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterJobNonceExhausted represents a JobNonceExhausted error raised by the JobRouter contract.
type JobRouterJobNonceExhausted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNonceExhausted()
func JobRouterJobNonceExhaustedErrorID() common.Hash {
	return common.HexToHash("0x478af0d03659bcc37e98787a05bfe7fda7a2cc9546c2c618e73767d1233d25b7")
}

// UnpackJobNonceExhaustedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNonceExhausted()
func (jobRouter *JobRouter) UnpackJobNonceExhaustedError(raw []byte) (*JobRouterJobNonceExhausted, error) {
	out := new(JobRouterJobNonceExhausted)
	if err := jobRouter.abi.UnpackIntoInterface(out, "JobNonceExhausted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterMeasurementNotAllowed represents a MeasurementNotAllowed error raised by the JobRouter contract.
type JobRouterMeasurementNotAllowed struct {
	MrEnclave [32]byte
	MrSigner  [32]byte
	ProductId uint16
	Svn       uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MeasurementNotAllowed(bytes32 mrEnclave, bytes32 mrSigner, uint16 productId, uint16 svn)
func JobRouterMeasurementNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x98726b0c0c1e6b236b8b10e240e0e7d034b1f734d3a7fa628682912b75eae563")
}

// UnpackMeasurementNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MeasurementNotAllowed(bytes32 mrEnclave, bytes32 mrSigner, uint16 productId, uint16 svn)
func (jobRouter *JobRouter) UnpackMeasurementNotAllowedError(raw []byte) (*JobRouterMeasurementNotAllowed, error) {
	out := new(JobRouterMeasurementNotAllowed)
	if err := jobRouter.abi.UnpackIntoInterface(out, "MeasurementNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterMrEnclaveDenied represents a MrEnclaveDenied error raised by the JobRouter contract.
type JobRouterMrEnclaveDenied struct {
	MrEnclave [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MrEnclaveDenied(bytes32 mrEnclave)
func JobRouterMrEnclaveDeniedErrorID() common.Hash {
	return common.HexToHash("0xda33f0d88c7401086be4de6d0af208a456a0ef701b7b8d5b3475237a8c691525")
}

// UnpackMrEnclaveDeniedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MrEnclaveDenied(bytes32 mrEnclave)
func (jobRouter *JobRouter) UnpackMrEnclaveDeniedError(raw []byte) (*JobRouterMrEnclaveDenied, error) {
	out := new(JobRouterMrEnclaveDenied)
	if err := jobRouter.abi.UnpackIntoInterface(out, "MrEnclaveDenied", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterNoEarnings represents a NoEarnings error raised by the JobRouter contract.
type JobRouterNoEarnings struct {
	ProgramId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoEarnings(bytes32 programId)
func JobRouterNoEarningsErrorID() common.Hash {
	return common.HexToHash("0xea4928e4838fb8d0f4117034d8527074b853de9824cb31e52b1d3814fc10e03f")
}

// UnpackNoEarningsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoEarnings(bytes32 programId)
func (jobRouter *JobRouter) UnpackNoEarningsError(raw []byte) (*JobRouterNoEarnings, error) {
	out := new(JobRouterNoEarnings)
	if err := jobRouter.abi.UnpackIntoInterface(out, "NoEarnings", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterNotAttested represents a NotAttested error raised by the JobRouter contract.
type JobRouterNotAttested struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAttested(address signer)
func JobRouterNotAttestedErrorID() common.Hash {
	return common.HexToHash("0x7ca8736113091f9446ff6438d02db72e029588f05a04c4276fd8976b279c44ea")
}

// UnpackNotAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAttested(address signer)
func (jobRouter *JobRouter) UnpackNotAttestedError(raw []byte) (*JobRouterNotAttested, error) {
	out := new(JobRouterNotAttested)
	if err := jobRouter.abi.UnpackIntoInterface(out, "NotAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterNotAuthor represents a NotAuthor error raised by the JobRouter contract.
type JobRouterNotAuthor struct {
	ProgramId [32]byte
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAuthor(bytes32 programId, address caller)
func JobRouterNotAuthorErrorID() common.Hash {
	return common.HexToHash("0x0ff7175745c2a58e667c937f56b771d4d802f148538b19b36dca737c4f947912")
}

// UnpackNotAuthorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAuthor(bytes32 programId, address caller)
func (jobRouter *JobRouter) UnpackNotAuthorError(raw []byte) (*JobRouterNotAuthor, error) {
	out := new(JobRouterNotAuthor)
	if err := jobRouter.abi.UnpackIntoInterface(out, "NotAuthor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterNotDelegated represents a NotDelegated error raised by the JobRouter contract.
type JobRouterNotDelegated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDelegated()
func JobRouterNotDelegatedErrorID() common.Hash {
	return common.HexToHash("0x9ccd6d765a710fd680d347153286cdb7a60331f3ffa08d6d8f39a8f309e618f5")
}

// UnpackNotDelegatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDelegated()
func (jobRouter *JobRouter) UnpackNotDelegatedError(raw []byte) (*JobRouterNotDelegated, error) {
	out := new(JobRouterNotDelegated)
	if err := jobRouter.abi.UnpackIntoInterface(out, "NotDelegated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterNotExpired represents a NotExpired error raised by the JobRouter contract.
type JobRouterNotExpired struct {
	JobId    [32]byte
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExpired(bytes32 jobId, uint256 deadline)
func JobRouterNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x8c5092411efc222b4c437a8a0d9497a29a95cd52edbffdb2ef8825b642526e0e")
}

// UnpackNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExpired(bytes32 jobId, uint256 deadline)
func (jobRouter *JobRouter) UnpackNotExpiredError(raw []byte) (*JobRouterNotExpired, error) {
	out := new(JobRouterNotExpired)
	if err := jobRouter.abi.UnpackIntoInterface(out, "NotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterNotRequester represents a NotRequester error raised by the JobRouter contract.
type JobRouterNotRequester struct {
	JobId  [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(bytes32 jobId, address caller)
func JobRouterNotRequesterErrorID() common.Hash {
	return common.HexToHash("0xada9265355a388e8b54b75923bac49d7e900d570feba64605200e9889f820f5c")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(bytes32 jobId, address caller)
func (jobRouter *JobRouter) UnpackNotRequesterError(raw []byte) (*JobRouterNotRequester, error) {
	out := new(JobRouterNotRequester)
	if err := jobRouter.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterNothingToPay represents a NothingToPay error raised by the JobRouter contract.
type JobRouterNothingToPay struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToPay(address signer)
func JobRouterNothingToPayErrorID() common.Hash {
	return common.HexToHash("0xbd6f331f1c9a18a693671e0f94d28806fc2e719421eb07d6536797cf64f5e8b0")
}

// UnpackNothingToPayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToPay(address signer)
func (jobRouter *JobRouter) UnpackNothingToPayError(raw []byte) (*JobRouterNothingToPay, error) {
	out := new(JobRouterNothingToPay)
	if err := jobRouter.abi.UnpackIntoInterface(out, "NothingToPay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterNothingToWithdraw represents a NothingToWithdraw error raised by the JobRouter contract.
type JobRouterNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func JobRouterNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (jobRouter *JobRouter) UnpackNothingToWithdrawError(raw []byte) (*JobRouterNothingToWithdraw, error) {
	out := new(JobRouterNothingToWithdraw)
	if err := jobRouter.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterPaused represents a Paused error raised by the JobRouter contract.
type JobRouterPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Paused()
func JobRouterPausedErrorID() common.Hash {
	return common.HexToHash("0x9e87fac88ff661f02d44f95383c817fece4bce600a3dab7a54406878b965e752")
}

// UnpackPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Paused()
func (jobRouter *JobRouter) UnpackPausedError(raw []byte) (*JobRouterPaused, error) {
	out := new(JobRouterPaused)
	if err := jobRouter.abi.UnpackIntoInterface(out, "Paused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterProgramExists represents a ProgramExists error raised by the JobRouter contract.
type JobRouterProgramExists struct {
	ProgramId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProgramExists(bytes32 programId)
func JobRouterProgramExistsErrorID() common.Hash {
	return common.HexToHash("0xf0509a6e9d8b4e6dbb9d4e8153bdec950ec2658d90d5437e316285b6a5a6c0f5")
}

// UnpackProgramExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProgramExists(bytes32 programId)
func (jobRouter *JobRouter) UnpackProgramExistsError(raw []byte) (*JobRouterProgramExists, error) {
	out := new(JobRouterProgramExists)
	if err := jobRouter.abi.UnpackIntoInterface(out, "ProgramExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterRegistrarsDisabled represents a RegistrarsDisabled error raised by the JobRouter contract.
type JobRouterRegistrarsDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistrarsDisabled()
func JobRouterRegistrarsDisabledErrorID() common.Hash {
	return common.HexToHash("0x8ce1ec2a97a1ac4fd4cad20d8c786b2a3b2302a2b76182c55e882112d0ac606d")
}

// UnpackRegistrarsDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistrarsDisabled()
func (jobRouter *JobRouter) UnpackRegistrarsDisabledError(raw []byte) (*JobRouterRegistrarsDisabled, error) {
	out := new(JobRouterRegistrarsDisabled)
	if err := jobRouter.abi.UnpackIntoInterface(out, "RegistrarsDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterRequesterNotAllowed represents a RequesterNotAllowed error raised by the JobRouter contract.
type JobRouterRequesterNotAllowed struct {
	ProgramId [32]byte
	Requester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequesterNotAllowed(bytes32 programId, address requester)
func JobRouterRequesterNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x6e34eeb054cdd0207b29739bfa0d9a83cc34b3fd4e58ce3f61c5ee9472da3b50")
}

// UnpackRequesterNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequesterNotAllowed(bytes32 programId, address requester)
func (jobRouter *JobRouter) UnpackRequesterNotAllowedError(raw []byte) (*JobRouterRequesterNotAllowed, error) {
	out := new(JobRouterRequesterNotAllowed)
	if err := jobRouter.abi.UnpackIntoInterface(out, "RequesterNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterRotationPending represents a RotationPending error raised by the JobRouter contract.
type JobRouterRotationPending struct {
	Pending uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RotationPending(uint32 pending)
func JobRouterRotationPendingErrorID() common.Hash {
	return common.HexToHash("0x5909a1a051341335c8f2caa75201d4e9ab0f892aecee6ada4760f31f4103dfab")
}

// UnpackRotationPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RotationPending(uint32 pending)
func (jobRouter *JobRouter) UnpackRotationPendingError(raw []byte) (*JobRouterRotationPending, error) {
	out := new(JobRouterRotationPending)
	if err := jobRouter.abi.UnpackIntoInterface(out, "RotationPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterSimulationNotAllowed represents a SimulationNotAllowed error raised by the JobRouter contract.
type JobRouterSimulationNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SimulationNotAllowed()
func JobRouterSimulationNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x67480b230f9ba29aa682ec054ddb6965e10dd09bfce23612f86605ce87abcc7f")
}

// UnpackSimulationNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SimulationNotAllowed()
func (jobRouter *JobRouter) UnpackSimulationNotAllowedError(raw []byte) (*JobRouterSimulationNotAllowed, error) {
	out := new(JobRouterSimulationNotAllowed)
	if err := jobRouter.abi.UnpackIntoInterface(out, "SimulationNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterTcbStillAccepted represents a TcbStillAccepted error raised by the JobRouter contract.
type JobRouterTcbStillAccepted struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TcbStillAccepted(address signer)
func JobRouterTcbStillAcceptedErrorID() common.Hash {
	return common.HexToHash("0x4aec22eb021aa751b09666c699a4fbc61d70f4561109fa717344f607895e2bd7")
}

// UnpackTcbStillAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TcbStillAccepted(address signer)
func (jobRouter *JobRouter) UnpackTcbStillAcceptedError(raw []byte) (*JobRouterTcbStillAccepted, error) {
	out := new(JobRouterTcbStillAccepted)
	if err := jobRouter.abi.UnpackIntoInterface(out, "TcbStillAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterTransferFailed represents a TransferFailed error raised by the JobRouter contract.
type JobRouterTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func JobRouterTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (jobRouter *JobRouter) UnpackTransferFailedError(raw []byte) (*JobRouterTransferFailed, error) {
	out := new(JobRouterTransferFailed)
	if err := jobRouter.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterTtlOutOfRange represents a TtlOutOfRange error raised by the JobRouter contract.
type JobRouterTtlOutOfRange struct {
	Ttl *big.Int
	Min *big.Int
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TtlOutOfRange(uint256 ttl, uint256 min, uint256 max)
func JobRouterTtlOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xd1bb849b54292c171412e38d54ff783f229982ebcb983c7b3a50457d0cfe7754")
}

// UnpackTtlOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TtlOutOfRange(uint256 ttl, uint256 min, uint256 max)
func (jobRouter *JobRouter) UnpackTtlOutOfRangeError(raw []byte) (*JobRouterTtlOutOfRange, error) {
	out := new(JobRouterTtlOutOfRange)
	if err := jobRouter.abi.UnpackIntoInterface(out, "TtlOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterUnauthorized represents a Unauthorized error raised by the JobRouter contract.
type JobRouterUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func JobRouterUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (jobRouter *JobRouter) UnpackUnauthorizedError(raw []byte) (*JobRouterUnauthorized, error) {
	out := new(JobRouterUnauthorized)
	if err := jobRouter.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterUnknownEnclave represents a UnknownEnclave error raised by the JobRouter contract.
type JobRouterUnknownEnclave struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownEnclave(address signer)
func JobRouterUnknownEnclaveErrorID() common.Hash {
	return common.HexToHash("0xac88b767f1e87cb56fc33a41d30df4f36a07e52f2202d4963c7f0547c5764e65")
}

// UnpackUnknownEnclaveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownEnclave(address signer)
func (jobRouter *JobRouter) UnpackUnknownEnclaveError(raw []byte) (*JobRouterUnknownEnclave, error) {
	out := new(JobRouterUnknownEnclave)
	if err := jobRouter.abi.UnpackIntoInterface(out, "UnknownEnclave", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterUnknownJob represents a UnknownJob error raised by the JobRouter contract.
type JobRouterUnknownJob struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownJob(bytes32 jobId)
func JobRouterUnknownJobErrorID() common.Hash {
	return common.HexToHash("0xe498a4818df576325d078a1a3c9d8186f5a17dea5710a922e4ee3dbe46eef065")
}

// UnpackUnknownJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownJob(bytes32 jobId)
func (jobRouter *JobRouter) UnpackUnknownJobError(raw []byte) (*JobRouterUnknownJob, error) {
	out := new(JobRouterUnknownJob)
	if err := jobRouter.abi.UnpackIntoInterface(out, "UnknownJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterUnknownMeasurement represents a UnknownMeasurement error raised by the JobRouter contract.
type JobRouterUnknownMeasurement struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownMeasurement(bytes32 key)
func JobRouterUnknownMeasurementErrorID() common.Hash {
	return common.HexToHash("0x7d3142fdbad5120e5e6dcf925aa81e861ed12ddad3771748daf2cc2b71b321b3")
}

// UnpackUnknownMeasurementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownMeasurement(bytes32 key)
func (jobRouter *JobRouter) UnpackUnknownMeasurementError(raw []byte) (*JobRouterUnknownMeasurement, error) {
	out := new(JobRouterUnknownMeasurement)
	if err := jobRouter.abi.UnpackIntoInterface(out, "UnknownMeasurement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterUnknownProgram represents a UnknownProgram error raised by the JobRouter contract.
type JobRouterUnknownProgram struct {
	ProgramId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownProgram(bytes32 programId)
func JobRouterUnknownProgramErrorID() common.Hash {
	return common.HexToHash("0x8700833fbd65b55e9c1c99f1914d7607c300af0cac075ba98f3b41a603b74b36")
}

// UnpackUnknownProgramError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownProgram(bytes32 programId)
func (jobRouter *JobRouter) UnpackUnknownProgramError(raw []byte) (*JobRouterUnknownProgram, error) {
	out := new(JobRouterUnknownProgram)
	if err := jobRouter.abi.UnpackIntoInterface(out, "UnknownProgram", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterVersionUnavailable represents a VersionUnavailable error raised by the JobRouter contract.
type JobRouterVersionUnavailable struct {
	ProgramId      [32]byte
	Version        uint32
	MinVersion     uint32
	CurrentVersion uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VersionUnavailable(bytes32 programId, uint32 version, uint32 minVersion, uint32 currentVersion)
func JobRouterVersionUnavailableErrorID() common.Hash {
	return common.HexToHash("0xd56c47f4a42be1b005948c2a60d51cacbb1e44de8173ab6c8db41fc62931fa55")
}

// UnpackVersionUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VersionUnavailable(bytes32 programId, uint32 version, uint32 minVersion, uint32 currentVersion)
func (jobRouter *JobRouter) UnpackVersionUnavailableError(raw []byte) (*JobRouterVersionUnavailable, error) {
	out := new(JobRouterVersionUnavailable)
	if err := jobRouter.abi.UnpackIntoInterface(out, "VersionUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterXWingKeyStoreFailed represents a XWingKeyStoreFailed error raised by the JobRouter contract.
type JobRouterXWingKeyStoreFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error XWingKeyStoreFailed()
func JobRouterXWingKeyStoreFailedErrorID() common.Hash {
	return common.HexToHash("0x6c46fbf166f589d372ddc59da84df46d0234a879420c93c4d229dc40b93da74d")
}

// UnpackXWingKeyStoreFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error XWingKeyStoreFailed()
func (jobRouter *JobRouter) UnpackXWingKeyStoreFailedError(raw []byte) (*JobRouterXWingKeyStoreFailed, error) {
	out := new(JobRouterXWingKeyStoreFailed)
	if err := jobRouter.abi.UnpackIntoInterface(out, "XWingKeyStoreFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterZeroAddress represents a ZeroAddress error raised by the JobRouter contract.
type JobRouterZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func JobRouterZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (jobRouter *JobRouter) UnpackZeroAddressError(raw []byte) (*JobRouterZeroAddress, error) {
	out := new(JobRouterZeroAddress)
	if err := jobRouter.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminMetaData contains all meta data concerning the JobRouterAdmin contract.
var JobRouterAdminMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"allowSimulation_\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"feeNoticePeriod_\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"error\",\"name\":\"AttestationDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AuthorFeeTooHigh\",\"inputs\":[{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"type\":\"error\",\"name\":\"BadConfig\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadEncryptionKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadExpiry\",\"inputs\":[{\"name\":\"expiresAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"type\":\"error\",\"name\":\"BadFleetKeySignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadMinVersion\",\"inputs\":[{\"name\":\"minVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"BadName\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadPayeeAuthorization\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"BadSecretsRef\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadVersion\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadX25519Key\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadXWingKeyLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CannotRetireCurrentEpoch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"EnclaveIsRevoked\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EpochKeysAlreadySet\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"EpochNotPending\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"pending\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"EpochNotRetirable\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIFleetKeys.EpochStatus\"}]},{\"type\":\"error\",\"name\":\"FeesNotDue\",\"inputs\":[{\"name\":\"effectiveAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"type\":\"error\",\"name\":\"FleetIdMismatch\",\"inputs\":[{\"name\":\"fleetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expected\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"FleetKeySignerInactive\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"FleetKeySignerSimulated\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"MeasurementNotAllowed\",\"inputs\":[{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"mrSigner\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"productId\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"svn\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"MrEnclaveDenied\",\"inputs\":[{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"NoEarnings\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"NotAttested\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotAuthor\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotDelegated\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NothingToPay\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ProgramExists\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"RegistrarsDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RequesterNotAllowed\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RotationPending\",\"inputs\":[{\"name\":\"pending\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SimulationNotAllowed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"TcbStillAccepted\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TransferFailed\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Unauthorized\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"UnknownEnclave\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"UnknownMeasurement\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"UnknownProgram\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"VersionUnavailable\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"currentVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"XWingKeyStoreFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	ID:  "JobRouterAdmin",
	Bin: "0x60e060405230608052348015610013575f5ffd5b50604051615cfd380380615cfd8339810160408190526100329161007b565b8115801560a081905263ffffffff831660c0526100565750610e108163ffffffff16105b15610074576040516301f30c8760e21b815260040160405180910390fd5b50506100bf565b5f5f6040838503121561008c575f5ffd5b8251801515811461009b575f5ffd5b602084015190925063ffffffff811681146100b4575f5ffd5b809150509250929050565b60805160a05160c051615bf86101055f395f8181610574015281816119e8015261232f01525f81816104f001528181610e27015261400a01525f6139310152615bf85ff3fe608060405234801561000f575f5ffd5b506004361061037d575f3560e01c80638da5cb5b116101d4578063c293648f11610109578063d5db72eb116100a9578063f22590ad11610079578063f22590ad14610894578063f2fde38b146108a7578063f552501a146108ba578063fedb0212146108c2575f5ffd5b8063d5db72eb14610851578063e30c397814610864578063ed0849f71461086c578063f0c045d614610881575f5ffd5b8063cdbaa7bf116100e4578063cdbaa7bf146107f8578063cf11e4831461080b578063d28dd4be1461081e578063d37e791e14610831575f5ffd5b8063c293648f146107b1578063c8a502fc146107c4578063cd244e92146107d7575f5ffd5b8063980eaa3811610174578063abac08fa1161014f578063abac08fa14610770578063b8d2bb6d14610783578063c00dc02c1461078b578063c1bf1dcf1461079e575f5ffd5b8063980eaa38146107235780639c544072146107365780639f8a13d71461075d575f5ffd5b806392efab82116101af57806392efab82146106d757806394a69915146106ea57806394df14ea146106fd578063978822c614610710575f5ffd5b80638da5cb5b1461069157806391421e8a146106b1578063914e7d39146106c4575f5ffd5b80635bee66f0116102b557806379ba50971161025557806386acd6f01161022557806386acd6f014610620578063873270cc1461063357806387b3759c146106755780638a198b9b14610688575f5ffd5b806379ba5097146105c45780637abcb27d146105cc5780637ff7037e146105ec57806382027b6d1461060d575f5ffd5b80636646dd3b116102905780636646dd3b1461056f5780636e34fa491461059657806373ae1993146105a957806376671808146105bc575f5ffd5b80635bee66f0146105225780635ea1d46a14610535578063621ca4701461055c575f5ffd5b8063225be105116103205780633d87a772116102fb5780633d87a772146104a557806349a8a055146104b85780634b11fe54146104cb5780634fbac8e3146104eb575f5ffd5b8063225be1051461047757806322fe1e501461047f578063340e505314610492575f5ffd5b80630f871c391161035b5780630f871c39146103db578063110b9e37146103f0578063202adb7714610403578063224438d114610416575f5ffd5b8063050cc8561461038157806306bbb1291461039c5780630a598e2a146103be575b5f5ffd5b6103896108d5565b6040519081526020015b60405180910390f35b6103af6103aa366004614abc565b61090c565b60405161039393929190614b33565b6103c6610995565b60405163ffffffff9091168152602001610393565b6103ee6103e9366004614b97565b610a53565b005b6103ee6103fe366004614c07565b610fc0565b6103c6610411366004614c1e565b6110d5565b61041e611228565b6040516103939291905f60a08201905063ffffffff845116825264ffffffffff602085015116602083015260ff604085015116604083015260ff606085015116606083015264ffffffffff831660808301529392505050565b6103ee6112eb565b6103ee61048d366004614cb4565b6113f3565b6103ee6104a0366004614ce9565b6114fe565b6103896104b3366004614d28565b61171c565b6103ee6104c6366004614c07565b61175b565b6104de6104d9366004614c07565b6117f0565b6040516103939190614d56565b6105127f000000000000000000000000000000000000000000000000000000000000000081565b6040519015158152602001610393565b6103ee610530366004614e21565b6118f9565b61053d611aaa565b604080516001600160a01b039093168352901515602083015201610393565b6103ee61056a366004614ea1565b611ad2565b6103897f000000000000000000000000000000000000000000000000000000000000000081565b6103ee6105a4366004614f08565b611c20565b6103ee6105b7366004614f57565b611cef565b6103c6611e28565b6103ee611e3e565b6105df6105da366004614c07565b611eca565b6040516103939190614f7a565b6105ff6105fa366004614c07565b611f3b565b604051610393929190614fc5565b61051261061b366004614fdd565b611fee565b61038961062e366004614cb4565b612022565b610646610641366004614c07565b6120f3565b60408051941515855260ff909316602085015261ffff9091169183019190915215156060820152608001610393565b6103ee610683366004614cb4565b61215e565b61038961010081565b6106996121e7565b6040516001600160a01b039091168152602001610393565b6103896106bf366004614c07565b612200565b6103ee6106d236600461502b565b612233565b6103896106e5366004615077565b612445565b6103c66106f83660046150c7565b61249a565b6103ee61070b3660046150f1565b612587565b6105df61071e3660046150c7565b612859565b610389610731366004615128565b6129ab565b6103897ffb5bb7f3973d93f9426dbed7ee1b2f34782fec01dc30e6e90a15ed4594eccf1881565b61051261076b366004614cb4565b6129c7565b61038961077e366004614e21565b612a3b565b6103ee612be2565b6103ee61079936600461515b565b612c54565b6103ee6107ac3660046151a9565b612d1e565b6103ee6107bf366004614cb4565b612ddd565b6103ee6107d2366004614abc565b612f53565b6107ea6107e5366004614cb4565b6130bd565b6040516103939291906151d5565b6103ee610806366004615274565b6132b3565b610389610819366004614cb4565b613338565b61038961082c3660046152bc565b61335c565b61084461083f3660046150c7565b6133cd565b60405161039391906152e5565b61051261085f366004614cb4565b6134b0565b6106996134ec565b610874613505565b6040516103939190615309565b6103ee61088f366004614c07565b6135fa565b6103ee6108a2366004615346565b61370a565b6103ee6108b5366004614cb4565b6137cd565b6103c6613853565b6103896108d036600461537d565b613870565b5f6108de613927565b505f8052600a6020527f13da86008ba1c6922daee3e07db95305ef49ebced9f5467a0b8613fcc6b343e45490565b5f5f6060610918613927565b63ffffffff8085165f908152600a602090815260409182902082516060810184526009548086168252600160201b8104861693820193909352600160401b9092049093169181019190915261096e908690613972565b60018201548254610987906001600160a01b03166139c7565b935093509350509193909250565b5f61099e613927565b6001546001600160a01b031633146109d05760405163472511eb60e11b81523360048201526024015b60405180910390fd5b6040805160608101825260095463ffffffff8082168352600160201b8204811660208401819052600160401b90920416928201929092529015610a345760208101516040516302c84d0d60e51b815263ffffffff90911660048201526024016109c7565b6040810151610a449060016153d8565b9150610a4f82613a48565b5090565b610a5b613927565b5f8052600a6020527f13da86008ba1c6922daee3e07db95305ef49ebced9f5467a0b8613fcc6b343e4548781141580610a92575087155b15610aba5760405163510d1f9b60e11b815260048101899052602481018290526044016109c7565b6040805160608101825260095463ffffffff8082168352600160201b8204811660208401819052600160401b90920481169383019390935290918916141580610b07575063ffffffff8816155b15610b7f5763ffffffff88165f908152600a60205260409020546001600160a01b031615610b505760405163a5969faf60e01b815263ffffffff891660048201526024016109c7565b6020810151604051635e3f9b4560e01b815263ffffffff808b16600483015290911660248201526044016109c7565b86610b9d576040516302f72ecd60e01b815260040160405180910390fd5b6104c08514610bc25760405163137c136360e01b8152600481018690526024016109c7565b5f8686604051610bd39291906153f4565b604080519182900382207f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808501919091527f9b305b30f98ac46a3048030ff54d06c075d6672588f194196acaf0cde52191c4848401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608501524660808501523060a0808601919091528351808603909101815260c0850184528051908201207ffb5bb7f3973d93f9426dbed7ee1b2f34782fec01dc30e6e90a15ed4594eccf1860e086015261010085018f905263ffffffff8e1661012086015261014085018d9052610160808601849052845180870390910181526101808601855280519083012061190160f01b6101a08701526101a28601919091526101c280860191909152835180860390910181526101e2909401909252825192909101919091209091505f90610d27908787613ab3565b90506001600160a01b038116610d5057604051630fee01fd60e41b815260040160405180910390fd5b6001600160a01b0381165f90815260056020908152604091829020825160608101845281546001600160601b0381168252600160601b810464ffffffffff1693820193909352610dd493909290830190600160881b900460ff166003811115610dbb57610dbb614ad5565b6003811115610dcc57610dcc614ad5565b905250613b67565b610dfc5760405163ea1075c960e01b81526001600160a01b03821660048201526024016109c7565b6001600160a01b0381165f90815260066020526040902054600160a01b900460ff168015610e4857507f0000000000000000000000000000000000000000000000000000000000000000155b15610e71576040516339e9171160e01b81526001600160a01b03821660048201526024016109c7565b6040518060600160405280610e868a8a613b99565b6001600160a01b031681526020016002815260209081018b905263ffffffff8c165f908152600a825260409020825181546001600160a01b039091166001600160a01b031982168117835592840151919283916001600160a81b03191617600160a01b836003811115610efb57610efb614ad5565b021790555060409182015160019091015563ffffffff808c168086525f60208701526009805487850151909316600160401b026001600160601b031990931682179290921790915590516001600160a01b03831691907f384b536136ab9e615eaec48de13e6d2fe85414e29fa8ad5b40d3b5e3b28ac40b90610f89908d908790918252602082015260400190565b60405180910390a3600e805468ffffffff000000000019166501000000000063ffffffff8d16021790555050505050505050505050565b610fc8613927565b6001546001600160a01b03163314610ff55760405163472511eb60e11b81523360048201526024016109c7565b5f818152600460209081526040918290208251608081018452905460ff8082161515808452610100830482169484019490945261ffff6201000083041694830194909452600160201b90049092161515606083015261106a57604051637d3142fd60e01b8152600481018390526024016109c7565b60405182907fb2a8a9c97933cafb333db232e19a2fa0727de66b069d0644f241b2c36ba115bd905f90a2600160ff16816020015160ff16036110b3576110af82613c03565b5050565b5f828152600460205260409020805464ffffffffff191690556110af82613cc2565b5f6110de613927565b8315806110e9575081155b806110f45750608082115b156111125760405163cead342960e01b815260040160405180910390fd5b5f5f61111e8888613d26565b8054919350915061113d90600160a81b900463ffffffff1660016153d8565b815463ffffffff60a81b1916600160a81b63ffffffff83160217825560408051808201825288815281516020601f8901819004810282018101909352878152929550918183019188908890819084018382808284375f920182905250939094525050848152600d6020908152604080832063ffffffff891684528252909120835181559083015190915060018201906111d69082615493565b509050508263ffffffff16827fb425ea9b717285ea4fb34d7bfa3acd25b840e9bc8198d7a38af5152ca8ef164c88888860405161121593929190615575565b60405180910390a3505095945050505050565b604080516080810182525f808252602082018190529181018290526060810182905290611253613927565b50506040805160a08101825260125463ffffffff808216835264ffffffffff600160201b83048116602080860191825260ff600160481b86048116878901908152600160501b870482166060808a01918252600160581b90980486166080808b019182528b519081018c5299519097168952935190941691870191909152915182169585019590955293519093169082015290519091565b6112f3613927565b6040805160a08101825260125463ffffffff8116825264ffffffffff600160201b82048116602084015260ff600160481b8304811694840194909452600160501b82049093166060830152600160581b90049091166080820181905215806113655750806080015164ffffffffff1642105b1561139257608081015160405163d705798360e01b815264ffffffffff90911660048201526024016109c7565b601280546001600160801b031916905560408051608081018252825163ffffffff16815260208084015164ffffffffff16908201528282015160ff90811692820192909252606080840151909216918101919091526113f090613d7b565b50565b6113fb613927565b6001546001600160a01b031633148015906114385750601354600160a01b900460ff16806114385750335f9081526003602052604090205460ff16155b156114585760405163472511eb60e11b81523360048201526024016109c7565b6001600160a01b0381165f908152600560205260408120908154600160881b900460ff16600381111561148d5761148d614ad5565b036114b65760405163ac88b76760e01b81526001600160a01b03831660048201526024016109c7565b805460ff60881b1916600360881b1781556040516001600160a01b038316907f014328d04215ef25a11c630f007f31516a065906981503bcb8cdf4998651c18b905f90a25050565b611506613927565b6001546001600160a01b031633146115335760405163472511eb60e11b81523360048201526024016109c7565b5f61153e848461171c565b90505f60045f8381526020019081526020015f206040518060800160405290815f82015f9054906101000a900460ff161515151581526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900461ffff1661ffff1661ffff1681526020015f820160049054906101000a900460ff16151515158152505090506040518060800160405280600115158152602001600260ff1681526020018461ffff1681526020015f151581525060045f8481526020019081526020015f205f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548161ffff021916908361ffff1602179055506060820151815f0160046101000a81548160ff021916908315150217905550905050817fefc3c19316db96bcf024f5f787ea5ff2c30ede9966be7c86f984727b3fb6fa0460028787876040516116e6949392919060ff949094168452602084019290925261ffff908116604084015216606082015260800190565b60405180910390a2805180156117075750806040015161ffff168361ffff16115b156117155761171582613cc2565b5050505050565b604080516002602082015290810183905261ffff821660608201525f906080016040516020818303038152906040528051906020012090505b92915050565b611763613927565b6001546001600160a01b031633146117905760405163472511eb60e11b81523360048201526024016109c7565b5f808052600a6020527f13da86008ba1c6922daee3e07db95305ef49ebced9f5467a0b8613fcc6b343e48054908390556040519091839183917f2dbff95645fce7e33d96ba922bc29cb4ae1526035a5d8aa47fc4e015ce5b8b1c91a35050565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152611838613927565b5f828152600b602090815260408083206010909252918290208251610100810190935290918061186784613e4b565b6001600160401b0390811682529354600160a81b810463ffffffff9081166020840152600160c81b8204166040830152600160e81b810460ff16606083015292546001600160601b03600160a01b8204166080830152600160401b840490941660a0820152600160801b90920464ffffffffff1660c08301526001600160a01b0390921660e09091015290505b919050565b611901613927565b61190a82613e88565b5f5f6119168686613d26565b915091505f61192482613e4b565b905083611932576001611935565b60035b825460ff91909116600160e81b0260ff60e81b19909116178255604080516001600160601b0387168152851515602082015284917f6734a7f41aee3367cfd9f4ef5c0527e7e7170cc3ce3f13061281293061cd552a910160405180910390a2806001600160401b0316856001600160601b0316116119e25781546001600160801b0319166001600160401b038616908117600160401b919091021764ffffffffff60801b19168255611aa1565b5f611a0d7f00000000000000000000000000000000000000000000000000000000000000004261558e565b835464ffffffffff8216600160801b810264ffffffffff60801b196001600160401b038b8116600160401b026001600160801b0319909516908816179390931792909216919091178555604080516001600160601b038a168152602081019290925291925085917fd3651aeccf2dbe9b791c87f4e7a5fc51bde961464ff0e7490314048745952d78910160405180910390a2505b50505050505050565b5f5f611ab4613927565b50506013546001600160a01b03811691600160a01b90910460ff1690565b611ada613927565b6001546001600160a01b03163314611b075760405163472511eb60e11b81523360048201526024016109c7565b61ffff83161580611b2057508162ffffff168361ffff16115b15611b3e576040516301f30c8760e21b815260040160405180910390fd5b600e805465ffffffffffff60501b1916600160501b62ffffff88811691820262ffffff60681b191692909217600160681b8884169081029190911764ffffffffff60801b1916600160801b61ffff891690810262ffffff60901b191691909117600160901b9488169485021769ff0000000000000000001916600160481b8715159081029190911790955560408051938452602084019290925290820152606081019190915260808101919091527f3f7ed4355170a504001001dcd096e2b6c58bb6a8285df8b6880b852b82d6e97d9060a00160405180910390a15050505050565b611c28613927565b5f5f611c348585613d26565b8054919350915063ffffffff600160c81b9091048116908416111580611c6b5750805463ffffffff600160a81b9091048116908416115b15611c915760405163fb14ea9160e01b815263ffffffff841660048201526024016109c7565b805463ffffffff60c81b1916600160c81b63ffffffff851690810291909117825560405190815282907fa6be61ad7ec2dae34e37d7306c41a960f107b1b29da347b38289bca9fb2dbfb5906020015b60405180910390a25050505050565b611cf7613927565b6001546001600160a01b03163314611d245760405163472511eb60e11b81523360048201526024016109c7565b5f611d2e83612200565b5f818152600460209081526040918290208251608081018452905460ff80821615158352610100820481169383019390935261ffff6201000082041693820193909352600160201b90920416151560608201529091508215611dca57805115611dbc5760405182907fb2a8a9c97933cafb333db232e19a2fa0727de66b069d0644f241b2c36ba115bd905f90a25b611dc582613c03565b611e22565b806060015115611e22575f828152600460209081526040808320805464ffffffffff191690555191825283917fbf6e19629273bf3bd18f08fa9bbb51da1ac9e3862ac77e45281a44d44e04c6f0910160405180910390a25b50505050565b5f611e31613927565b5060095463ffffffff1690565b611e46613927565b6002546001600160a01b03163314611e735760405163472511eb60e11b81523360048201526024016109c7565b60015460405133916001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a3600180546001600160a01b03199081163317909155600280549091169055565b6060611ed4613927565b5f8281526007602090815260409182902080548351818402810184019094528084529091830182828015611f2f57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611f11575b50505050509050919050565b5f6060611f46613927565b5f83815260116020526040902080546001820180548190611f6690615417565b80601f0160208091040260200160405190810160405280929190818152602001828054611f9290615417565b8015611fdd5780601f10611fb457610100808354040283529160200191611fdd565b820191905f5260205f20905b815481529060010190602001808311611fc057829003601f168201915b505050505090509250925050915091565b5f611ff7613927565b505f918252600c602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f61202b613927565b506001600160a01b0381165f90815260056020526040812080546001600160601b03169182900361207a5760405163bd6f331f60e01b81526001600160a01b03841660048201526024016109c7565b80546001600160601b03191681556001600160a01b038084165f81815260066020526040908190205490519216918291907fa09c5e48ef7e3af4f73e00a479918b53675c644ff55fe5839b2b5b478d501f24906120da9087815260200190565b60405180910390a36120ec8184613ec4565b5050919050565b5f5f5f5f6120ff613927565b5050505f91825250600460209081526040918290208251608081018452905460ff80821615158084526101008304821694840185905262010000830461ffff16958401869052600160201b909204161515606090920182905293919291565b612166613927565b6001546001600160a01b031633146121935760405163472511eb60e11b81523360048201526024016109c7565b601380546001600160a01b0319166001600160a01b0383169081179091556040519081527f4f61f74e4de92f6bfd1349cf25bc2196415b74e641a9c9bd9ae0e95ae6a315969060200160405180910390a150565b5f6121f0613927565b506001546001600160a01b031690565b60408051600160208201529081018290525f90606001604051602081830303815290604052805190602001209050919050565b61223b613927565b6001546001600160a01b031633146122685760405163472511eb60e11b81523360048201526024016109c7565b6040805160808101825263ffffffff80871680835264ffffffffff8716602084015260ff808716948401949094529284166060830152600e80549093600160e01b909104909116108015906122d05750815464ffffffffff600160a81b909104811690861611155b80156122eb5750815460ff600160d01b909104811690851611155b80156123065750815460ff600160d81b909104811690841611155b1561232957601280546001600160801b031916905561232481613d7b565b61243d565b5f6123547f00000000000000000000000000000000000000000000000000000000000000004261558e565b6040805160a0808201835263ffffffff8b1680835264ffffffffff8b8116602080860182905260ff8d8116878901819052908d166060808901829052948a1660809889018190526012805468ffffffffffffffffff19168817600160201b8702176affff0000000000000000001916600160481b850260ff60501b191617600160501b84021764ffffffffff60581b1916600160581b83021790558951968752928601939093529684019690965290820152918201929092529192507fb39c76234db288378c4191c0589ef663b41b88142025c0ba0e7ba147213ed1c2910160405180910390a1505b505050505050565b5f8383836040516124579291906153f4565b604080519182900382206001600160a01b0390931660208301528101919091526060016040516020818303038152906040528051906020012090505b9392505050565b5f6124a3613927565b5f838152600b6020526040812080549091600160e81b90910460011690036124e157604051638700833f60e01b8152600481018590526024016109c7565b8263ffffffff165f03612500578054600160a81b900463ffffffff1692505b805463ffffffff600160c81b909104811690841610806125315750805463ffffffff600160a81b9091048116908416115b1561257f57805460405163355b11fd60e21b81526004810186905263ffffffff8086166024830152600160c81b830481166044830152600160a81b90920490911660648201526084016109c7565b509092915050565b61258f613927565b6013546001600160a01b0316806125b95760405163c087976360e01b815260040160405180910390fd5b60405163ba241ce560e01b81525f906001600160a01b0383169063ba241ce5906125e79086906004016155e2565b61016060405180830381865afa158015612603573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126279190615744565b905060145f61263c6060860160408701614cb4565b6001600160a01b0316815260208101919091526040015f205463ffffffff1661266b60c0850160a08601614abc565b63ffffffff16116126ab576126866060840160408501614cb4565b604051630384246560e31b81526001600160a01b0390911660048201526024016109c7565b6126bb60c0840160a08501614abc565b61010082015163ffffffff919091161760145f6126de6060870160408801614cb4565b6001600160a01b03166001600160a01b031681526020019081526020015f20819055506127ed6040518061014001604052808560400160208101906127239190614cb4565b6001600160a01b0316815260200161274160a0870160808801614cb4565b6001600160a01b0316815260200183610120015164ffffffffff1681526020015f15158152602001835f0151815260200183602001518152602001836040015161ffff168152602001836060015161ffff16815260200183610140015181526020018580606001906127b391906157f7565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152505050915250613f46565b6127fd6060840160408501614cb4565b6001600160a01b03167f96f2ede5c662cc16542823da40fbaf17c96f22215a9cb2a5319986a5f58fa7b28261010001518360e0015160405161284c92919091825260ff16602082015260400190565b60405180910390a2505050565b6060612863613927565b5f83815260076020526040902080546001600160401b0381111561288957612889615403565b6040519080825280602002602001820160405280156128b2578160200160208202803683370190505b5091505f805b82548110156129a1575f8382815481106128d4576128d4615839565b5f918252602090912001546001600160a01b0316905060016001600160a01b0382165f90815260056020526040902054600160881b900460ff16600381111561291f5761291f614ad5565b14801561295457506001600160a01b0381165f9081526006602052604090205463ffffffff8716600160a81b90910461ffff16105b15612998578085846129658161584d565b95508151811061297757612977615839565b60200260200101906001600160a01b031690816001600160a01b0316815250505b506001016128b8565b5082525092915050565b5f6129b4613927565b6129bf84848461442d565b949350505050565b5f6129d0613927565b6001600160a01b0382165f90815260056020908152604091829020825160608101845281546001600160601b0381168252600160601b810464ffffffffff169382019390935261175593909290830190600160881b900460ff166003811115610dbb57610dbb614ad5565b5f612a44613927565b831580612a515750604084115b15612a6f5760405163153736cd60e01b815260040160405180910390fd5b612a7a338686612445565b5f818152600b60205260409020805491925090600160e81b900460011615612ab8576040516378284d3760e11b8152600481018390526024016109c7565b612ac184613e88565b805463ffffffff60c81b19600160401b6001600160401b0387169081026001600160801b0319909316179190911716600160c81b17815582612b04576001612b07565b60035b815460ff91909116600160e81b0260ff60e81b199091161781555f828152601060205260409081902080546001600160a01b03191633908117909155905183907f153e9333cd976d64f1a103b02794979523b2d33899be73acd4240e2ebd5deba990612b76908a908a906153f4565b604051908190038120612b8c918b908b90615575565b60405180910390a3604080516001600160601b0386168152841515602082015283917f6734a7f41aee3367cfd9f4ef5c0527e7e7170cc3ce3f13061281293061cd552a910160405180910390a250949350505050565b612bea613927565b6001546001600160a01b03163314612c175760405163472511eb60e11b81523360048201526024016109c7565b6013805460ff60a01b1916600160a01b1790556040517f7ac5abcd3a5221cbddc2096982ce61b44c445f97de04fdc39fc8880619c105d3905f90a1565b612c5c613927565b5f848152601060205260409020546001600160a01b03163314612c9b57604051630ff7175760e01b8152600481018590523360248201526044016109c7565b82158115141580612cac5750608081115b15612cca576040516325935a3d60e01b815260040160405180910390fd5b5f84815260116020526040902083815560018101612ce9838583615865565b50847f1aa0df20a1b1146e24619b0c4eecbc7c0a41c2e073ddfaf1a97e3c2d20a567a3858585604051611ce093929190615575565b612d26613927565b6001546001600160a01b03163314612d535760405163472511eb60e11b81523360048201526024016109c7565b601354600160a01b900460ff1615612d7e57604051634670f61560e11b815260040160405180910390fd5b6001600160a01b0382165f81815260036020908152604091829020805460ff191685151590811790915591519182527fb5e93f625be9cf4b25a2f505df040e38bd35ed584b62730dd64b7eaf145e8c6e91015b60405180910390a25050565b612de5613927565b6001600160a01b0381165f90815260146020908152604080832054600590925290912063ffffffff1990911690811580612e3c575060018154600160881b900460ff166003811115612e3957612e39614ad5565b14155b15612e6557604051637ca8736160e01b81526001600160a01b03841660048201526024016109c7565b60135460405163a78f84cf60e01b8152600481018490526001600160a01b039091169063a78f84cf90602401602060405180830381865afa158015612eac573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612ed0919061591e565b15612ef957604051634aec22eb60e01b81526001600160a01b03841660048201526024016109c7565b805460ff60881b1916600160891b1781556001600160a01b0383165f818152600660205260408082206001015490519092917febe3a49c0c5d94d196de3267a1d8107176cb883d9e26e460498478de13e625c191a3505050565b612f5b613927565b6001546001600160a01b03163314612f885760405163472511eb60e11b81523360048201526024016109c7565b6040805160608101825260095463ffffffff808216808452600160201b830482166020850152600160401b90920481169383019390935290918316148015612fd5575063ffffffff821615155b15612ffb57604051639c47a9ef60e01b815263ffffffff831660048201526024016109c7565b5f6130068383613972565b9050600181600381111561301c5761301c614ad5565b03613037576009805467ffffffff000000001916905561306d565b600281600381111561304b5761304b614ad5565b1461306d5782816040516303ee153760e21b81526004016109c7929190615939565b63ffffffff83165f818152600a6020526040808220805460ff60a01b1916600360a01b179055517f05f71b0f6f941b3da162d828ba331a14e692c0fcf275314bf71693d09d80dc9e9190a2505050565b6130dd604080516060810182525f80825260208201819052909182015290565b6131266040518060e001604052805f6001600160a01b031681526020015f151581526020015f61ffff1681526020015f81526020015f81526020015f8152602001606081525090565b61312e613927565b6001600160a01b0383165f9081526005602090815260408083206006835292819020815160608101835284546001600160601b0381168252600160601b810464ffffffffff169482019490945290929091849190830190600160881b900460ff1660038111156131a0576131a0614ad5565b60038111156131b1576131b1614ad5565b9052506040805160e08101825283546001600160a01b0381168252600160a01b810460ff1615156020830152600160a81b900461ffff16918101919091526001830154606082015260028301546080820152600383015460a08201526004830180549294509091839160c084019161322890615417565b80601f016020809104026020016040519081016040528092919081815260200182805461325490615417565b801561329f5780601f106132765761010080835404028352916020019161329f565b820191905f5260205f20905b81548152906001019060200180831161328257829003601f168201915b505050505081525050905091509150915091565b6132bb613927565b5f6132c68585613d26565b505f818152600c602090815260408083206001600160a01b03881680855290835292819020805460ff19168715159081179091559051908152929350909183917fc6560ed33dfed95faaf3f2c61655628a0de2a06faf8c59fa5cb4650cc9009bfc910160405180910390a35050505050565b5f613341613927565b506001600160a01b03165f9081526014602052604090205490565b5f613365613927565b613370848484614480565b5f85815260076020526040902054909150808210156133c557604080518381526020810183905286917fae1ac090b619357e733a84151468f0d738dd0b2c349f5a4b3013bcde89ea7d2a910160405180910390a25b509392505050565b604080518082019091525f8152606060208201526133e9613927565b5f838152600d6020908152604080832063ffffffff86168452825291829020825180840190935280548352600181018054919284019161342890615417565b80601f016020809104026020016040519081016040528092919081815260200182805461345490615417565b801561349f5780601f106134765761010080835404028352916020019161349f565b820191905f5260205f20905b81548152906001019060200180831161348257829003601f168201915b505050505081525050905092915050565b5f6134b9613927565b601354600160a01b900460ff161580156117555750506001600160a01b03165f9081526003602052604090205460ff1690565b5f6134f5613927565b506002546001600160a01b031690565b606061350f613927565b60095463ffffffff16806001600160401b0381111561353057613530615403565b604051908082528060200260200182016040528015613559578160200160208202803683370190505b5091505f60015b8263ffffffff168163ffffffff16116135f357600263ffffffff82165f908152600a6020526040902054600160a01b900460ff1660038111156135a5576135a5614ad5565b036135e3578084836135b68161584d565b9450815181106135c8576135c8615839565b602002602001019063ffffffff16908163ffffffff16815250505b6135ec8161595c565b9050613560565b5082525090565b613602613927565b6001546001600160a01b0316331461362f5760405163472511eb60e11b81523360048201526024016109c7565b5f61363982612200565b6040805160808082018352600180835260208084018281525f85870181815260608088018381528a845260048652898420985189549551935191511515600160201b0264ff000000001961ffff90931662010000029290921664ffffff00001960ff9095166101000261ff00199215159290921661ffff19909716969096171792909216939093171790955585519283529082018890529381018390529283019190915291925082917fefc3c19316db96bcf024f5f787ea5ff2c30ede9966be7c86f984727b3fb6fa049101612dd1565b613712613927565b601354600160a01b900460ff16806137395750335f9081526003602052604090205460ff16155b156137595760405163472511eb60e11b81523360048201526024016109c7565b5f60148161376a6020850185614cb4565b6001600160a01b0316815260208101919091526040015f2054905080156137bc5763ffffffff811660145f6137a26020860186614cb4565b6001600160a01b0316815260208101919091526040015f20555b6110af6137c883615a09565b613f46565b6137d5613927565b6001546001600160a01b031633146138025760405163472511eb60e11b81523360048201526024016109c7565b600280546001600160a01b0319166001600160a01b03838116918217909255600154604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f61385c613927565b50600954600160201b900463ffffffff1690565b5f613879613927565b5f6138848585613d26565b505f8181526010602052604081208054600160a01b90046001600160601b031694509192508390036138cc57604051633a924a3960e21b8152600481018390526024016109c7565b80546001600160a01b0390811682556040518481529085169083907f6ddc9c38b5a916011378e9c33460515e0af7101e010db13fdfd6656c82ae57539060200160405180910390a361391e8484613ec4565b50509392505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361397057604051634e66b6bb60e11b815260040160405180910390fd5b565b5f63ffffffff8316158015906139975750816020015163ffffffff168363ffffffff16145b156139a457506001611755565b505063ffffffff165f908152600a6020526040902054600160a01b900460ff1690565b60606001600160a01b0382166139dc57919050565b5f6139f260016001600160a01b0385163b615ad3565b9050806001600160401b03811115613a0c57613a0c615403565b6040519080825280601f01601f191660200182016040528015613a36576020820181803683370190505b50915080600160208401853c50919050565b600980546bffffffffffffffff000000001916600160201b63ffffffff84169081026bffffffff0000000000000000191691909117600160401b8202179091556040517f4fa83a5263b150be2bcfae8ad04b60b7a54f0a5c2fe1e4fe90a9d03dc8554106905f90a250565b5f6001600160ff1b0382167f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0811115613aef575f915050612493565b5f613aff60ff85901c601b615ae6565b604080515f81526020810180835289905260ff831691810191909152606081018790526080810184905290915060019060a0016020604051602081039080840390855afa158015613b52573d5f5f3e3d5ffd5b5050604051601f190151979650505050505050565b5f600182604001516003811115613b8057613b80614ad5565b1480156117555750506020015164ffffffffff16421090565b5f80613ba683600161558e565b8484604051602001613bba93929190615aff565b60405160208183030381529060405290508051602082015ff091506001600160a01b038216613bfc57604051636c46fbf160e01b815260040160405180910390fd5b5092915050565b604080516080810182525f80825260016020808401828152848601848152606086018481528886526004845294879020955186549251915195511515600160201b0264ff000000001961ffff90971662010000029690961664ffffff00001960ff9093166101000261ff00199215159290921661ffff199094169390931717161792909217909255915190815282917fbf6e19629273bf3bd18f08fa9bbb51da1ac9e3862ac77e45281a44d44e04c6f0910160405180910390a26113f0815b5f613cd0825f610100614480565b5f8381526007602052604090205490915080821015613d2157604080518381526020810183905284917fae1ac090b619357e733a84151468f0d738dd0b2c349f5a4b3013bcde89ea7d2a910161284c565b505050565b5f5f613d33338585612445565b5f818152600b6020526040812080549294509250600160e81b9091046001169003613d7457604051638700833f60e01b8152600481018390526024016109c7565b9250929050565b8051600e8054602080850151604080870151606080890151600166ffff000000000160a81b03909616600160e01b63ffffffff90991698890264ffffffffff60a81b191617600160a81b64ffffffffff9095169485021761ffff60d01b1916600160d01b60ff93841690810260ff60d81b191691909117600160d81b93909716928302969096178755825197885293870192909252850192909252830152907fec2a08c5ff44760aaa828997d95dbd3c788c870f46516ce5eb86a41bf7d4b6de9060800160405180910390a15050565b80545f90600160801b900464ffffffffff164210613e7a578154600160401b90046001600160401b0316611755565b50546001600160401b031690565b6001600160401b036001600160601b03821611156113f05760405163a24cc14b60e01b81526001600160601b03821660048201526024016109c7565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114613f0d576040519150601f19603f3d011682016040523d82523d5f602084013e613f12565b606091505b5050905080613d2157604051630e21dcbb60e11b81526001600160a01b0384166004820152602481018390526044016109c7565b80516001600160a01b03161580613f68575060208101516001600160a01b0316155b15613f865760405163d92e233d60e01b815260040160405180910390fd5b42816040015164ffffffffff1611613fc057604080820151905163785c75f760e11b815264ffffffffff90911660048201526024016109c7565b80610120015151602114158015613fde575080610120015151604114155b15613ffc576040516313a2e57760e11b815260040160405180910390fd5b8060600151801561402b57507f0000000000000000000000000000000000000000000000000000000000000000155b15614049576040516367480b2360e01b815260040160405180910390fd5b5f6140578260800151612200565b5f818152600460209081526040918290208251608081018452905460ff80821615158352610100820481169383019390935261ffff6201000082041693820193909352600160201b90920416158015606083015291925082916140d5578360800151604051631b467e1b60e31b81526004016109c791815260200190565b80516141b0576140ed8460a001518560c0015161171c565b5f818152600460209081526040918290208251608081018452905460ff8082161580158452610100830482169484019490945261ffff6201000083041694830194909452600160201b9004909216151560608301529193509150806141615750806040015161ffff168460e0015161ffff16105b156141b057608084015160a085015160c086015160e087015160405163261c9ac360e21b81526004810194909452602484019290925261ffff90811660448401521660648201526084016109c7565b83516001600160a01b03165f90815260056020526040902060038154600160881b900460ff1660038111156141e7576141e7614ad5565b0361421357845160405163f1c2c94f60e01b81526001600160a01b0390911660048201526024016109c7565b84516001600160a01b03165f90815260066020526040902081546001600160601b031680158015906142575750602087015182546001600160a01b03908116911614155b156142cf57815483546001600160601b031916845587516040516001600160601b03841681526001600160a01b0392831692839216907f7752cc0f5cd50e664db47a07613595f4cea9d0d45763e89bd2d070900c64e3d79060200160405180910390a36142cd81836001600160601b03166145b2565b505b86516142ea9083888881146142e45788614619565b5f614619565b6040870151835464ffffffffff909116600160601b0264ffffffffff60601b19821681178555600191859160ff60881b191665ffffffffffff60601b1990911617600160881b83021790555060208701518254606089015160e08a015161ffff16600160a81b0261ffff60a81b19911515600160a01b026001600160a81b03199093166001600160a01b039094169390931791909117161782556001820185905560808701516002830155610100870151600383015561012087015160048301906143b59082615493565b50866080015185885f01516001600160a01b03167f9bf1d91913d475db3feb1a6650d47da84465ad3f4f8c17bb63041ea48adff8af8a602001518b604001518c606001518d60e001518e61010001518f610120015160405161441c96959493929190615b40565b60405180910390a450505050505050565b600e545f848152600b6020526040812054909160e882901c600116830361446a57604051638700833f60e01b8152600481018790526024016109c7565b6144768183878761475c565b9695505050505050565b5f838152600760205260408120805480851061449f5791506124939050565b6144a98582615ad3565b8410156144bd576144ba848661558e565b90505b8492505b8083101561391e575f8284815481106144dc576144dc615839565b5f9182526020808320909101546001600160a01b03168083526005909152604090912090915060018154600160881b900460ff16600381111561452157614521614ad5565b1461452d5750506145a7565b6001600160a01b0382165f90815260066020526040902061454d8161481e565b1561455a575050506145a7565b815460ff60881b1916600160891b17825560018101546040516001600160a01b038516907febe3a49c0c5d94d196de3267a1d8107176cb883d9e26e460498478de13e625c1905f90a35050505b8260010192506144c1565b6001600160a01b0382165f90815260208190526040812080548392906145d990849061558e565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f390602001612dd1565b6001600160a01b0384165f9081526008602090815260409182902082518084019093525463ffffffff808216808552600160201b9092041691830191909152158061467057508261466d8560020154612200565b14155b156146ae57805163ffffffff161561469b5761469b6146928560020154612200565b82516001614928565b6146a58386614a68565b63ffffffff1681525b5f816020015163ffffffff165f146146ca5784600101546146cc565b5f5b905082811461470d5780156146ea576146ea8183602001515f614928565b82156146ff576146fa8387614a68565b614701565b5f5b63ffffffff1660208301525b506001600160a01b039094165f90815260086020908152604090912085518154929096015163ffffffff908116600160201b0267ffffffffffffffff1990931696169590951717909355505050565b5f5f608085901c64ffffffffff16421061477a57604085901c61477c565b845b6001600160401b031690505f606461479b60ff60d08a901c1686615b85565b6147a59190615b9c565b905064ffffffffff60a888901c16808210156147bf578091505b6147d260ff60d88a901c166103e8615b85565b6147e29063ffffffff881661558e565b6147ec9083615b85565b6147fe60e08a901c633b9aca00615b85565b614808908561558e565b614812919061558e565b98975050505050505050565b5f5f61482d8360020154612200565b5f818152600460209081526040918290208251608081018452905460ff80821615158352610100820481169383019390935261ffff6201000082041693820193909352600160201b9092041615801560608301529192509061489257505f9392505050565b60018401548281036148a75750519392505050565b5f818152600460209081526040918290208251608081018452905460ff808216158015808552610100840483169585019590955261ffff6201000084041695840195909552600160201b909104161515606082015293509061491f57506040820151855461ffff918216600160a81b90910490911610155b95945050505050565b5f838152600760205260409020805463ffffffff84168114614a31575f82614951600184615ad3565b8154811061496157614961615839565b5f918252602090912001546001600160a01b031690508083614984600188615bbb565b63ffffffff168154811061499a5761499a615839565b905f5260205f20015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555083156149fa576001600160a01b0381165f908152600860205260409020805463ffffffff191663ffffffff8716179055614a2f565b6001600160a01b0381165f908152600860205260409020805467ffffffff000000001916600160201b63ffffffff8816021790555b505b81805480614a4157614a41615bd7565b5f8281526020902081015f1990810180546001600160a01b03191690550190555050505050565b5f91825260076020908152604083208054600181018255818552919093200180546001600160a01b0319166001600160a01b03929092169190911790555490565b803563ffffffff811681146118f4575f5ffd5b5f60208284031215614acc575f5ffd5b61249382614aa9565b634e487b7160e01b5f52602160045260245ffd5b600481106113f057634e487b7160e01b5f52602160045260245ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b614b3c84614ae9565b838152826020820152606060408201525f61491f6060830184614b05565b5f5f83601f840112614b6a575f5ffd5b5081356001600160401b03811115614b80575f5ffd5b602083019150836020828501011115613d74575f5ffd5b5f5f5f5f5f5f5f60c0888a031215614bad575f5ffd5b87359650614bbd60208901614aa9565b95506040880135945060608801356001600160401b03811115614bde575f5ffd5b614bea8a828b01614b5a565b989b979a50959895979660808701359660a0013595509350505050565b5f60208284031215614c17575f5ffd5b5035919050565b5f5f5f5f5f60608688031215614c32575f5ffd5b85356001600160401b03811115614c47575f5ffd5b614c5388828901614b5a565b9096509450506020860135925060408601356001600160401b03811115614c78575f5ffd5b614c8488828901614b5a565b969995985093965092949392505050565b6001600160a01b03811681146113f0575f5ffd5b80356118f481614c95565b5f60208284031215614cc4575f5ffd5b813561249381614c95565b61ffff811681146113f0575f5ffd5b80356118f481614ccf565b5f5f5f60608486031215614cfb575f5ffd5b833592506020840135614d0d81614ccf565b91506040840135614d1d81614ccf565b809150509250925092565b5f5f60408385031215614d39575f5ffd5b823591506020830135614d4b81614ccf565b809150509250929050565b5f610100820190506001600160601b03835116825263ffffffff602084015116602083015263ffffffff60408401511660408301526060830151614d9f606084018260ff169052565b506080830151614dba60808401826001600160601b03169052565b5060a0830151614dd560a08401826001600160601b03169052565b5060c0830151614dee60c084018264ffffffffff169052565b5060e0830151613bfc60e08401826001600160a01b03169052565b80151581146113f0575f5ffd5b80356118f481614e09565b5f5f5f5f60608587031215614e34575f5ffd5b84356001600160401b03811115614e49575f5ffd5b614e5587828801614b5a565b90955093505060208501356001600160601b0381168114614e74575f5ffd5b91506040850135614e8481614e09565b939692955090935050565b803562ffffff811681146118f4575f5ffd5b5f5f5f5f5f60a08688031215614eb5575f5ffd5b614ebe86614e8f565b9450614ecc60208701614e8f565b93506040860135614edc81614ccf565b9250614eea60608701614e8f565b91506080860135614efa81614e09565b809150509295509295909350565b5f5f5f60408486031215614f1a575f5ffd5b83356001600160401b03811115614f2f575f5ffd5b614f3b86828701614b5a565b9094509250614f4e905060208501614aa9565b90509250925092565b5f5f60408385031215614f68575f5ffd5b823591506020830135614d4b81614e09565b602080825282518282018190525f918401906040840190835b81811015614fba5783516001600160a01b0316835260209384019390920191600101614f93565b509095945050505050565b828152604060208201525f6129bf6040830184614b05565b5f5f60408385031215614fee575f5ffd5b823591506020830135614d4b81614c95565b64ffffffffff811681146113f0575f5ffd5b80356118f481615000565b60ff811681146113f0575f5ffd5b5f5f5f5f6080858703121561503e575f5ffd5b61504785614aa9565b9350602085013561505781615000565b925060408501356150678161501d565b91506060850135614e848161501d565b5f5f5f60408486031215615089575f5ffd5b833561509481614c95565b925060208401356001600160401b038111156150ae575f5ffd5b6150ba86828701614b5a565b9497909650939450505050565b5f5f604083850312156150d8575f5ffd5b823591506150e860208401614aa9565b90509250929050565b5f60208284031215615101575f5ffd5b81356001600160401b03811115615116575f5ffd5b82016101008185031215612493575f5ffd5b5f5f5f6060848603121561513a575f5ffd5b8335925061514a60208501614aa9565b929592945050506040919091013590565b5f5f5f5f6060858703121561516e575f5ffd5b843593506020850135925060408501356001600160401b03811115615191575f5ffd5b61519d87828801614b5a565b95989497509550505050565b5f5f604083850312156151ba575f5ffd5b82356151c581614c95565b91506020830135614d4b81614e09565b6001600160601b03835116815264ffffffffff60208401511660208201525f604084015161520281614ae9565b806040840152506080606083015260018060a01b0383511660808301526020830151151560a083015261ffff60408401511660c0830152606083015160e0830152608083015161010083015260a083015161012083015260c083015160e061014084015261491f610160840182614b05565b5f5f5f5f60608587031215615287575f5ffd5b84356001600160401b0381111561529c575f5ffd5b6152a887828801614b5a565b9095509350506020850135614e7481614c95565b5f5f5f606084860312156152ce575f5ffd5b505081359360208301359350604090920135919050565b60208152815160208201525f60208301516040808401526129bf6060840182614b05565b602080825282518282018190525f918401906040840190835b81811015614fba57835163ffffffff16835260209384019390920191600101615322565b5f60208284031215615356575f5ffd5b81356001600160401b0381111561536b575f5ffd5b82016101408185031215612493575f5ffd5b5f5f5f6040848603121561538f575f5ffd5b83356001600160401b038111156153a4575f5ffd5b6153b086828701614b5a565b9094509250506020840135614d1d81614c95565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff8181168382160190811115611755576117556153c4565b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061542b57607f821691505b60208210810361544957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115613d2157805f5260205f20601f840160051c810160208510156154745750805b601f840160051c820191505b81811015611715575f8155600101615480565b81516001600160401b038111156154ac576154ac615403565b6154c0816154ba8454615417565b8461544f565b6020601f8211600181146154f2575f83156154db5750848201515b5f19600385901b1c1916600184901b178455611715565b5f84815260208120601f198516915b828110156155215787850151825560209485019460019092019101615501565b508482101561553e57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b838152604060208201525f61491f60408301848661554d565b80820180821115611755576117556153c4565b5f5f8335601e198436030181126155b6575f5ffd5b83016020810192503590506001600160401b038111156155d4575f5ffd5b803603821315613d74575f5ffd5b602081525f6155f183846155a1565b61010060208501526156086101208501828461554d565b91505061561860208501856155a1565b848303601f1901604086015261562f83828461554d565b9250505061563f60408501614ca9565b6001600160a01b03811660608501525061565c60608501856155a1565b848303601f1901608086015261567383828461554d565b9250505061568360808501614ca9565b6001600160a01b03811660a08501525061569f60a08501614aa9565b63ffffffff811660c08501525060c084013560e08481019190915290930135610100909201919091525090565b60405161016081016001600160401b03811182821017156156ef576156ef615403565b60405290565b60405161014081016001600160401b03811182821017156156ef576156ef615403565b80516118f481614ccf565b80516118f481614e09565b80516118f48161501d565b80516118f481615000565b5f610160828403128015615756575f5ffd5b5061575f6156cc565b825181526020808401519082015261577960408401615718565b604082015261578a60608401615718565b606082015261579b60808401615723565b608082015260a0838101519082015260c080840151908201526157c060e0840161572e565b60e082015261010083810151908201526157dd6101208401615739565b610120820152610140928301519281019290925250919050565b5f5f8335601e1984360301811261580c575f5ffd5b8301803591506001600160401b03821115615825575f5ffd5b602001915036819003821315613d74575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b5f6001820161585e5761585e6153c4565b5060010190565b6001600160401b0383111561587c5761587c615403565b6158908361588a8354615417565b8361544f565b5f601f8411600181146158c1575f85156158aa5750838201355b5f19600387901b1c1916600186901b178355611715565b5f83815260208120601f198716915b828110156158f057868501358255602094850194600190920191016158d0565b508682101561590c575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f6020828403121561592e575f5ffd5b815161249381614e09565b63ffffffff831681526040810161594f83614ae9565b8260208301529392505050565b5f63ffffffff821663ffffffff8103615977576159776153c4565b60010192915050565b5f82601f83011261598f575f5ffd5b81356001600160401b038111156159a8576159a8615403565b604051601f8201601f19908116603f011681016001600160401b03811182821017156159d6576159d6615403565b6040528181528382016020018510156159ed575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f6101408236031215615a1a575f5ffd5b615a226156f5565b615a2b83614ca9565b8152615a3960208401614ca9565b6020820152615a4a60408401615012565b6040820152615a5b60608401614e16565b60608201526080838101359082015260a08084013590820152615a8060c08401614cde565b60c0820152615a9160e08401614cde565b60e082015261010083810135908201526101208301356001600160401b03811115615aba575f5ffd5b615ac636828601615980565b6101208301525092915050565b81810381811115611755576117556153c4565b60ff8181168382160190811115611755576117556153c4565b606160f81b815260f084901b6001600160f01b03191660018201526680600a3d393df360c81b60038201528183600b8301375f9101600b0190815292915050565b60018060a01b038716815264ffffffffff86166020820152841515604082015261ffff8416606082015282608082015260c060a08201525f61481260c0830184614b05565b8082028115828204841417611755576117556153c4565b5f82615bb657634e487b7160e01b5f52601260045260245ffd5b500490565b63ffffffff8281168282160390811115611755576117556153c4565b634e487b7160e01b5f52603160045260245ffdfea164736f6c634300081e000a",
}

// JobRouterAdmin is an auto generated Go binding around an Ethereum contract.
type JobRouterAdmin struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *JobRouterAdmin) GetABI() abi.ABI {
	return c.abi
}

// NewJobRouterAdmin creates a new instance of JobRouterAdmin.
func NewJobRouterAdmin() *JobRouterAdmin {
	parsed, err := JobRouterAdminMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &JobRouterAdmin{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *JobRouterAdmin) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(bool allowSimulation_, uint32 feeNoticePeriod_) returns()
func (jobRouterAdmin *JobRouterAdmin) PackConstructor(allowSimulation_ bool, feeNoticePeriod_ uint32) []byte {
	enc, err := jobRouterAdmin.abi.Pack("", allowSimulation_, feeNoticePeriod_)
	if err != nil {
		panic(err)
	}
	return enc
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (jobRouterAdmin *JobRouterAdmin) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["AttestationDisabled"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackAttestationDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["AuthorFeeTooHigh"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackAuthorFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["BadEncryptionKey"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackBadEncryptionKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["BadExpiry"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackBadExpiryError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["BadFleetKeySignature"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackBadFleetKeySignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["BadMinVersion"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackBadMinVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["BadName"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackBadNameError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["BadPayeeAuthorization"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackBadPayeeAuthorizationError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["BadSecretsRef"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackBadSecretsRefError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["BadVersion"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackBadVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["BadX25519Key"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackBadX25519KeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["BadXWingKeyLength"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackBadXWingKeyLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["CannotRetireCurrentEpoch"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackCannotRetireCurrentEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["EnclaveIsRevoked"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackEnclaveIsRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["EpochKeysAlreadySet"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackEpochKeysAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["EpochNotPending"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackEpochNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["EpochNotRetirable"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackEpochNotRetirableError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["FeesNotDue"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackFeesNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["FleetIdMismatch"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackFleetIdMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["FleetKeySignerInactive"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackFleetKeySignerInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["FleetKeySignerSimulated"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackFleetKeySignerSimulatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["MeasurementNotAllowed"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackMeasurementNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["MrEnclaveDenied"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackMrEnclaveDeniedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["NoEarnings"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackNoEarningsError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["NotAttested"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackNotAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["NotAuthor"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackNotAuthorError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["NotDelegated"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackNotDelegatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["NothingToPay"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackNothingToPayError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["ProgramExists"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackProgramExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["RegistrarsDisabled"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackRegistrarsDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["RequesterNotAllowed"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackRequesterNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["RotationPending"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackRotationPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["SimulationNotAllowed"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackSimulationNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["TcbStillAccepted"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackTcbStillAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["UnknownEnclave"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackUnknownEnclaveError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["UnknownMeasurement"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackUnknownMeasurementError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["UnknownProgram"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackUnknownProgramError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["VersionUnavailable"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackVersionUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["XWingKeyStoreFailed"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackXWingKeyStoreFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouterAdmin.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return jobRouterAdmin.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// JobRouterAdminAttestationDisabled represents a AttestationDisabled error raised by the JobRouterAdmin contract.
type JobRouterAdminAttestationDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationDisabled()
func JobRouterAdminAttestationDisabledErrorID() common.Hash {
	return common.HexToHash("0xc08797638d9553e04a62b1e4086f6a9b33119790812058410370f3897377c141")
}

// UnpackAttestationDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationDisabled()
func (jobRouterAdmin *JobRouterAdmin) UnpackAttestationDisabledError(raw []byte) (*JobRouterAdminAttestationDisabled, error) {
	out := new(JobRouterAdminAttestationDisabled)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "AttestationDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminAuthorFeeTooHigh represents a AuthorFeeTooHigh error raised by the JobRouterAdmin contract.
type JobRouterAdminAuthorFeeTooHigh struct {
	AuthorFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuthorFeeTooHigh(uint96 authorFee)
func JobRouterAdminAuthorFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0xa24cc14b29adcf79ef0a3b8f07a051f6e53efdc0bccd76cf473556b227cecc71")
}

// UnpackAuthorFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuthorFeeTooHigh(uint96 authorFee)
func (jobRouterAdmin *JobRouterAdmin) UnpackAuthorFeeTooHighError(raw []byte) (*JobRouterAdminAuthorFeeTooHigh, error) {
	out := new(JobRouterAdminAuthorFeeTooHigh)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "AuthorFeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminBadConfig represents a BadConfig error raised by the JobRouterAdmin contract.
type JobRouterAdminBadConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig()
func JobRouterAdminBadConfigErrorID() common.Hash {
	return common.HexToHash("0x07cc321ce71a3eebb30014b3b8f136f5e867b17e2b76292bf086143aa7c7b50c")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig()
func (jobRouterAdmin *JobRouterAdmin) UnpackBadConfigError(raw []byte) (*JobRouterAdminBadConfig, error) {
	out := new(JobRouterAdminBadConfig)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminBadEncryptionKey represents a BadEncryptionKey error raised by the JobRouterAdmin contract.
type JobRouterAdminBadEncryptionKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadEncryptionKey()
func JobRouterAdminBadEncryptionKeyErrorID() common.Hash {
	return common.HexToHash("0x2745caee85c87c7bf8bd5a486f4ef0eb7e7c3b7aab097e19c662cb19456f7a47")
}

// UnpackBadEncryptionKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadEncryptionKey()
func (jobRouterAdmin *JobRouterAdmin) UnpackBadEncryptionKeyError(raw []byte) (*JobRouterAdminBadEncryptionKey, error) {
	out := new(JobRouterAdminBadEncryptionKey)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "BadEncryptionKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminBadExpiry represents a BadExpiry error raised by the JobRouterAdmin contract.
type JobRouterAdminBadExpiry struct {
	ExpiresAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadExpiry(uint40 expiresAt)
func JobRouterAdminBadExpiryErrorID() common.Hash {
	return common.HexToHash("0xf0b8ebee7ad8316c7aafdcdf2ee9f1566f113e66f87689bc5b6c4d65a2009ab3")
}

// UnpackBadExpiryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadExpiry(uint40 expiresAt)
func (jobRouterAdmin *JobRouterAdmin) UnpackBadExpiryError(raw []byte) (*JobRouterAdminBadExpiry, error) {
	out := new(JobRouterAdminBadExpiry)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "BadExpiry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminBadFleetKeySignature represents a BadFleetKeySignature error raised by the JobRouterAdmin contract.
type JobRouterAdminBadFleetKeySignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadFleetKeySignature()
func JobRouterAdminBadFleetKeySignatureErrorID() common.Hash {
	return common.HexToHash("0xfee01fd088053f1b65cc09e006a4f21a45de54729bdb5fb120a271e99df502e6")
}

// UnpackBadFleetKeySignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadFleetKeySignature()
func (jobRouterAdmin *JobRouterAdmin) UnpackBadFleetKeySignatureError(raw []byte) (*JobRouterAdminBadFleetKeySignature, error) {
	out := new(JobRouterAdminBadFleetKeySignature)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "BadFleetKeySignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminBadMinVersion represents a BadMinVersion error raised by the JobRouterAdmin contract.
type JobRouterAdminBadMinVersion struct {
	MinVersion uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadMinVersion(uint32 minVersion)
func JobRouterAdminBadMinVersionErrorID() common.Hash {
	return common.HexToHash("0xfb14ea91f4663f947d3b822694923a3c827617ff30fa47f4feea82b790c0d0b3")
}

// UnpackBadMinVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadMinVersion(uint32 minVersion)
func (jobRouterAdmin *JobRouterAdmin) UnpackBadMinVersionError(raw []byte) (*JobRouterAdminBadMinVersion, error) {
	out := new(JobRouterAdminBadMinVersion)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "BadMinVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminBadName represents a BadName error raised by the JobRouterAdmin contract.
type JobRouterAdminBadName struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadName()
func JobRouterAdminBadNameErrorID() common.Hash {
	return common.HexToHash("0x153736cdc513f7b7c5a7b4bce0c42036e1e7c69bb09e8a4356571ad5f4c69737")
}

// UnpackBadNameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadName()
func (jobRouterAdmin *JobRouterAdmin) UnpackBadNameError(raw []byte) (*JobRouterAdminBadName, error) {
	out := new(JobRouterAdminBadName)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "BadName", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminBadPayeeAuthorization represents a BadPayeeAuthorization error raised by the JobRouterAdmin contract.
type JobRouterAdminBadPayeeAuthorization struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPayeeAuthorization(address signer)
func JobRouterAdminBadPayeeAuthorizationErrorID() common.Hash {
	return common.HexToHash("0x1c212328d68f299905634e0e9ae25cad947a8ad65ff9a5a8637af69e143d3821")
}

// UnpackBadPayeeAuthorizationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPayeeAuthorization(address signer)
func (jobRouterAdmin *JobRouterAdmin) UnpackBadPayeeAuthorizationError(raw []byte) (*JobRouterAdminBadPayeeAuthorization, error) {
	out := new(JobRouterAdminBadPayeeAuthorization)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "BadPayeeAuthorization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminBadSecretsRef represents a BadSecretsRef error raised by the JobRouterAdmin contract.
type JobRouterAdminBadSecretsRef struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSecretsRef()
func JobRouterAdminBadSecretsRefErrorID() common.Hash {
	return common.HexToHash("0x25935a3da35d0abc161c4acdac60ba0d96185f67e10eda854a67bcaffde4cfcd")
}

// UnpackBadSecretsRefError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSecretsRef()
func (jobRouterAdmin *JobRouterAdmin) UnpackBadSecretsRefError(raw []byte) (*JobRouterAdminBadSecretsRef, error) {
	out := new(JobRouterAdminBadSecretsRef)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "BadSecretsRef", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminBadVersion represents a BadVersion error raised by the JobRouterAdmin contract.
type JobRouterAdminBadVersion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadVersion()
func JobRouterAdminBadVersionErrorID() common.Hash {
	return common.HexToHash("0xcead342907aa4fbe38e3614a21d3e2a00b6f9e82eecab2e7ccb82ce41d94a9e6")
}

// UnpackBadVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadVersion()
func (jobRouterAdmin *JobRouterAdmin) UnpackBadVersionError(raw []byte) (*JobRouterAdminBadVersion, error) {
	out := new(JobRouterAdminBadVersion)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "BadVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminBadX25519Key represents a BadX25519Key error raised by the JobRouterAdmin contract.
type JobRouterAdminBadX25519Key struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadX25519Key()
func JobRouterAdminBadX25519KeyErrorID() common.Hash {
	return common.HexToHash("0x02f72ecd5e6ded27c1dc7c29584dbe023f028b6d78bf19c19a14f278b90bb48d")
}

// UnpackBadX25519KeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadX25519Key()
func (jobRouterAdmin *JobRouterAdmin) UnpackBadX25519KeyError(raw []byte) (*JobRouterAdminBadX25519Key, error) {
	out := new(JobRouterAdminBadX25519Key)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "BadX25519Key", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminBadXWingKeyLength represents a BadXWingKeyLength error raised by the JobRouterAdmin contract.
type JobRouterAdminBadXWingKeyLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadXWingKeyLength(uint256 length)
func JobRouterAdminBadXWingKeyLengthErrorID() common.Hash {
	return common.HexToHash("0x137c136330005c582103767f76d4025b2c27872cc19340ce408d65b366d37a43")
}

// UnpackBadXWingKeyLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadXWingKeyLength(uint256 length)
func (jobRouterAdmin *JobRouterAdmin) UnpackBadXWingKeyLengthError(raw []byte) (*JobRouterAdminBadXWingKeyLength, error) {
	out := new(JobRouterAdminBadXWingKeyLength)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "BadXWingKeyLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminCannotRetireCurrentEpoch represents a CannotRetireCurrentEpoch error raised by the JobRouterAdmin contract.
type JobRouterAdminCannotRetireCurrentEpoch struct {
	Epoch uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotRetireCurrentEpoch(uint32 epoch)
func JobRouterAdminCannotRetireCurrentEpochErrorID() common.Hash {
	return common.HexToHash("0x9c47a9eff6a2b18405195a2ad4d2c330182611423df1ea6592ed4a25d86c37fb")
}

// UnpackCannotRetireCurrentEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotRetireCurrentEpoch(uint32 epoch)
func (jobRouterAdmin *JobRouterAdmin) UnpackCannotRetireCurrentEpochError(raw []byte) (*JobRouterAdminCannotRetireCurrentEpoch, error) {
	out := new(JobRouterAdminCannotRetireCurrentEpoch)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "CannotRetireCurrentEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminEnclaveIsRevoked represents a EnclaveIsRevoked error raised by the JobRouterAdmin contract.
type JobRouterAdminEnclaveIsRevoked struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveIsRevoked(address signer)
func JobRouterAdminEnclaveIsRevokedErrorID() common.Hash {
	return common.HexToHash("0xf1c2c94ffb53cda5eaecbdc1216ff821ad6b4f049f5f2a4885afd8e57f336f0f")
}

// UnpackEnclaveIsRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveIsRevoked(address signer)
func (jobRouterAdmin *JobRouterAdmin) UnpackEnclaveIsRevokedError(raw []byte) (*JobRouterAdminEnclaveIsRevoked, error) {
	out := new(JobRouterAdminEnclaveIsRevoked)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "EnclaveIsRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminEpochKeysAlreadySet represents a EpochKeysAlreadySet error raised by the JobRouterAdmin contract.
type JobRouterAdminEpochKeysAlreadySet struct {
	Epoch uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochKeysAlreadySet(uint32 epoch)
func JobRouterAdminEpochKeysAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xa5969faf40e4269ddc6ee4153a42ddfde713c0f12b1a03aa33eff1bae728df7a")
}

// UnpackEpochKeysAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochKeysAlreadySet(uint32 epoch)
func (jobRouterAdmin *JobRouterAdmin) UnpackEpochKeysAlreadySetError(raw []byte) (*JobRouterAdminEpochKeysAlreadySet, error) {
	out := new(JobRouterAdminEpochKeysAlreadySet)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "EpochKeysAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminEpochNotPending represents a EpochNotPending error raised by the JobRouterAdmin contract.
type JobRouterAdminEpochNotPending struct {
	Epoch   uint32
	Pending uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotPending(uint32 epoch, uint32 pending)
func JobRouterAdminEpochNotPendingErrorID() common.Hash {
	return common.HexToHash("0x5e3f9b45ec330c3d6df1466d4ec01bf40d9ee8869ac8b12c2022a47f3dca087b")
}

// UnpackEpochNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotPending(uint32 epoch, uint32 pending)
func (jobRouterAdmin *JobRouterAdmin) UnpackEpochNotPendingError(raw []byte) (*JobRouterAdminEpochNotPending, error) {
	out := new(JobRouterAdminEpochNotPending)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "EpochNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminEpochNotRetirable represents a EpochNotRetirable error raised by the JobRouterAdmin contract.
type JobRouterAdminEpochNotRetirable struct {
	Epoch  uint32
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotRetirable(uint32 epoch, uint8 status)
func JobRouterAdminEpochNotRetirableErrorID() common.Hash {
	return common.HexToHash("0x0fb854dcc33c56ec6c008e7d51687f6fe6d23b7c87ae23ef06cce53bf3a0f302")
}

// UnpackEpochNotRetirableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotRetirable(uint32 epoch, uint8 status)
func (jobRouterAdmin *JobRouterAdmin) UnpackEpochNotRetirableError(raw []byte) (*JobRouterAdminEpochNotRetirable, error) {
	out := new(JobRouterAdminEpochNotRetirable)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "EpochNotRetirable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminFeesNotDue represents a FeesNotDue error raised by the JobRouterAdmin contract.
type JobRouterAdminFeesNotDue struct {
	EffectiveAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeesNotDue(uint40 effectiveAt)
func JobRouterAdminFeesNotDueErrorID() common.Hash {
	return common.HexToHash("0xd7057983dd2c744b86938a228dd267b693830bff722dc36065e3de7229419b71")
}

// UnpackFeesNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeesNotDue(uint40 effectiveAt)
func (jobRouterAdmin *JobRouterAdmin) UnpackFeesNotDueError(raw []byte) (*JobRouterAdminFeesNotDue, error) {
	out := new(JobRouterAdminFeesNotDue)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "FeesNotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminFleetIdMismatch represents a FleetIdMismatch error raised by the JobRouterAdmin contract.
type JobRouterAdminFleetIdMismatch struct {
	FleetId  [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FleetIdMismatch(bytes32 fleetId, bytes32 expected)
func JobRouterAdminFleetIdMismatchErrorID() common.Hash {
	return common.HexToHash("0xa21a3f36e114029e3d6eb0c425b84f0e3f7d46d057fac134714adabe21ba18c8")
}

// UnpackFleetIdMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FleetIdMismatch(bytes32 fleetId, bytes32 expected)
func (jobRouterAdmin *JobRouterAdmin) UnpackFleetIdMismatchError(raw []byte) (*JobRouterAdminFleetIdMismatch, error) {
	out := new(JobRouterAdminFleetIdMismatch)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "FleetIdMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminFleetKeySignerInactive represents a FleetKeySignerInactive error raised by the JobRouterAdmin contract.
type JobRouterAdminFleetKeySignerInactive struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FleetKeySignerInactive(address signer)
func JobRouterAdminFleetKeySignerInactiveErrorID() common.Hash {
	return common.HexToHash("0xea1075c96aa587f9ab446820fa7ddc26002f7cabd1b0638bb818d8addf6c5da4")
}

// UnpackFleetKeySignerInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FleetKeySignerInactive(address signer)
func (jobRouterAdmin *JobRouterAdmin) UnpackFleetKeySignerInactiveError(raw []byte) (*JobRouterAdminFleetKeySignerInactive, error) {
	out := new(JobRouterAdminFleetKeySignerInactive)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "FleetKeySignerInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminFleetKeySignerSimulated represents a FleetKeySignerSimulated error raised by the JobRouterAdmin contract.
type JobRouterAdminFleetKeySignerSimulated struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FleetKeySignerSimulated(address signer)
func JobRouterAdminFleetKeySignerSimulatedErrorID() common.Hash {
	return common.HexToHash("0x39e9171164d0835295a86013ea6482f9f3c2c6c5740df3bb35b4b15ec63b9777")
}

// UnpackFleetKeySignerSimulatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FleetKeySignerSimulated(address signer)
func (jobRouterAdmin *JobRouterAdmin) UnpackFleetKeySignerSimulatedError(raw []byte) (*JobRouterAdminFleetKeySignerSimulated, error) {
	out := new(JobRouterAdminFleetKeySignerSimulated)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "FleetKeySignerSimulated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminMeasurementNotAllowed represents a MeasurementNotAllowed error raised by the JobRouterAdmin contract.
type JobRouterAdminMeasurementNotAllowed struct {
	MrEnclave [32]byte
	MrSigner  [32]byte
	ProductId uint16
	Svn       uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MeasurementNotAllowed(bytes32 mrEnclave, bytes32 mrSigner, uint16 productId, uint16 svn)
func JobRouterAdminMeasurementNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x98726b0c0c1e6b236b8b10e240e0e7d034b1f734d3a7fa628682912b75eae563")
}

// UnpackMeasurementNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MeasurementNotAllowed(bytes32 mrEnclave, bytes32 mrSigner, uint16 productId, uint16 svn)
func (jobRouterAdmin *JobRouterAdmin) UnpackMeasurementNotAllowedError(raw []byte) (*JobRouterAdminMeasurementNotAllowed, error) {
	out := new(JobRouterAdminMeasurementNotAllowed)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "MeasurementNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminMrEnclaveDenied represents a MrEnclaveDenied error raised by the JobRouterAdmin contract.
type JobRouterAdminMrEnclaveDenied struct {
	MrEnclave [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MrEnclaveDenied(bytes32 mrEnclave)
func JobRouterAdminMrEnclaveDeniedErrorID() common.Hash {
	return common.HexToHash("0xda33f0d88c7401086be4de6d0af208a456a0ef701b7b8d5b3475237a8c691525")
}

// UnpackMrEnclaveDeniedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MrEnclaveDenied(bytes32 mrEnclave)
func (jobRouterAdmin *JobRouterAdmin) UnpackMrEnclaveDeniedError(raw []byte) (*JobRouterAdminMrEnclaveDenied, error) {
	out := new(JobRouterAdminMrEnclaveDenied)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "MrEnclaveDenied", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminNoEarnings represents a NoEarnings error raised by the JobRouterAdmin contract.
type JobRouterAdminNoEarnings struct {
	ProgramId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoEarnings(bytes32 programId)
func JobRouterAdminNoEarningsErrorID() common.Hash {
	return common.HexToHash("0xea4928e4838fb8d0f4117034d8527074b853de9824cb31e52b1d3814fc10e03f")
}

// UnpackNoEarningsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoEarnings(bytes32 programId)
func (jobRouterAdmin *JobRouterAdmin) UnpackNoEarningsError(raw []byte) (*JobRouterAdminNoEarnings, error) {
	out := new(JobRouterAdminNoEarnings)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "NoEarnings", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminNotAttested represents a NotAttested error raised by the JobRouterAdmin contract.
type JobRouterAdminNotAttested struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAttested(address signer)
func JobRouterAdminNotAttestedErrorID() common.Hash {
	return common.HexToHash("0x7ca8736113091f9446ff6438d02db72e029588f05a04c4276fd8976b279c44ea")
}

// UnpackNotAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAttested(address signer)
func (jobRouterAdmin *JobRouterAdmin) UnpackNotAttestedError(raw []byte) (*JobRouterAdminNotAttested, error) {
	out := new(JobRouterAdminNotAttested)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "NotAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminNotAuthor represents a NotAuthor error raised by the JobRouterAdmin contract.
type JobRouterAdminNotAuthor struct {
	ProgramId [32]byte
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAuthor(bytes32 programId, address caller)
func JobRouterAdminNotAuthorErrorID() common.Hash {
	return common.HexToHash("0x0ff7175745c2a58e667c937f56b771d4d802f148538b19b36dca737c4f947912")
}

// UnpackNotAuthorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAuthor(bytes32 programId, address caller)
func (jobRouterAdmin *JobRouterAdmin) UnpackNotAuthorError(raw []byte) (*JobRouterAdminNotAuthor, error) {
	out := new(JobRouterAdminNotAuthor)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "NotAuthor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminNotDelegated represents a NotDelegated error raised by the JobRouterAdmin contract.
type JobRouterAdminNotDelegated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDelegated()
func JobRouterAdminNotDelegatedErrorID() common.Hash {
	return common.HexToHash("0x9ccd6d765a710fd680d347153286cdb7a60331f3ffa08d6d8f39a8f309e618f5")
}

// UnpackNotDelegatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDelegated()
func (jobRouterAdmin *JobRouterAdmin) UnpackNotDelegatedError(raw []byte) (*JobRouterAdminNotDelegated, error) {
	out := new(JobRouterAdminNotDelegated)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "NotDelegated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminNothingToPay represents a NothingToPay error raised by the JobRouterAdmin contract.
type JobRouterAdminNothingToPay struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToPay(address signer)
func JobRouterAdminNothingToPayErrorID() common.Hash {
	return common.HexToHash("0xbd6f331f1c9a18a693671e0f94d28806fc2e719421eb07d6536797cf64f5e8b0")
}

// UnpackNothingToPayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToPay(address signer)
func (jobRouterAdmin *JobRouterAdmin) UnpackNothingToPayError(raw []byte) (*JobRouterAdminNothingToPay, error) {
	out := new(JobRouterAdminNothingToPay)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "NothingToPay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminProgramExists represents a ProgramExists error raised by the JobRouterAdmin contract.
type JobRouterAdminProgramExists struct {
	ProgramId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProgramExists(bytes32 programId)
func JobRouterAdminProgramExistsErrorID() common.Hash {
	return common.HexToHash("0xf0509a6e9d8b4e6dbb9d4e8153bdec950ec2658d90d5437e316285b6a5a6c0f5")
}

// UnpackProgramExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProgramExists(bytes32 programId)
func (jobRouterAdmin *JobRouterAdmin) UnpackProgramExistsError(raw []byte) (*JobRouterAdminProgramExists, error) {
	out := new(JobRouterAdminProgramExists)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "ProgramExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminRegistrarsDisabled represents a RegistrarsDisabled error raised by the JobRouterAdmin contract.
type JobRouterAdminRegistrarsDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistrarsDisabled()
func JobRouterAdminRegistrarsDisabledErrorID() common.Hash {
	return common.HexToHash("0x8ce1ec2a97a1ac4fd4cad20d8c786b2a3b2302a2b76182c55e882112d0ac606d")
}

// UnpackRegistrarsDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistrarsDisabled()
func (jobRouterAdmin *JobRouterAdmin) UnpackRegistrarsDisabledError(raw []byte) (*JobRouterAdminRegistrarsDisabled, error) {
	out := new(JobRouterAdminRegistrarsDisabled)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "RegistrarsDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminRequesterNotAllowed represents a RequesterNotAllowed error raised by the JobRouterAdmin contract.
type JobRouterAdminRequesterNotAllowed struct {
	ProgramId [32]byte
	Requester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequesterNotAllowed(bytes32 programId, address requester)
func JobRouterAdminRequesterNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x6e34eeb054cdd0207b29739bfa0d9a83cc34b3fd4e58ce3f61c5ee9472da3b50")
}

// UnpackRequesterNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequesterNotAllowed(bytes32 programId, address requester)
func (jobRouterAdmin *JobRouterAdmin) UnpackRequesterNotAllowedError(raw []byte) (*JobRouterAdminRequesterNotAllowed, error) {
	out := new(JobRouterAdminRequesterNotAllowed)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "RequesterNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminRotationPending represents a RotationPending error raised by the JobRouterAdmin contract.
type JobRouterAdminRotationPending struct {
	Pending uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RotationPending(uint32 pending)
func JobRouterAdminRotationPendingErrorID() common.Hash {
	return common.HexToHash("0x5909a1a051341335c8f2caa75201d4e9ab0f892aecee6ada4760f31f4103dfab")
}

// UnpackRotationPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RotationPending(uint32 pending)
func (jobRouterAdmin *JobRouterAdmin) UnpackRotationPendingError(raw []byte) (*JobRouterAdminRotationPending, error) {
	out := new(JobRouterAdminRotationPending)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "RotationPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminSimulationNotAllowed represents a SimulationNotAllowed error raised by the JobRouterAdmin contract.
type JobRouterAdminSimulationNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SimulationNotAllowed()
func JobRouterAdminSimulationNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x67480b230f9ba29aa682ec054ddb6965e10dd09bfce23612f86605ce87abcc7f")
}

// UnpackSimulationNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SimulationNotAllowed()
func (jobRouterAdmin *JobRouterAdmin) UnpackSimulationNotAllowedError(raw []byte) (*JobRouterAdminSimulationNotAllowed, error) {
	out := new(JobRouterAdminSimulationNotAllowed)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "SimulationNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminTcbStillAccepted represents a TcbStillAccepted error raised by the JobRouterAdmin contract.
type JobRouterAdminTcbStillAccepted struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TcbStillAccepted(address signer)
func JobRouterAdminTcbStillAcceptedErrorID() common.Hash {
	return common.HexToHash("0x4aec22eb021aa751b09666c699a4fbc61d70f4561109fa717344f607895e2bd7")
}

// UnpackTcbStillAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TcbStillAccepted(address signer)
func (jobRouterAdmin *JobRouterAdmin) UnpackTcbStillAcceptedError(raw []byte) (*JobRouterAdminTcbStillAccepted, error) {
	out := new(JobRouterAdminTcbStillAccepted)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "TcbStillAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminTransferFailed represents a TransferFailed error raised by the JobRouterAdmin contract.
type JobRouterAdminTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func JobRouterAdminTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (jobRouterAdmin *JobRouterAdmin) UnpackTransferFailedError(raw []byte) (*JobRouterAdminTransferFailed, error) {
	out := new(JobRouterAdminTransferFailed)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminUnauthorized represents a Unauthorized error raised by the JobRouterAdmin contract.
type JobRouterAdminUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func JobRouterAdminUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (jobRouterAdmin *JobRouterAdmin) UnpackUnauthorizedError(raw []byte) (*JobRouterAdminUnauthorized, error) {
	out := new(JobRouterAdminUnauthorized)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminUnknownEnclave represents a UnknownEnclave error raised by the JobRouterAdmin contract.
type JobRouterAdminUnknownEnclave struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownEnclave(address signer)
func JobRouterAdminUnknownEnclaveErrorID() common.Hash {
	return common.HexToHash("0xac88b767f1e87cb56fc33a41d30df4f36a07e52f2202d4963c7f0547c5764e65")
}

// UnpackUnknownEnclaveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownEnclave(address signer)
func (jobRouterAdmin *JobRouterAdmin) UnpackUnknownEnclaveError(raw []byte) (*JobRouterAdminUnknownEnclave, error) {
	out := new(JobRouterAdminUnknownEnclave)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "UnknownEnclave", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminUnknownMeasurement represents a UnknownMeasurement error raised by the JobRouterAdmin contract.
type JobRouterAdminUnknownMeasurement struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownMeasurement(bytes32 key)
func JobRouterAdminUnknownMeasurementErrorID() common.Hash {
	return common.HexToHash("0x7d3142fdbad5120e5e6dcf925aa81e861ed12ddad3771748daf2cc2b71b321b3")
}

// UnpackUnknownMeasurementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownMeasurement(bytes32 key)
func (jobRouterAdmin *JobRouterAdmin) UnpackUnknownMeasurementError(raw []byte) (*JobRouterAdminUnknownMeasurement, error) {
	out := new(JobRouterAdminUnknownMeasurement)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "UnknownMeasurement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminUnknownProgram represents a UnknownProgram error raised by the JobRouterAdmin contract.
type JobRouterAdminUnknownProgram struct {
	ProgramId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownProgram(bytes32 programId)
func JobRouterAdminUnknownProgramErrorID() common.Hash {
	return common.HexToHash("0x8700833fbd65b55e9c1c99f1914d7607c300af0cac075ba98f3b41a603b74b36")
}

// UnpackUnknownProgramError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownProgram(bytes32 programId)
func (jobRouterAdmin *JobRouterAdmin) UnpackUnknownProgramError(raw []byte) (*JobRouterAdminUnknownProgram, error) {
	out := new(JobRouterAdminUnknownProgram)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "UnknownProgram", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminVersionUnavailable represents a VersionUnavailable error raised by the JobRouterAdmin contract.
type JobRouterAdminVersionUnavailable struct {
	ProgramId      [32]byte
	Version        uint32
	MinVersion     uint32
	CurrentVersion uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VersionUnavailable(bytes32 programId, uint32 version, uint32 minVersion, uint32 currentVersion)
func JobRouterAdminVersionUnavailableErrorID() common.Hash {
	return common.HexToHash("0xd56c47f4a42be1b005948c2a60d51cacbb1e44de8173ab6c8db41fc62931fa55")
}

// UnpackVersionUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VersionUnavailable(bytes32 programId, uint32 version, uint32 minVersion, uint32 currentVersion)
func (jobRouterAdmin *JobRouterAdmin) UnpackVersionUnavailableError(raw []byte) (*JobRouterAdminVersionUnavailable, error) {
	out := new(JobRouterAdminVersionUnavailable)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "VersionUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminXWingKeyStoreFailed represents a XWingKeyStoreFailed error raised by the JobRouterAdmin contract.
type JobRouterAdminXWingKeyStoreFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error XWingKeyStoreFailed()
func JobRouterAdminXWingKeyStoreFailedErrorID() common.Hash {
	return common.HexToHash("0x6c46fbf166f589d372ddc59da84df46d0234a879420c93c4d229dc40b93da74d")
}

// UnpackXWingKeyStoreFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error XWingKeyStoreFailed()
func (jobRouterAdmin *JobRouterAdmin) UnpackXWingKeyStoreFailedError(raw []byte) (*JobRouterAdminXWingKeyStoreFailed, error) {
	out := new(JobRouterAdminXWingKeyStoreFailed)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "XWingKeyStoreFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRouterAdminZeroAddress represents a ZeroAddress error raised by the JobRouterAdmin contract.
type JobRouterAdminZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func JobRouterAdminZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (jobRouterAdmin *JobRouterAdmin) UnpackZeroAddressError(raw []byte) (*JobRouterAdminZeroAddress, error) {
	out := new(JobRouterAdminZeroAddress)
	if err := jobRouterAdmin.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradeConsumerMetaData contains all meta data concerning the TradeConsumer contract.
var TradeConsumerMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"router_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId_\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"market_\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"ttl_\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"CALLBACK_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancelExpired\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"market\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onJobResult\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"orderInput\",\"inputs\":[{\"name\":\"buy\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"quantity\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"limitPrice\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"orderOf\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structTradeConsumer.Order\",\"components\":[{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumTradeConsumer.State\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"buy\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"quantity\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"limitPrice\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"filledQty\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"avgPrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"placeOrder\",\"inputs\":[{\"name\":\"buy\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"quantity\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"limitPrice\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"programId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quote\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"router\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIJobRouter\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ttl\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"OrderExpired\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderFailed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderFilled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"filledQty\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"avgPrice\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderRequested\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"buy\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"quantity\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"limitPrice\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BadOrder\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotPending\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"OnlyRouter\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TransferFailed\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnexpectedEther\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	ID:  "TradeConsumer",
	Bin: "0x610100604052348015610010575f5ffd5b50604051611de1380380611de183398101604081905261002f916100a8565b6001600160a01b0380861660805260a0859052831660c0525f6100528382610217565b5063ffffffff1660e052506102d192505050565b80516001600160a01b038116811461007c575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b805163ffffffff8116811461007c575f5ffd5b5f5f5f5f5f60a086880312156100bc575f5ffd5b6100c586610066565b9450602086015193506100da60408701610066565b60608701519093506001600160401b038111156100f5575f5ffd5b8601601f81018813610105575f5ffd5b80516001600160401b0381111561011e5761011e610081565b604051601f8201601f19908116603f011681016001600160401b038111828210171561014c5761014c610081565b6040528181528282016020018a1015610163575f5ffd5b8160208401602083015e5f6020838301015280945050505061018760808701610095565b90509295509295909350565b600181811c908216806101a757607f821691505b6020821081036101c557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561021257805f5260205f20601f840160051c810160208510156101f05750805b601f840160051c820191505b8181101561020f575f81556001016101fc565b50505b505050565b81516001600160401b0381111561023057610230610081565b6102448161023e8454610193565b846101cb565b6020601f821160018114610276575f831561025f5750848201515b5f19600385901b1c1916600184901b17845561020f565b5f84815260208120601f198516915b828110156102a55787850151825560209485019460019092019101610285565b50848210156102c257868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a05160c05160e051611a7c6103655f395f81816101770152610a4e01525f8181610223015281816103e2015281816105ca01528181610688015261096901525f8181610291015281816108410152610a1d01525f818160e3015281816103250152818161035f0152818161053701528181610e1401528181610ec30152818161102f01526111b30152611a7c5ff3fe6080604052600436106100c6575f3560e01c80639779ea4611610071578063d5a014e51161004c578063d5a014e5146102d5578063e3d443ad14610301578063f887ea4014610314575f5ffd5b80639779ea461461026a57806398812da814610280578063999b93af146102c1575f5ffd5b80637bbf8a27116100a15780637bbf8a27146101d257806380f55605146101fe5780638da5cb5b14610212575f5ffd5b806304f5e944146101475780634e8b1dd51461016657806369e8ed21146101b3575f5ffd5b36610143573373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610141576040517fc980a2210000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b005b5f5ffd5b348015610152575f5ffd5b50610141610161366004611262565b610347565b348015610171575f5ffd5b506101997f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff90911681526020015b60405180910390f35b3480156101be575f5ffd5b506101416101cd3660046112ec565b6103ca565b3480156101dd575f5ffd5b506101f16101ec36600461135d565b6106c3565b6040516101aa91906113ef565b348015610209575f5ffd5b506101f16107b0565b34801561021d575f5ffd5b506102457f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101aa565b348015610275575f5ffd5b506101996201d4c081565b34801561028b575f5ffd5b506102b37f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020016101aa565b3480156102cc575f5ffd5b506102b361083b565b3480156102e0575f5ffd5b506102f46102ef366004611401565b61086e565b6040516101aa9190611445565b6102b361030f36600461135d565b610950565b34801561031f575f5ffd5b506102457f000000000000000000000000000000000000000000000000000000000000000081565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146103b8576040517f146f8b8e000000000000000000000000000000000000000000000000000000008152336004820152602401610138565b6103c484848484610c6a565b50505050565b3373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461043b576040517f245aecd3000000000000000000000000000000000000000000000000000000008152336004820152602401610138565b5f82815260016020819052604090912090815460ff16600481111561046257610462611418565b1461049c576040517fbbf86c2700000000000000000000000000000000000000000000000000000000815260048101849052602401610138565b80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600417815560405183907f2e775cae5028266ebbe90e46ca5ce1b333eb3c28eef104c52203add626c1ada8905f90a261050783610502368590038501856115d9565b610dd7565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906370a0823190602401602060405180830381865afa158015610591573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105b59190611695565b905080156103c4576105c630610e7c565b505f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16826040515f6040518083038185875af1925050503d805f811461063d576040519150601f19603f3d011682016040523d82523d5f602084013e610642565b606091505b50509050806106bc576040517f1c43b97600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016600482015260248101839052604401610138565b5050505050565b60607f20000000000000000000000000000000000000000000000000000000000000005f85610727576040518060400160405280600481526020017f73656c6c0000000000000000000000000000000000000000000000000000000081525061075e565b6040518060400160405280600381526020017f62757900000000000000000000000000000000000000000000000000000000008152505b6107718667ffffffffffffffff16610f35565b6107848667ffffffffffffffff16610f35565b604051602001610798959493929190611714565b60405160208183030381529060405290509392505050565b5f80546107bc906116ac565b80601f01602080910402602001604051908101604052809291908181526020018280546107e8906116ac565b80156108335780601f1061080a57610100808354040283529160200191610833565b820191905f5260205f20905b81548152906001019060200180831161081657829003601f168201915b505050505081565b5f6108697f00000000000000000000000000000000000000000000000000000000000000006201d4c0610ff2565b905090565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091525f8281526001602052604090819020815160e081019092528054829060ff1660048111156108d6576108d6611418565b60048111156108e7576108e7611418565b8152815460ff610100820481166020840152620100008204161515604083015267ffffffffffffffff63010000008204811660608401526b010000000000000000000000909104166080820152600182015460a082015260029091015460c09091015292915050565b5f3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146109c2576040517f245aecd3000000000000000000000000000000000000000000000000000000008152336004820152602401610138565b67ffffffffffffffff831615806109e1575067ffffffffffffffff8216155b15610a18576040517f98c2c36800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a737f000000000000000000000000000000000000000000000000000000000000000033610a488787876106c3565b6201d4c07f0000000000000000000000000000000000000000000000000000000000000000346110b4565b6040805160e08101825260018082525f60208084018290528915158486015267ffffffffffffffff808a1660608601528816608085015260a0840182905260c0840182905285825282905292909220815181549495509193909283917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001690836004811115610b0457610b04611418565b0217905550602082015181546040808501516060860151608087015167ffffffffffffffff9081166b010000000000000000000000027fffffffffffffffffffffffffff0000000000000000ffffffffffffffffffffff91909216630100000002167fffffffffffffffffffffffffff00000000000000000000000000000000ffffff92151562010000027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff60ff90971661010002969096167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000ff9095169490941794909417169190911791909117825560a0830151600183015560c0909201516002909101555181907fe6fbc00bf02de657b65322b1ce5a77b63284234ab4f178703f998fe433485a5b90610c5b90879087908790921515835267ffffffffffffffff918216602084015216604082015260600190565b60405180910390a29392505050565b5f84815260016020819052604090912090815460ff166004811115610c9157610c91611418565b14610c9c57506103c4565b80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff1661010060ff8616908102919091178255158015610cdd5750604082145b15610d6f575f80610cf084860186611902565b84547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660029081178655600186018390558501819055604080518381526020810183905292945090925088917fb38583f2adb435cac858db9d3e8d3ca952ccb32307e2f3d0053b415d2d293481910160405180910390a250506106bc565b80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600317815560405160ff8516815285907f954034c16a882f3716af69dbf14f66bac05e33dfee516e61fbb50ac8a50a94da9060200160405180910390a25050505050565b6040517f1dd729bc00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690631dd729bc90610e4b9085908590600401611922565b5f604051808303815f87803b158015610e62575f5ffd5b505af1158015610e74573d5f5f3e3d5ffd5b505050505050565b6040517f51cff8d900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906351cff8d9906024016020604051808303815f875af1158015610f0b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f2f9190611695565b92915050565b60605f610f41836110cf565b60010190505f8167ffffffffffffffff811115610f6057610f606114f8565b6040519080825280601f01601f191660200182016040528015610f8a576020820181803683370190505b5090508181016020015b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a8504945084610f94575b509392505050565b6040517fa29c4f4f0000000000000000000000000000000000000000000000000000000081526004810183905263ffffffff821660248201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063a29c4f4f90604401602060405180830381865afa158015611089573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110ad9190611695565b9392505050565b5f6110c4875f88888888886111b0565b979650505050505050565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f0100000000000000008310611117577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef81000000008310611143576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061116157662386f26fc10000830492506010015b6305f5e1008310611179576305f5e100830492506008015b612710831061118d57612710830492506004015b6064831061119f576064830492506002015b600a8310610f2f5760010192915050565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16638debbfdf838a8a8a8a8a8a6040518863ffffffff1660e01b815260040161121596959493929190611a0f565b60206040518083038185885af1158015611231573d5f5f3e3d5ffd5b50505050506040513d601f19601f820116820180604052508101906112569190611695565b98975050505050505050565b5f5f5f5f60608587031215611275575f5ffd5b84359350602085013560ff8116811461128c575f5ffd5b9250604085013567ffffffffffffffff8111156112a7575f5ffd5b8501601f810187136112b7575f5ffd5b803567ffffffffffffffff8111156112cd575f5ffd5b8760208284010111156112de575f5ffd5b949793965060200194505050565b5f5f8284036101608112156112ff575f5ffd5b833592506101407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe082011215611333575f5ffd5b506020830190509250929050565b803567ffffffffffffffff81168114611358575f5ffd5b919050565b5f5f5f6060848603121561136f575f5ffd5b8335801515811461137e575f5ffd5b925061138c60208501611341565b915061139a60408501611341565b90509250925092565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6110ad60208301846113a3565b5f60208284031215611411575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b815160e082019060058110611481577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b8083525060ff602084015116602083015260408301516114a5604084018215159052565b5060608301516114c1606084018267ffffffffffffffff169052565b5060808301516114dd608084018267ffffffffffffffff169052565b5060a083015160a083015260c083015160c083015292915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051610140810167ffffffffffffffff8111828210171561156e577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b803573ffffffffffffffffffffffffffffffffffffffff81168114611358575f5ffd5b803563ffffffff81168114611358575f5ffd5b80356bffffffffffffffffffffffff81168114611358575f5ffd5b803564ffffffffff81168114611358575f5ffd5b5f6101408284031280156115eb575f5ffd5b506115f4611525565b6115fd83611574565b815261160b60208401611574565b60208201526040838101359082015261162660608401611597565b606082015261163760808401611597565b608082015260a0838101359082015261165260c08401611597565b60c082015261166360e084016115aa565b60e082015261167561010084016115aa565b61010082015261168861012084016115c5565b6101208201529392505050565b5f602082840312156116a5575f5ffd5b5051919050565b600181811c908216806116c057607f821691505b6020821081036116f7577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b5f81518060208401855e5f93019283525090919050565b7fff00000000000000000000000000000000000000000000000000000000000000861681527f7b226d61726b6574223a2200000000000000000000000000000000000000000060018201525f5f86545f8160011c9050600182168061177a57607f821691505b6020821081036117b1577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b8080156117c557600181146117fe57611832565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008416600c880152600c83151584028801019450611832565b5f8b8152602090205f5b84811015611827578154898201600c0152600190910190602001611808565b5050600c8388010194505b505050506112566118d96118d36118aa6118a461187b611875877f222c2273696465223a22000000000000000000000000000000000000000000008152600a0190565b8c6116fd565b7f222c227175616e74697479223a000000000000000000000000000000000000008152600d0190565b896116fd565b7f2c226c696d69745072696365223a0000000000000000000000000000000000008152600e0190565b866116fd565b7f7d00000000000000000000000000000000000000000000000000000000000000815260010190565b5f5f60408385031215611913575f5ffd5b50508035926020909101359150565b828152815173ffffffffffffffffffffffffffffffffffffffff1660208201526101608101602083015173ffffffffffffffffffffffffffffffffffffffff811660408401525060408301516060830152606083015161198a608084018263ffffffff169052565b50608083015163ffffffff811660a08401525060a083015160c083015260c08301516119be60e084018263ffffffff169052565b5060e08301516bffffffffffffffffffffffff8116610100840152506101008301516bffffffffffffffffffffffff81166101208401525061012083015164ffffffffff8116610140840152610fea565b86815263ffffffff8616602082015273ffffffffffffffffffffffffffffffffffffffff8516604082015260c060608201525f611a4f60c08301866113a3565b63ffffffff94851660808401529290931660a0909101529594505050505056fea164736f6c634300081e000a",
}

// TradeConsumer is an auto generated Go binding around an Ethereum contract.
type TradeConsumer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TradeConsumer) GetABI() abi.ABI {
	return c.abi
}

// NewTradeConsumer creates a new instance of TradeConsumer.
func NewTradeConsumer() *TradeConsumer {
	parsed, err := TradeConsumerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TradeConsumer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TradeConsumer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address router_, bytes32 programId_, address owner_, string market_, uint32 ttl_) returns()
func (tradeConsumer *TradeConsumer) PackConstructor(router_ common.Address, programId_ [32]byte, owner_ common.Address, market_ string, ttl_ uint32) []byte {
	enc, err := tradeConsumer.abi.Pack("", router_, programId_, owner_, market_, ttl_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (tradeConsumer *TradeConsumer) PackCALLBACKGAS() []byte {
	enc, err := tradeConsumer.abi.Pack("CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (tradeConsumer *TradeConsumer) TryPackCALLBACKGAS() ([]byte, error) {
	return tradeConsumer.abi.Pack("CALLBACK_GAS")
}

// UnpackCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9779ea46.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (tradeConsumer *TradeConsumer) UnpackCALLBACKGAS(data []byte) (uint32, error) {
	out, err := tradeConsumer.abi.Unpack("CALLBACK_GAS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCancelExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69e8ed21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelExpired(bytes32 jobId, (address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) request) returns()
func (tradeConsumer *TradeConsumer) PackCancelExpired(jobId [32]byte, request IJobRouterRequest) []byte {
	enc, err := tradeConsumer.abi.Pack("cancelExpired", jobId, request)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69e8ed21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelExpired(bytes32 jobId, (address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) request) returns()
func (tradeConsumer *TradeConsumer) TryPackCancelExpired(jobId [32]byte, request IJobRouterRequest) ([]byte, error) {
	return tradeConsumer.abi.Pack("cancelExpired", jobId, request)
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(string)
func (tradeConsumer *TradeConsumer) PackMarket() []byte {
	enc, err := tradeConsumer.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(string)
func (tradeConsumer *TradeConsumer) TryPackMarket() ([]byte, error) {
	return tradeConsumer.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(string)
func (tradeConsumer *TradeConsumer) UnpackMarket(data []byte) (string, error) {
	out, err := tradeConsumer.abi.Unpack("market", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOnJobResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04f5e944.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onJobResult(bytes32 jobId, uint8 status, bytes output) returns()
func (tradeConsumer *TradeConsumer) PackOnJobResult(jobId [32]byte, status uint8, output []byte) []byte {
	enc, err := tradeConsumer.abi.Pack("onJobResult", jobId, status, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnJobResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04f5e944.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onJobResult(bytes32 jobId, uint8 status, bytes output) returns()
func (tradeConsumer *TradeConsumer) TryPackOnJobResult(jobId [32]byte, status uint8, output []byte) ([]byte, error) {
	return tradeConsumer.abi.Pack("onJobResult", jobId, status, output)
}

// PackOrderInput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bbf8a27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orderInput(bool buy, uint64 quantity, uint64 limitPrice) view returns(bytes)
func (tradeConsumer *TradeConsumer) PackOrderInput(buy bool, quantity uint64, limitPrice uint64) []byte {
	enc, err := tradeConsumer.abi.Pack("orderInput", buy, quantity, limitPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrderInput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bbf8a27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orderInput(bool buy, uint64 quantity, uint64 limitPrice) view returns(bytes)
func (tradeConsumer *TradeConsumer) TryPackOrderInput(buy bool, quantity uint64, limitPrice uint64) ([]byte, error) {
	return tradeConsumer.abi.Pack("orderInput", buy, quantity, limitPrice)
}

// UnpackOrderInput is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7bbf8a27.
//
// Solidity: function orderInput(bool buy, uint64 quantity, uint64 limitPrice) view returns(bytes)
func (tradeConsumer *TradeConsumer) UnpackOrderInput(data []byte) ([]byte, error) {
	out, err := tradeConsumer.abi.Unpack("orderInput", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackOrderOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5a014e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orderOf(bytes32 jobId) view returns((uint8,uint8,bool,uint64,uint64,uint256,uint256))
func (tradeConsumer *TradeConsumer) PackOrderOf(jobId [32]byte) []byte {
	enc, err := tradeConsumer.abi.Pack("orderOf", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrderOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5a014e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orderOf(bytes32 jobId) view returns((uint8,uint8,bool,uint64,uint64,uint256,uint256))
func (tradeConsumer *TradeConsumer) TryPackOrderOf(jobId [32]byte) ([]byte, error) {
	return tradeConsumer.abi.Pack("orderOf", jobId)
}

// UnpackOrderOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5a014e5.
//
// Solidity: function orderOf(bytes32 jobId) view returns((uint8,uint8,bool,uint64,uint64,uint256,uint256))
func (tradeConsumer *TradeConsumer) UnpackOrderOf(data []byte) (TradeConsumerOrder, error) {
	out, err := tradeConsumer.abi.Unpack("orderOf", data)
	if err != nil {
		return *new(TradeConsumerOrder), err
	}
	out0 := *abi.ConvertType(out[0], new(TradeConsumerOrder)).(*TradeConsumerOrder)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (tradeConsumer *TradeConsumer) PackOwner() []byte {
	enc, err := tradeConsumer.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (tradeConsumer *TradeConsumer) TryPackOwner() ([]byte, error) {
	return tradeConsumer.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (tradeConsumer *TradeConsumer) UnpackOwner(data []byte) (common.Address, error) {
	out, err := tradeConsumer.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPlaceOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3d443ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function placeOrder(bool buy, uint64 quantity, uint64 limitPrice) payable returns(bytes32 jobId)
func (tradeConsumer *TradeConsumer) PackPlaceOrder(buy bool, quantity uint64, limitPrice uint64) []byte {
	enc, err := tradeConsumer.abi.Pack("placeOrder", buy, quantity, limitPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlaceOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3d443ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function placeOrder(bool buy, uint64 quantity, uint64 limitPrice) payable returns(bytes32 jobId)
func (tradeConsumer *TradeConsumer) TryPackPlaceOrder(buy bool, quantity uint64, limitPrice uint64) ([]byte, error) {
	return tradeConsumer.abi.Pack("placeOrder", buy, quantity, limitPrice)
}

// UnpackPlaceOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3d443ad.
//
// Solidity: function placeOrder(bool buy, uint64 quantity, uint64 limitPrice) payable returns(bytes32 jobId)
func (tradeConsumer *TradeConsumer) UnpackPlaceOrder(data []byte) ([32]byte, error) {
	out, err := tradeConsumer.abi.Unpack("placeOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProgramId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98812da8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function programId() view returns(bytes32)
func (tradeConsumer *TradeConsumer) PackProgramId() []byte {
	enc, err := tradeConsumer.abi.Pack("programId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProgramId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98812da8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function programId() view returns(bytes32)
func (tradeConsumer *TradeConsumer) TryPackProgramId() ([]byte, error) {
	return tradeConsumer.abi.Pack("programId")
}

// UnpackProgramId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x98812da8.
//
// Solidity: function programId() view returns(bytes32)
func (tradeConsumer *TradeConsumer) UnpackProgramId(data []byte) ([32]byte, error) {
	out, err := tradeConsumer.abi.Unpack("programId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x999b93af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quote() view returns(uint256)
func (tradeConsumer *TradeConsumer) PackQuote() []byte {
	enc, err := tradeConsumer.abi.Pack("quote")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x999b93af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quote() view returns(uint256)
func (tradeConsumer *TradeConsumer) TryPackQuote() ([]byte, error) {
	return tradeConsumer.abi.Pack("quote")
}

// UnpackQuote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x999b93af.
//
// Solidity: function quote() view returns(uint256)
func (tradeConsumer *TradeConsumer) UnpackQuote(data []byte) (*big.Int, error) {
	out, err := tradeConsumer.abi.Unpack("quote", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (tradeConsumer *TradeConsumer) PackRouter() []byte {
	enc, err := tradeConsumer.abi.Pack("router")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function router() view returns(address)
func (tradeConsumer *TradeConsumer) TryPackRouter() ([]byte, error) {
	return tradeConsumer.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (tradeConsumer *TradeConsumer) UnpackRouter(data []byte) (common.Address, error) {
	out, err := tradeConsumer.abi.Unpack("router", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTtl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e8b1dd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ttl() view returns(uint32)
func (tradeConsumer *TradeConsumer) PackTtl() []byte {
	enc, err := tradeConsumer.abi.Pack("ttl")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTtl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e8b1dd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ttl() view returns(uint32)
func (tradeConsumer *TradeConsumer) TryPackTtl() ([]byte, error) {
	return tradeConsumer.abi.Pack("ttl")
}

// UnpackTtl is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e8b1dd5.
//
// Solidity: function ttl() view returns(uint32)
func (tradeConsumer *TradeConsumer) UnpackTtl(data []byte) (uint32, error) {
	out, err := tradeConsumer.abi.Unpack("ttl", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// TradeConsumerOrderExpired represents a OrderExpired event raised by the TradeConsumer contract.
type TradeConsumerOrderExpired struct {
	JobId [32]byte
	Raw   *types.Log // Blockchain specific contextual infos
}

const TradeConsumerOrderExpiredEventName = "OrderExpired"

// ContractEventName returns the user-defined event name.
func (TradeConsumerOrderExpired) ContractEventName() string {
	return TradeConsumerOrderExpiredEventName
}

// UnpackOrderExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderExpired(bytes32 indexed jobId)
func (tradeConsumer *TradeConsumer) UnpackOrderExpiredEvent(log *types.Log) (*TradeConsumerOrderExpired, error) {
	event := "OrderExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tradeConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradeConsumerOrderExpired)
	if len(log.Data) > 0 {
		if err := tradeConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tradeConsumer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradeConsumerOrderFailed represents a OrderFailed event raised by the TradeConsumer contract.
type TradeConsumerOrderFailed struct {
	JobId  [32]byte
	Status uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const TradeConsumerOrderFailedEventName = "OrderFailed"

// ContractEventName returns the user-defined event name.
func (TradeConsumerOrderFailed) ContractEventName() string {
	return TradeConsumerOrderFailedEventName
}

// UnpackOrderFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderFailed(bytes32 indexed jobId, uint8 status)
func (tradeConsumer *TradeConsumer) UnpackOrderFailedEvent(log *types.Log) (*TradeConsumerOrderFailed, error) {
	event := "OrderFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tradeConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradeConsumerOrderFailed)
	if len(log.Data) > 0 {
		if err := tradeConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tradeConsumer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradeConsumerOrderFilled represents a OrderFilled event raised by the TradeConsumer contract.
type TradeConsumerOrderFilled struct {
	JobId     [32]byte
	FilledQty *big.Int
	AvgPrice  *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const TradeConsumerOrderFilledEventName = "OrderFilled"

// ContractEventName returns the user-defined event name.
func (TradeConsumerOrderFilled) ContractEventName() string {
	return TradeConsumerOrderFilledEventName
}

// UnpackOrderFilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderFilled(bytes32 indexed jobId, uint256 filledQty, uint256 avgPrice)
func (tradeConsumer *TradeConsumer) UnpackOrderFilledEvent(log *types.Log) (*TradeConsumerOrderFilled, error) {
	event := "OrderFilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tradeConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradeConsumerOrderFilled)
	if len(log.Data) > 0 {
		if err := tradeConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tradeConsumer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradeConsumerOrderRequested represents a OrderRequested event raised by the TradeConsumer contract.
type TradeConsumerOrderRequested struct {
	JobId      [32]byte
	Buy        bool
	Quantity   uint64
	LimitPrice uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const TradeConsumerOrderRequestedEventName = "OrderRequested"

// ContractEventName returns the user-defined event name.
func (TradeConsumerOrderRequested) ContractEventName() string {
	return TradeConsumerOrderRequestedEventName
}

// UnpackOrderRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderRequested(bytes32 indexed jobId, bool buy, uint64 quantity, uint64 limitPrice)
func (tradeConsumer *TradeConsumer) UnpackOrderRequestedEvent(log *types.Log) (*TradeConsumerOrderRequested, error) {
	event := "OrderRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tradeConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradeConsumerOrderRequested)
	if len(log.Data) > 0 {
		if err := tradeConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tradeConsumer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (tradeConsumer *TradeConsumer) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], tradeConsumer.abi.Errors["BadOrder"].ID.Bytes()[:4]) {
		return tradeConsumer.UnpackBadOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], tradeConsumer.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return tradeConsumer.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], tradeConsumer.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return tradeConsumer.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], tradeConsumer.abi.Errors["OnlyRouter"].ID.Bytes()[:4]) {
		return tradeConsumer.UnpackOnlyRouterError(raw[4:])
	}
	if bytes.Equal(raw[:4], tradeConsumer.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return tradeConsumer.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], tradeConsumer.abi.Errors["UnexpectedEther"].ID.Bytes()[:4]) {
		return tradeConsumer.UnpackUnexpectedEtherError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TradeConsumerBadOrder represents a BadOrder error raised by the TradeConsumer contract.
type TradeConsumerBadOrder struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOrder()
func TradeConsumerBadOrderErrorID() common.Hash {
	return common.HexToHash("0x98c2c3682a8999be15138482148ea89c560c852893ec9efe60a9ae1c7b068097")
}

// UnpackBadOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOrder()
func (tradeConsumer *TradeConsumer) UnpackBadOrderError(raw []byte) (*TradeConsumerBadOrder, error) {
	out := new(TradeConsumerBadOrder)
	if err := tradeConsumer.abi.UnpackIntoInterface(out, "BadOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradeConsumerNotOwner represents a NotOwner error raised by the TradeConsumer contract.
type TradeConsumerNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func TradeConsumerNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (tradeConsumer *TradeConsumer) UnpackNotOwnerError(raw []byte) (*TradeConsumerNotOwner, error) {
	out := new(TradeConsumerNotOwner)
	if err := tradeConsumer.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradeConsumerNotPending represents a NotPending error raised by the TradeConsumer contract.
type TradeConsumerNotPending struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(bytes32 jobId)
func TradeConsumerNotPendingErrorID() common.Hash {
	return common.HexToHash("0xbbf86c27ded3f59e59721d1675608c0f78726b731d188b7dd2fc749649357bd0")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(bytes32 jobId)
func (tradeConsumer *TradeConsumer) UnpackNotPendingError(raw []byte) (*TradeConsumerNotPending, error) {
	out := new(TradeConsumerNotPending)
	if err := tradeConsumer.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradeConsumerOnlyRouter represents a OnlyRouter error raised by the TradeConsumer contract.
type TradeConsumerOnlyRouter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyRouter(address caller)
func TradeConsumerOnlyRouterErrorID() common.Hash {
	return common.HexToHash("0x146f8b8ecd4ddfae8f2e3166931c101dd5a019381916aca37e98148689aff41c")
}

// UnpackOnlyRouterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyRouter(address caller)
func (tradeConsumer *TradeConsumer) UnpackOnlyRouterError(raw []byte) (*TradeConsumerOnlyRouter, error) {
	out := new(TradeConsumerOnlyRouter)
	if err := tradeConsumer.abi.UnpackIntoInterface(out, "OnlyRouter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradeConsumerTransferFailed represents a TransferFailed error raised by the TradeConsumer contract.
type TradeConsumerTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func TradeConsumerTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (tradeConsumer *TradeConsumer) UnpackTransferFailedError(raw []byte) (*TradeConsumerTransferFailed, error) {
	out := new(TradeConsumerTransferFailed)
	if err := tradeConsumer.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradeConsumerUnexpectedEther represents a UnexpectedEther error raised by the TradeConsumer contract.
type TradeConsumerUnexpectedEther struct {
	From common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedEther(address from)
func TradeConsumerUnexpectedEtherErrorID() common.Hash {
	return common.HexToHash("0xc980a22143f0b541af89fc3ea107c8e6cfa5b12ef7d3a618cffab4683a0c4843")
}

// UnpackUnexpectedEtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedEther(address from)
func (tradeConsumer *TradeConsumer) UnpackUnexpectedEtherError(raw []byte) (*TradeConsumerUnexpectedEther, error) {
	out := new(TradeConsumerUnexpectedEther)
	if err := tradeConsumer.abi.UnpackIntoInterface(out, "UnexpectedEther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VoucherEscrowMetaData contains all meta data concerning the VoucherEscrow contract.
var VoucherEscrowMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"router_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId_\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"programVersion_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voucherSigner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"jobTtl_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"denominations\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"CALLBACK_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CLAIM_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"VOUCHER_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"claimKey\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"voucherR\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"voucherVs\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"claimR\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"claimVs\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"deposit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"deposits\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isDenomination\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jobTtl\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onJobResult\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"programId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"programVersion\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quoteFee\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"refund\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"claimKey\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"authorFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"router\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIJobRouter\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setDenomination\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"enabled\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"spent\",\"inputs\":[{\"name\":\"claimKey\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"voucherSigner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Claimed\",\"inputs\":[{\"name\":\"claimKey\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DenominationSet\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"enabled\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Refunded\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoucherFailed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoucherIssued\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"output\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadySpent\",\"inputs\":[{\"name\":\"claimKey\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"BadClaimSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadVoucher\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FeeExceedsAmount\",\"inputs\":[{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoJobFee\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotADenomination\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotRefundable\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"NotYourDeposit\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"OnlyRouter\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TransferFailed\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "VoucherEscrow",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161225338038061225383398101604081905261002f91610215565b6001600160a01b038088166080528690811661006557604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61006e816100dc565b5060c085905263ffffffff80851660e0526001600160a01b03841661010052821660a0525f5b81518110156100cf576100c78282815181106100b2576100b2610339565b602002602001015160016100f860201b60201c565b600101610094565b505050505050505061034d565b600180546001600160a01b03191690556100f581610184565b50565b81158061010b57506001600160601b0382115b1561012c57604051633aef517360e21b81526004810183905260240161005c565b5f82815260026020908152604091829020805460ff19168415159081179091558251858152918201527f44730a37d0f7ac75a91c224ef4edfdd31c5c2b397c536837e48b436890648e07910160405180910390a15050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80516001600160a01b03811681146101e9575f5ffd5b919050565b805163ffffffff811681146101e9575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f5f5f5f60e0888a03121561022b575f5ffd5b610234886101d3565b9650610242602089016101d3565b955060408801519450610257606089016101ee565b9350610265608089016101d3565b925061027360a089016101ee565b60c08901519092506001600160401b0381111561028e575f5ffd5b8801601f81018a1361029e575f5ffd5b80516001600160401b038111156102b7576102b7610201565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102e5576102e5610201565b60405291825260208184018101929081018d841115610302575f5ffd5b6020850194505b8385101561032557845180825260209586019590935001610309565b508094505050505092959891949750929550565b634e487b7160e01b5f52603260045260245ffd5b60805160a05160c05160e05161010051611e7c6103d75f395f81816103f001526108ce01525f818161031f0152610fd301525f81816104b9015281816106500152610fb201525f81816104ff0152610ffa01525f81816101980152818161058f015281816105c901528181610f810152818161148c015281816116d801526117870152611e7c5ff3fe60806040526004361061017b575f3560e01c806379ba5097116100d1578063af7be66f1161007c578063f2fde38b11610057578063f2fde38b1461054b578063f698da251461056a578063f887ea401461057e575f5ffd5b8063af7be66f146104db578063c9dde13c146104ee578063e30c397814610521575f5ffd5b806394739e87116100ac57806394739e87146104605780639779ea461461049357806398812da8146104a8575f5ffd5b806379ba5097146103cb57806388f4c137146103df5780638da5cb5b14610437575f5ffd5b80633d4dff7b116101315780636b0509b11161010c5780636b0509b114610356578063715018a614610389578063736cea0a1461039d575f5ffd5b80633d4dff7b146102c457806352d04760146102ef57806368af7b4f1461030e575f5ffd5b80631e6a41ea116101615780631e6a41ea146102405780633ae9a260146102835780633bda9342146102a5575f5ffd5b806304f5e944146102025780631167d35014610221575f5ffd5b366101fe573373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146101fc576040517f1c43b9760000000000000000000000000000000000000000000000000000000081523360048201523460248201526044015b60405180910390fd5b005b5f5ffd5b34801561020d575f5ffd5b506101fc61021c3660046118d8565b6105b1565b34801561022c575f5ffd5b506101fc61023b366004611935565b610634565b34801561024b575f5ffd5b5061026e61025a36600461198f565b60046020525f908152604090205460ff1681565b60405190151581526020015b60405180910390f35b34801561028e575f5ffd5b5061029761064a565b60405190815260200161027a565b3480156102b0575f5ffd5b506101fc6102bf3660046119a8565b61067c565b3480156102cf575f5ffd5b506102976102de366004611a0e565b60036020525f908152604090205481565b3480156102fa575f5ffd5b506101fc610309366004611a25565b610b2a565b348015610319575f5ffd5b506103417f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff909116815260200161027a565b348015610361575f5ffd5b506102977f19f80bb755533b433ad2970065aa5233caa43d5e518d568bbc4cad4b575772d681565b348015610394575f5ffd5b506101fc610e54565b3480156103a8575f5ffd5b5061026e6103b7366004611a0e565b60026020525f908152604090205460ff1681565b3480156103d6575f5ffd5b506101fc610e67565b3480156103ea575f5ffd5b506104127f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161027a565b348015610442575f5ffd5b505f5473ffffffffffffffffffffffffffffffffffffffff16610412565b34801561046b575f5ffd5b506102977f564d4d9c56a0e452ee4ab28d6cb99add55979bbf451f0541d48e4c5d10b6034181565b34801561049e575f5ffd5b50610341619c4081565b3480156104b3575f5ffd5b506102977f000000000000000000000000000000000000000000000000000000000000000081565b6102976104e9366004611a9c565b610ede565b3480156104f9575f5ffd5b506103417f000000000000000000000000000000000000000000000000000000000000000081565b34801561052c575f5ffd5b5060015473ffffffffffffffffffffffffffffffffffffffff16610412565b348015610556575f5ffd5b506101fc61056536600461198f565b6110ba565b348015610575575f5ffd5b50610297611169565b348015610589575f5ffd5b506104127f000000000000000000000000000000000000000000000000000000000000000081565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610622576040517f146f8b8e0000000000000000000000000000000000000000000000000000000081523360048201526024016101f3565b61062e84848484611211565b50505050565b61063c611335565b6106468282611387565b5050565b5f6106777f0000000000000000000000000000000000000000000000000000000000000000619c4061144f565b905090565b878311156106c0576040517f5534f9b300000000000000000000000000000000000000000000000000000000815260048101849052602481018990526044016101f3565b73ffffffffffffffffffffffffffffffffffffffff87165f9081526004602052604090205460ff1615610737576040517fcf3db9e700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff881660048201526024016101f3565b5f6107df604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fd405d78ec09f90cda21c2a227cdcf55e35de3e71ac153d7218a8f9922144f953918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b604080517f564d4d9c56a0e452ee4ab28d6cb99add55979bbf451f0541d48e4c5d10b6034160208201529081018b905273ffffffffffffffffffffffffffffffffffffffff8a1660608201529091505f906108ca906108c39084906080015b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815282825280516020918201207f19010000000000000000000000000000000000000000000000000000000000008483015260228401949094526042808401949094528151808403909401845260629092019052815191012090565b8989611513565b90507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614158061093b575073ffffffffffffffffffffffffffffffffffffffff8116155b15610972576040517f6f2a72e800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6109dd6109d6847f19f80bb755533b433ad2970065aa5233caa43d5e518d568bbc4cad4b575772d68a8a60405160200161083e9392919092835273ffffffffffffffffffffffffffffffffffffffff919091166020830152604082015260600190565b8686611513565b90508973ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff16141580610a2e575073ffffffffffffffffffffffffffffffffffffffff8116155b15610a65576040517f970e4fbf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff808b165f818152600460205260409081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905551918916917f2f6639d24651730c7bf57c95ddbf96d66d11477e4ec626876f92c22e5f365e6890610af2908f908b90918252602082015260400190565b60405180910390a3610b0d87610b08888e611b18565b6115e1565b8515610b1d57610b1d33876115e1565b5050505050505050505050565b5f85815260036020526040902054801580610bfb57507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0081166040805173ffffffffffffffffffffffffffffffffffffffff8816602082015290810186905233606082015260808101859052610bf89060a001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291905280516020909101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001690565b14155b15610c35576040517f8431dd28000000000000000000000000000000000000000000000000000000008152600481018790526024016101f3565b80837fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff831601610cb357610c7988610c7436879003870187611bbc565b61169b565b610c8230611740565b50610c94610100850160e08601611c78565b610cac906bffffffffffffffffffffffff1682611c91565b9050610da2565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff831601610d595773ffffffffffffffffffffffffffffffffffffffff87165f9081526004602052604090205460ff1615610d54576040517fcf3db9e700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff881660048201526024016101f3565b610da2565b60ff8216600314610da2576040517fcce96a5d0000000000000000000000000000000000000000000000000000000081526004810189905260ff831660248201526044016101f3565b73ffffffffffffffffffffffffffffffffffffffff87165f908152600460208190526040909120805460017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00918216179091558416175f89815260036020908152604091829020929092555182815233918a917ff552ca82e113ac3c539c3d617f29fcd19c172a0c75dad017555c9e109f7fe183910160405180910390a3610e4a33826115e1565b5050505050505050565b610e5c611335565b610e655f6117f3565b565b600154339073ffffffffffffffffffffffffffffffffffffffff168114610ed2576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024016101f3565b610edb816117f3565b50565b5f8481526002602052604081205460ff16610f28576040517febbd45cc000000000000000000000000000000000000000000000000000000008152600481018690526024016101f3565b843411610f6a576040517fb9558272000000000000000000000000000000000000000000000000000000008152346004820152602481018690526044016101f3565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016638debbfdf610fb08734611b18565b7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000898989619c407f00000000000000000000000000000000000000000000000000000000000000006040518963ffffffff1660e01b815260040161103b9796959493929190611ceb565b60206040518083038185885af1158015611057573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061107c9190611d4d565b90507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082166001175f82815260036020526040902055949350505050565b6110c2611335565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556111245f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f610677604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fd405d78ec09f90cda21c2a227cdcf55e35de3e71ac153d7218a8f9922144f953918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f8481526003602052604090205460ff8116600114611230575061062e565b60ff84161580611243575060ff84166001145b156112be575f858152600360205260409081902060027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0084161790555185907f0c79be951d2c0a034579007942c9499b68a29b3b24dc8338358707851207aaa9906112b19086908690611d64565b60405180910390a261132e565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0081166003175f86815260036020908152604091829020929092555160ff8616815286917f946234e57124e3c4473b9434679f1467a6d767e40d8d189c4647deea99654f25910160405180910390a25b5050505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610e65576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016101f3565b81158061139f57506bffffffffffffffffffffffff82115b156113d9576040517febbd45cc000000000000000000000000000000000000000000000000000000008152600481018390526024016101f3565b5f8281526002602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00168415159081179091558251858152918201527f44730a37d0f7ac75a91c224ef4edfdd31c5c2b397c536837e48b436890648e07910160405180910390a15050565b6040517fa29c4f4f0000000000000000000000000000000000000000000000000000000081526004810183905263ffffffff821660248201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063a29c4f4f90604401602060405180830381865afa1580156114e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061150a9190611d4d565b90505b92915050565b5f7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82167f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0811115611568575f9150506115da565b5f61157860ff85901c601b611c91565b604080515f81526020810180835289905260ff831691810191909152606081018790526080810184905290915060019060a0016020604051602081039080840390855afa1580156115cb573d5f5f3e3d5ffd5b50505060206040510351925050505b9392505050565b5f8273ffffffffffffffffffffffffffffffffffffffff16826040515f6040518083038185875af1925050503d805f8114611637576040519150601f19603f3d011682016040523d82523d5f602084013e61163c565b606091505b5050905080611696576040517f1c43b97600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602481018390526044016101f3565b505050565b6040517f1dd729bc00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690631dd729bc9061170f9085908590600401611d7f565b5f604051808303815f87803b158015611726575f5ffd5b505af1158015611738573d5f5f3e3d5ffd5b505050505050565b6040517f51cff8d900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906351cff8d9906024016020604051808303815f875af11580156117cf573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061150d9190611d4d565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610edb815f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f83601f8401126118a3575f5ffd5b50813567ffffffffffffffff8111156118ba575f5ffd5b6020830191508360208285010111156118d1575f5ffd5b9250929050565b5f5f5f5f606085870312156118eb575f5ffd5b84359350602085013560ff81168114611902575f5ffd5b9250604085013567ffffffffffffffff81111561191d575f5ffd5b61192987828801611893565b95989497509550505050565b5f5f60408385031215611946575f5ffd5b823591506020830135801515811461195c575f5ffd5b809150509250929050565b803573ffffffffffffffffffffffffffffffffffffffff8116811461198a575f5ffd5b919050565b5f6020828403121561199f575f5ffd5b61150a82611967565b5f5f5f5f5f5f5f5f610100898b0312156119c0575f5ffd5b883597506119d060208a01611967565b965060408901359550606089013594506119ec60808a01611967565b979a969950949793969560a0850135955060c08501359460e001359350915050565b5f60208284031215611a1e575f5ffd5b5035919050565b5f5f5f5f5f8587036101c0811215611a3b575f5ffd5b86359550611a4b60208801611967565b945060408701359350606087013592506101407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8082011215611a8b575f5ffd5b506080860190509295509295909350565b5f5f5f5f60608587031215611aaf575f5ffd5b84359350602085013567ffffffffffffffff811115611acc575f5ffd5b611ad887828801611893565b9598909750949560400135949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561150d5761150d611aeb565b604051610140810167ffffffffffffffff81118282101715611b74577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b803563ffffffff8116811461198a575f5ffd5b80356bffffffffffffffffffffffff8116811461198a575f5ffd5b803564ffffffffff8116811461198a575f5ffd5b5f610140828403128015611bce575f5ffd5b50611bd7611b2b565b611be083611967565b8152611bee60208401611967565b602082015260408381013590820152611c0960608401611b7a565b6060820152611c1a60808401611b7a565b608082015260a08381013590820152611c3560c08401611b7a565b60c0820152611c4660e08401611b8d565b60e0820152611c586101008401611b8d565b610100820152611c6b6101208401611ba8565b6101208201529392505050565b5f60208284031215611c88575f5ffd5b61150a82611b8d565b8082018082111561150d5761150d611aeb565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b87815263ffffffff8716602082015273ffffffffffffffffffffffffffffffffffffffff8616604082015260c060608201525f611d2c60c083018688611ca4565b63ffffffff94851660808401529290931660a0909101529695505050505050565b5f60208284031215611d5d575f5ffd5b5051919050565b602081525f611d77602083018486611ca4565b949350505050565b828152815173ffffffffffffffffffffffffffffffffffffffff1660208201526101608101602083015173ffffffffffffffffffffffffffffffffffffffff8116604084015250604083015160608301526060830151611de7608084018263ffffffff169052565b50608083015163ffffffff811660a08401525060a083015160c083015260c0830151611e1b60e084018263ffffffff169052565b5060e08301516bffffffffffffffffffffffff8116610100840152506101008301516bffffffffffffffffffffffff81166101208401525061012083015164ffffffffff811661014084015250939250505056fea164736f6c634300081e000a",
}

// VoucherEscrow is an auto generated Go binding around an Ethereum contract.
type VoucherEscrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *VoucherEscrow) GetABI() abi.ABI {
	return c.abi
}

// NewVoucherEscrow creates a new instance of VoucherEscrow.
func NewVoucherEscrow() *VoucherEscrow {
	parsed, err := VoucherEscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &VoucherEscrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *VoucherEscrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address router_, address owner_, bytes32 programId_, uint32 programVersion_, address voucherSigner_, uint32 jobTtl_, uint256[] denominations) returns()
func (voucherEscrow *VoucherEscrow) PackConstructor(router_ common.Address, owner_ common.Address, programId_ [32]byte, programVersion_ uint32, voucherSigner_ common.Address, jobTtl_ uint32, denominations []*big.Int) []byte {
	enc, err := voucherEscrow.abi.Pack("", router_, owner_, programId_, programVersion_, voucherSigner_, jobTtl_, denominations)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (voucherEscrow *VoucherEscrow) PackCALLBACKGAS() []byte {
	enc, err := voucherEscrow.abi.Pack("CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (voucherEscrow *VoucherEscrow) TryPackCALLBACKGAS() ([]byte, error) {
	return voucherEscrow.abi.Pack("CALLBACK_GAS")
}

// UnpackCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9779ea46.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (voucherEscrow *VoucherEscrow) UnpackCALLBACKGAS(data []byte) (uint32, error) {
	out, err := voucherEscrow.abi.Unpack("CALLBACK_GAS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCLAIMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0509b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (voucherEscrow *VoucherEscrow) PackCLAIMTYPEHASH() []byte {
	enc, err := voucherEscrow.abi.Pack("CLAIM_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLAIMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0509b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (voucherEscrow *VoucherEscrow) TryPackCLAIMTYPEHASH() ([]byte, error) {
	return voucherEscrow.abi.Pack("CLAIM_TYPEHASH")
}

// UnpackCLAIMTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b0509b1.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (voucherEscrow *VoucherEscrow) UnpackCLAIMTYPEHASH(data []byte) ([32]byte, error) {
	out, err := voucherEscrow.abi.Unpack("CLAIM_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVOUCHERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94739e87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VOUCHER_TYPEHASH() view returns(bytes32)
func (voucherEscrow *VoucherEscrow) PackVOUCHERTYPEHASH() []byte {
	enc, err := voucherEscrow.abi.Pack("VOUCHER_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVOUCHERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94739e87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VOUCHER_TYPEHASH() view returns(bytes32)
func (voucherEscrow *VoucherEscrow) TryPackVOUCHERTYPEHASH() ([]byte, error) {
	return voucherEscrow.abi.Pack("VOUCHER_TYPEHASH")
}

// UnpackVOUCHERTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94739e87.
//
// Solidity: function VOUCHER_TYPEHASH() view returns(bytes32)
func (voucherEscrow *VoucherEscrow) UnpackVOUCHERTYPEHASH(data []byte) ([32]byte, error) {
	out, err := voucherEscrow.abi.Unpack("VOUCHER_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (voucherEscrow *VoucherEscrow) PackAcceptOwnership() []byte {
	enc, err := voucherEscrow.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (voucherEscrow *VoucherEscrow) TryPackAcceptOwnership() ([]byte, error) {
	return voucherEscrow.abi.Pack("acceptOwnership")
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bda9342.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 amount, address claimKey, bytes32 voucherR, bytes32 voucherVs, address recipient, uint256 fee, bytes32 claimR, bytes32 claimVs) returns()
func (voucherEscrow *VoucherEscrow) PackClaim(amount *big.Int, claimKey common.Address, voucherR [32]byte, voucherVs [32]byte, recipient common.Address, fee *big.Int, claimR [32]byte, claimVs [32]byte) []byte {
	enc, err := voucherEscrow.abi.Pack("claim", amount, claimKey, voucherR, voucherVs, recipient, fee, claimR, claimVs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bda9342.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 amount, address claimKey, bytes32 voucherR, bytes32 voucherVs, address recipient, uint256 fee, bytes32 claimR, bytes32 claimVs) returns()
func (voucherEscrow *VoucherEscrow) TryPackClaim(amount *big.Int, claimKey common.Address, voucherR [32]byte, voucherVs [32]byte, recipient common.Address, fee *big.Int, claimR [32]byte, claimVs [32]byte) ([]byte, error) {
	return voucherEscrow.abi.Pack("claim", amount, claimKey, voucherR, voucherVs, recipient, fee, claimR, claimVs)
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf7be66f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount, bytes input, bytes32 commitment) payable returns(bytes32 jobId)
func (voucherEscrow *VoucherEscrow) PackDeposit(amount *big.Int, input []byte, commitment [32]byte) []byte {
	enc, err := voucherEscrow.abi.Pack("deposit", amount, input, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf7be66f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount, bytes input, bytes32 commitment) payable returns(bytes32 jobId)
func (voucherEscrow *VoucherEscrow) TryPackDeposit(amount *big.Int, input []byte, commitment [32]byte) ([]byte, error) {
	return voucherEscrow.abi.Pack("deposit", amount, input, commitment)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf7be66f.
//
// Solidity: function deposit(uint256 amount, bytes input, bytes32 commitment) payable returns(bytes32 jobId)
func (voucherEscrow *VoucherEscrow) UnpackDeposit(data []byte) ([32]byte, error) {
	out, err := voucherEscrow.abi.Unpack("deposit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d4dff7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposits(bytes32 jobId) view returns(bytes32)
func (voucherEscrow *VoucherEscrow) PackDeposits(jobId [32]byte) []byte {
	enc, err := voucherEscrow.abi.Pack("deposits", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d4dff7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposits(bytes32 jobId) view returns(bytes32)
func (voucherEscrow *VoucherEscrow) TryPackDeposits(jobId [32]byte) ([]byte, error) {
	return voucherEscrow.abi.Pack("deposits", jobId)
}

// UnpackDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d4dff7b.
//
// Solidity: function deposits(bytes32 jobId) view returns(bytes32)
func (voucherEscrow *VoucherEscrow) UnpackDeposits(data []byte) ([32]byte, error) {
	out, err := voucherEscrow.abi.Unpack("deposits", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (voucherEscrow *VoucherEscrow) PackDomainSeparator() []byte {
	enc, err := voucherEscrow.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (voucherEscrow *VoucherEscrow) TryPackDomainSeparator() ([]byte, error) {
	return voucherEscrow.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (voucherEscrow *VoucherEscrow) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := voucherEscrow.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsDenomination is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x736cea0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isDenomination(uint256 amount) view returns(bool)
func (voucherEscrow *VoucherEscrow) PackIsDenomination(amount *big.Int) []byte {
	enc, err := voucherEscrow.abi.Pack("isDenomination", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsDenomination is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x736cea0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isDenomination(uint256 amount) view returns(bool)
func (voucherEscrow *VoucherEscrow) TryPackIsDenomination(amount *big.Int) ([]byte, error) {
	return voucherEscrow.abi.Pack("isDenomination", amount)
}

// UnpackIsDenomination is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x736cea0a.
//
// Solidity: function isDenomination(uint256 amount) view returns(bool)
func (voucherEscrow *VoucherEscrow) UnpackIsDenomination(data []byte) (bool, error) {
	out, err := voucherEscrow.abi.Unpack("isDenomination", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJobTtl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9dde13c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobTtl() view returns(uint32)
func (voucherEscrow *VoucherEscrow) PackJobTtl() []byte {
	enc, err := voucherEscrow.abi.Pack("jobTtl")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobTtl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9dde13c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobTtl() view returns(uint32)
func (voucherEscrow *VoucherEscrow) TryPackJobTtl() ([]byte, error) {
	return voucherEscrow.abi.Pack("jobTtl")
}

// UnpackJobTtl is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9dde13c.
//
// Solidity: function jobTtl() view returns(uint32)
func (voucherEscrow *VoucherEscrow) UnpackJobTtl(data []byte) (uint32, error) {
	out, err := voucherEscrow.abi.Unpack("jobTtl", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackOnJobResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04f5e944.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onJobResult(bytes32 jobId, uint8 status, bytes output) returns()
func (voucherEscrow *VoucherEscrow) PackOnJobResult(jobId [32]byte, status uint8, output []byte) []byte {
	enc, err := voucherEscrow.abi.Pack("onJobResult", jobId, status, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnJobResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04f5e944.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onJobResult(bytes32 jobId, uint8 status, bytes output) returns()
func (voucherEscrow *VoucherEscrow) TryPackOnJobResult(jobId [32]byte, status uint8, output []byte) ([]byte, error) {
	return voucherEscrow.abi.Pack("onJobResult", jobId, status, output)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (voucherEscrow *VoucherEscrow) PackOwner() []byte {
	enc, err := voucherEscrow.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (voucherEscrow *VoucherEscrow) TryPackOwner() ([]byte, error) {
	return voucherEscrow.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (voucherEscrow *VoucherEscrow) UnpackOwner(data []byte) (common.Address, error) {
	out, err := voucherEscrow.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (voucherEscrow *VoucherEscrow) PackPendingOwner() []byte {
	enc, err := voucherEscrow.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (voucherEscrow *VoucherEscrow) TryPackPendingOwner() ([]byte, error) {
	return voucherEscrow.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (voucherEscrow *VoucherEscrow) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := voucherEscrow.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProgramId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98812da8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function programId() view returns(bytes32)
func (voucherEscrow *VoucherEscrow) PackProgramId() []byte {
	enc, err := voucherEscrow.abi.Pack("programId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProgramId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98812da8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function programId() view returns(bytes32)
func (voucherEscrow *VoucherEscrow) TryPackProgramId() ([]byte, error) {
	return voucherEscrow.abi.Pack("programId")
}

// UnpackProgramId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x98812da8.
//
// Solidity: function programId() view returns(bytes32)
func (voucherEscrow *VoucherEscrow) UnpackProgramId(data []byte) ([32]byte, error) {
	out, err := voucherEscrow.abi.Unpack("programId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProgramVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68af7b4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function programVersion() view returns(uint32)
func (voucherEscrow *VoucherEscrow) PackProgramVersion() []byte {
	enc, err := voucherEscrow.abi.Pack("programVersion")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProgramVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68af7b4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function programVersion() view returns(uint32)
func (voucherEscrow *VoucherEscrow) TryPackProgramVersion() ([]byte, error) {
	return voucherEscrow.abi.Pack("programVersion")
}

// UnpackProgramVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68af7b4f.
//
// Solidity: function programVersion() view returns(uint32)
func (voucherEscrow *VoucherEscrow) UnpackProgramVersion(data []byte) (uint32, error) {
	out, err := voucherEscrow.abi.Unpack("programVersion", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackQuoteFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ae9a260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteFee() view returns(uint256)
func (voucherEscrow *VoucherEscrow) PackQuoteFee() []byte {
	enc, err := voucherEscrow.abi.Pack("quoteFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ae9a260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteFee() view returns(uint256)
func (voucherEscrow *VoucherEscrow) TryPackQuoteFee() ([]byte, error) {
	return voucherEscrow.abi.Pack("quoteFee")
}

// UnpackQuoteFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ae9a260.
//
// Solidity: function quoteFee() view returns(uint256)
func (voucherEscrow *VoucherEscrow) UnpackQuoteFee(data []byte) (*big.Int, error) {
	out, err := voucherEscrow.abi.Unpack("quoteFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d04760.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(bytes32 jobId, address claimKey, bytes32 salt, uint256 amount, (address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) request) returns()
func (voucherEscrow *VoucherEscrow) PackRefund(jobId [32]byte, claimKey common.Address, salt [32]byte, amount *big.Int, request IJobRouterRequest) []byte {
	enc, err := voucherEscrow.abi.Pack("refund", jobId, claimKey, salt, amount, request)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d04760.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(bytes32 jobId, address claimKey, bytes32 salt, uint256 amount, (address,address,bytes32,uint32,uint32,bytes32,uint32,uint96,uint96,uint40) request) returns()
func (voucherEscrow *VoucherEscrow) TryPackRefund(jobId [32]byte, claimKey common.Address, salt [32]byte, amount *big.Int, request IJobRouterRequest) ([]byte, error) {
	return voucherEscrow.abi.Pack("refund", jobId, claimKey, salt, amount, request)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (voucherEscrow *VoucherEscrow) PackRenounceOwnership() []byte {
	enc, err := voucherEscrow.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (voucherEscrow *VoucherEscrow) TryPackRenounceOwnership() ([]byte, error) {
	return voucherEscrow.abi.Pack("renounceOwnership")
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (voucherEscrow *VoucherEscrow) PackRouter() []byte {
	enc, err := voucherEscrow.abi.Pack("router")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function router() view returns(address)
func (voucherEscrow *VoucherEscrow) TryPackRouter() ([]byte, error) {
	return voucherEscrow.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (voucherEscrow *VoucherEscrow) UnpackRouter(data []byte) (common.Address, error) {
	out, err := voucherEscrow.abi.Unpack("router", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetDenomination is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1167d350.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDenomination(uint256 amount, bool enabled) returns()
func (voucherEscrow *VoucherEscrow) PackSetDenomination(amount *big.Int, enabled bool) []byte {
	enc, err := voucherEscrow.abi.Pack("setDenomination", amount, enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDenomination is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1167d350.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDenomination(uint256 amount, bool enabled) returns()
func (voucherEscrow *VoucherEscrow) TryPackSetDenomination(amount *big.Int, enabled bool) ([]byte, error) {
	return voucherEscrow.abi.Pack("setDenomination", amount, enabled)
}

// PackSpent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e6a41ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function spent(address claimKey) view returns(bool)
func (voucherEscrow *VoucherEscrow) PackSpent(claimKey common.Address) []byte {
	enc, err := voucherEscrow.abi.Pack("spent", claimKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSpent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e6a41ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function spent(address claimKey) view returns(bool)
func (voucherEscrow *VoucherEscrow) TryPackSpent(claimKey common.Address) ([]byte, error) {
	return voucherEscrow.abi.Pack("spent", claimKey)
}

// UnpackSpent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e6a41ea.
//
// Solidity: function spent(address claimKey) view returns(bool)
func (voucherEscrow *VoucherEscrow) UnpackSpent(data []byte) (bool, error) {
	out, err := voucherEscrow.abi.Unpack("spent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (voucherEscrow *VoucherEscrow) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := voucherEscrow.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (voucherEscrow *VoucherEscrow) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return voucherEscrow.abi.Pack("transferOwnership", newOwner)
}

// PackVoucherSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88f4c137.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voucherSigner() view returns(address)
func (voucherEscrow *VoucherEscrow) PackVoucherSigner() []byte {
	enc, err := voucherEscrow.abi.Pack("voucherSigner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoucherSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88f4c137.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voucherSigner() view returns(address)
func (voucherEscrow *VoucherEscrow) TryPackVoucherSigner() ([]byte, error) {
	return voucherEscrow.abi.Pack("voucherSigner")
}

// UnpackVoucherSigner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x88f4c137.
//
// Solidity: function voucherSigner() view returns(address)
func (voucherEscrow *VoucherEscrow) UnpackVoucherSigner(data []byte) (common.Address, error) {
	out, err := voucherEscrow.abi.Unpack("voucherSigner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// VoucherEscrowClaimed represents a Claimed event raised by the VoucherEscrow contract.
type VoucherEscrowClaimed struct {
	ClaimKey  common.Address
	Recipient common.Address
	Amount    *big.Int
	Fee       *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const VoucherEscrowClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (VoucherEscrowClaimed) ContractEventName() string {
	return VoucherEscrowClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed claimKey, address indexed recipient, uint256 amount, uint256 fee)
func (voucherEscrow *VoucherEscrow) UnpackClaimedEvent(log *types.Log) (*VoucherEscrowClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != voucherEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VoucherEscrowClaimed)
	if len(log.Data) > 0 {
		if err := voucherEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range voucherEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VoucherEscrowDenominationSet represents a DenominationSet event raised by the VoucherEscrow contract.
type VoucherEscrowDenominationSet struct {
	Amount  *big.Int
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const VoucherEscrowDenominationSetEventName = "DenominationSet"

// ContractEventName returns the user-defined event name.
func (VoucherEscrowDenominationSet) ContractEventName() string {
	return VoucherEscrowDenominationSetEventName
}

// UnpackDenominationSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DenominationSet(uint256 amount, bool enabled)
func (voucherEscrow *VoucherEscrow) UnpackDenominationSetEvent(log *types.Log) (*VoucherEscrowDenominationSet, error) {
	event := "DenominationSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != voucherEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VoucherEscrowDenominationSet)
	if len(log.Data) > 0 {
		if err := voucherEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range voucherEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VoucherEscrowOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the VoucherEscrow contract.
type VoucherEscrowOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const VoucherEscrowOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (VoucherEscrowOwnershipTransferStarted) ContractEventName() string {
	return VoucherEscrowOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (voucherEscrow *VoucherEscrow) UnpackOwnershipTransferStartedEvent(log *types.Log) (*VoucherEscrowOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != voucherEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VoucherEscrowOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := voucherEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range voucherEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VoucherEscrowOwnershipTransferred represents a OwnershipTransferred event raised by the VoucherEscrow contract.
type VoucherEscrowOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const VoucherEscrowOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (VoucherEscrowOwnershipTransferred) ContractEventName() string {
	return VoucherEscrowOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (voucherEscrow *VoucherEscrow) UnpackOwnershipTransferredEvent(log *types.Log) (*VoucherEscrowOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != voucherEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VoucherEscrowOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := voucherEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range voucherEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VoucherEscrowRefunded represents a Refunded event raised by the VoucherEscrow contract.
type VoucherEscrowRefunded struct {
	JobId  [32]byte
	Sender common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const VoucherEscrowRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (VoucherEscrowRefunded) ContractEventName() string {
	return VoucherEscrowRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(bytes32 indexed jobId, address indexed sender, uint256 amount)
func (voucherEscrow *VoucherEscrow) UnpackRefundedEvent(log *types.Log) (*VoucherEscrowRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != voucherEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VoucherEscrowRefunded)
	if len(log.Data) > 0 {
		if err := voucherEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range voucherEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VoucherEscrowVoucherFailed represents a VoucherFailed event raised by the VoucherEscrow contract.
type VoucherEscrowVoucherFailed struct {
	JobId  [32]byte
	Status uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const VoucherEscrowVoucherFailedEventName = "VoucherFailed"

// ContractEventName returns the user-defined event name.
func (VoucherEscrowVoucherFailed) ContractEventName() string {
	return VoucherEscrowVoucherFailedEventName
}

// UnpackVoucherFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoucherFailed(bytes32 indexed jobId, uint8 status)
func (voucherEscrow *VoucherEscrow) UnpackVoucherFailedEvent(log *types.Log) (*VoucherEscrowVoucherFailed, error) {
	event := "VoucherFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != voucherEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VoucherEscrowVoucherFailed)
	if len(log.Data) > 0 {
		if err := voucherEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range voucherEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VoucherEscrowVoucherIssued represents a VoucherIssued event raised by the VoucherEscrow contract.
type VoucherEscrowVoucherIssued struct {
	JobId  [32]byte
	Output []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const VoucherEscrowVoucherIssuedEventName = "VoucherIssued"

// ContractEventName returns the user-defined event name.
func (VoucherEscrowVoucherIssued) ContractEventName() string {
	return VoucherEscrowVoucherIssuedEventName
}

// UnpackVoucherIssuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoucherIssued(bytes32 indexed jobId, bytes output)
func (voucherEscrow *VoucherEscrow) UnpackVoucherIssuedEvent(log *types.Log) (*VoucherEscrowVoucherIssued, error) {
	event := "VoucherIssued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != voucherEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VoucherEscrowVoucherIssued)
	if len(log.Data) > 0 {
		if err := voucherEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range voucherEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (voucherEscrow *VoucherEscrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], voucherEscrow.abi.Errors["AlreadySpent"].ID.Bytes()[:4]) {
		return voucherEscrow.UnpackAlreadySpentError(raw[4:])
	}
	if bytes.Equal(raw[:4], voucherEscrow.abi.Errors["BadClaimSignature"].ID.Bytes()[:4]) {
		return voucherEscrow.UnpackBadClaimSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], voucherEscrow.abi.Errors["BadVoucher"].ID.Bytes()[:4]) {
		return voucherEscrow.UnpackBadVoucherError(raw[4:])
	}
	if bytes.Equal(raw[:4], voucherEscrow.abi.Errors["FeeExceedsAmount"].ID.Bytes()[:4]) {
		return voucherEscrow.UnpackFeeExceedsAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], voucherEscrow.abi.Errors["NoJobFee"].ID.Bytes()[:4]) {
		return voucherEscrow.UnpackNoJobFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], voucherEscrow.abi.Errors["NotADenomination"].ID.Bytes()[:4]) {
		return voucherEscrow.UnpackNotADenominationError(raw[4:])
	}
	if bytes.Equal(raw[:4], voucherEscrow.abi.Errors["NotRefundable"].ID.Bytes()[:4]) {
		return voucherEscrow.UnpackNotRefundableError(raw[4:])
	}
	if bytes.Equal(raw[:4], voucherEscrow.abi.Errors["NotYourDeposit"].ID.Bytes()[:4]) {
		return voucherEscrow.UnpackNotYourDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], voucherEscrow.abi.Errors["OnlyRouter"].ID.Bytes()[:4]) {
		return voucherEscrow.UnpackOnlyRouterError(raw[4:])
	}
	if bytes.Equal(raw[:4], voucherEscrow.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return voucherEscrow.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], voucherEscrow.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return voucherEscrow.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], voucherEscrow.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return voucherEscrow.UnpackTransferFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// VoucherEscrowAlreadySpent represents a AlreadySpent error raised by the VoucherEscrow contract.
type VoucherEscrowAlreadySpent struct {
	ClaimKey common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySpent(address claimKey)
func VoucherEscrowAlreadySpentErrorID() common.Hash {
	return common.HexToHash("0xcf3db9e723ed70b0c44890f40baacf8e9255de802dc052ece2fd34162983b659")
}

// UnpackAlreadySpentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySpent(address claimKey)
func (voucherEscrow *VoucherEscrow) UnpackAlreadySpentError(raw []byte) (*VoucherEscrowAlreadySpent, error) {
	out := new(VoucherEscrowAlreadySpent)
	if err := voucherEscrow.abi.UnpackIntoInterface(out, "AlreadySpent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VoucherEscrowBadClaimSignature represents a BadClaimSignature error raised by the VoucherEscrow contract.
type VoucherEscrowBadClaimSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadClaimSignature()
func VoucherEscrowBadClaimSignatureErrorID() common.Hash {
	return common.HexToHash("0x970e4fbfdf7cb4713743cdf2c11eb504fb86d666f9c7cf847ce604053409f7a7")
}

// UnpackBadClaimSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadClaimSignature()
func (voucherEscrow *VoucherEscrow) UnpackBadClaimSignatureError(raw []byte) (*VoucherEscrowBadClaimSignature, error) {
	out := new(VoucherEscrowBadClaimSignature)
	if err := voucherEscrow.abi.UnpackIntoInterface(out, "BadClaimSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VoucherEscrowBadVoucher represents a BadVoucher error raised by the VoucherEscrow contract.
type VoucherEscrowBadVoucher struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadVoucher()
func VoucherEscrowBadVoucherErrorID() common.Hash {
	return common.HexToHash("0x6f2a72e8cbce3d3b5c8b091c9ed229572b8467e500730206cb15b1417f7860c0")
}

// UnpackBadVoucherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadVoucher()
func (voucherEscrow *VoucherEscrow) UnpackBadVoucherError(raw []byte) (*VoucherEscrowBadVoucher, error) {
	out := new(VoucherEscrowBadVoucher)
	if err := voucherEscrow.abi.UnpackIntoInterface(out, "BadVoucher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VoucherEscrowFeeExceedsAmount represents a FeeExceedsAmount error raised by the VoucherEscrow contract.
type VoucherEscrowFeeExceedsAmount struct {
	Fee    *big.Int
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeExceedsAmount(uint256 fee, uint256 amount)
func VoucherEscrowFeeExceedsAmountErrorID() common.Hash {
	return common.HexToHash("0x5534f9b376a6c670e7b47371f85d6c4d1f1ad2722046050eb2fa9874ff8cf2cc")
}

// UnpackFeeExceedsAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeExceedsAmount(uint256 fee, uint256 amount)
func (voucherEscrow *VoucherEscrow) UnpackFeeExceedsAmountError(raw []byte) (*VoucherEscrowFeeExceedsAmount, error) {
	out := new(VoucherEscrowFeeExceedsAmount)
	if err := voucherEscrow.abi.UnpackIntoInterface(out, "FeeExceedsAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VoucherEscrowNoJobFee represents a NoJobFee error raised by the VoucherEscrow contract.
type VoucherEscrowNoJobFee struct {
	Value  *big.Int
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoJobFee(uint256 value, uint256 amount)
func VoucherEscrowNoJobFeeErrorID() common.Hash {
	return common.HexToHash("0xb9558272f9516de648582d71e1e2bd9e9866e66262a9db815fd869c2d481e2b3")
}

// UnpackNoJobFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoJobFee(uint256 value, uint256 amount)
func (voucherEscrow *VoucherEscrow) UnpackNoJobFeeError(raw []byte) (*VoucherEscrowNoJobFee, error) {
	out := new(VoucherEscrowNoJobFee)
	if err := voucherEscrow.abi.UnpackIntoInterface(out, "NoJobFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VoucherEscrowNotADenomination represents a NotADenomination error raised by the VoucherEscrow contract.
type VoucherEscrowNotADenomination struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotADenomination(uint256 amount)
func VoucherEscrowNotADenominationErrorID() common.Hash {
	return common.HexToHash("0xebbd45cccdf035cc4be92e190be547145858722b6c0ef9af9b9006fb9e7c7c8e")
}

// UnpackNotADenominationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotADenomination(uint256 amount)
func (voucherEscrow *VoucherEscrow) UnpackNotADenominationError(raw []byte) (*VoucherEscrowNotADenomination, error) {
	out := new(VoucherEscrowNotADenomination)
	if err := voucherEscrow.abi.UnpackIntoInterface(out, "NotADenomination", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VoucherEscrowNotRefundable represents a NotRefundable error raised by the VoucherEscrow contract.
type VoucherEscrowNotRefundable struct {
	JobId [32]byte
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRefundable(bytes32 jobId, uint8 state)
func VoucherEscrowNotRefundableErrorID() common.Hash {
	return common.HexToHash("0xcce96a5db010eb0638796e59d7a1a001e5993750964c4d3e4349239366a726a2")
}

// UnpackNotRefundableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRefundable(bytes32 jobId, uint8 state)
func (voucherEscrow *VoucherEscrow) UnpackNotRefundableError(raw []byte) (*VoucherEscrowNotRefundable, error) {
	out := new(VoucherEscrowNotRefundable)
	if err := voucherEscrow.abi.UnpackIntoInterface(out, "NotRefundable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VoucherEscrowNotYourDeposit represents a NotYourDeposit error raised by the VoucherEscrow contract.
type VoucherEscrowNotYourDeposit struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourDeposit(bytes32 jobId)
func VoucherEscrowNotYourDepositErrorID() common.Hash {
	return common.HexToHash("0x8431dd283e0ac883387173f6cc11ec9300a06e924a0f7607821a7408cc2fdfd0")
}

// UnpackNotYourDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourDeposit(bytes32 jobId)
func (voucherEscrow *VoucherEscrow) UnpackNotYourDepositError(raw []byte) (*VoucherEscrowNotYourDeposit, error) {
	out := new(VoucherEscrowNotYourDeposit)
	if err := voucherEscrow.abi.UnpackIntoInterface(out, "NotYourDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VoucherEscrowOnlyRouter represents a OnlyRouter error raised by the VoucherEscrow contract.
type VoucherEscrowOnlyRouter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyRouter(address caller)
func VoucherEscrowOnlyRouterErrorID() common.Hash {
	return common.HexToHash("0x146f8b8ecd4ddfae8f2e3166931c101dd5a019381916aca37e98148689aff41c")
}

// UnpackOnlyRouterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyRouter(address caller)
func (voucherEscrow *VoucherEscrow) UnpackOnlyRouterError(raw []byte) (*VoucherEscrowOnlyRouter, error) {
	out := new(VoucherEscrowOnlyRouter)
	if err := voucherEscrow.abi.UnpackIntoInterface(out, "OnlyRouter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VoucherEscrowOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the VoucherEscrow contract.
type VoucherEscrowOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func VoucherEscrowOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (voucherEscrow *VoucherEscrow) UnpackOwnableInvalidOwnerError(raw []byte) (*VoucherEscrowOwnableInvalidOwner, error) {
	out := new(VoucherEscrowOwnableInvalidOwner)
	if err := voucherEscrow.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VoucherEscrowOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the VoucherEscrow contract.
type VoucherEscrowOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func VoucherEscrowOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (voucherEscrow *VoucherEscrow) UnpackOwnableUnauthorizedAccountError(raw []byte) (*VoucherEscrowOwnableUnauthorizedAccount, error) {
	out := new(VoucherEscrowOwnableUnauthorizedAccount)
	if err := voucherEscrow.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VoucherEscrowTransferFailed represents a TransferFailed error raised by the VoucherEscrow contract.
type VoucherEscrowTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func VoucherEscrowTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (voucherEscrow *VoucherEscrow) UnpackTransferFailedError(raw []byte) (*VoucherEscrowTransferFailed, error) {
	out := new(VoucherEscrowTransferFailed)
	if err := voucherEscrow.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}
