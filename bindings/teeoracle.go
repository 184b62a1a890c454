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

// EnclaveRegistryEnclave is an auto generated low-level Go binding around an user-defined struct.
type EnclaveRegistryEnclave struct {
	Fees      *big.Int
	ExpiresAt *big.Int
	State     uint8
}

// EnclaveRegistryEnclaveInfo is an auto generated low-level Go binding around an user-defined struct.
type EnclaveRegistryEnclaveInfo struct {
	Payee          common.Address
	Simulated      bool
	Measurement    [32]byte
	EvidenceDigest [32]byte
	EncryptionKey  []byte
}

// EnclaveRegistryRegistration is an auto generated low-level Go binding around an user-defined struct.
type EnclaveRegistryRegistration struct {
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

// IJobRouterRequest is an auto generated low-level Go binding around an user-defined struct.
type IJobRouterRequest struct {
	Requester        common.Address
	ProgramId        [32]byte
	InputHash        [32]byte
	CallbackGasLimit uint32
	Fee              *big.Int
	Deadline         *big.Int
}

// JobRouterConfig is an auto generated low-level Go binding around an user-defined struct.
type JobRouterConfig struct {
	Nonce          uint64
	MaxInputBytes  uint32
	MaxCallbackGas uint32
	MinTtl         uint32
	MaxTtl         uint32
	Paused         bool
}

// JobRouterFulfillment is an auto generated low-level Go binding around an user-defined struct.
type JobRouterFulfillment struct {
	JobId   [32]byte
	Request IJobRouterRequest
	Status  uint8
	Output  []byte
	R       [32]byte
	Vs      [32]byte
}

// EchoConsumerMetaData contains all meta data concerning the EchoConsumer contract.
var EchoConsumerMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"router_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"quiet_\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"onJobResult\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"quiet\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"ttl\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"results\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"router\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIJobRouter\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"ResultReceived\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"OnlyRouter\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	ID:  "EchoConsumer",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516106c73803806106c783398101604081905261002e91610046565b6001600160a01b03909116608052151560a05261008d565b5f5f60408385031215610057575f5ffd5b82516001600160a01b038116811461006d575f5ffd5b60208401519092508015158114610082575f5ffd5b809150509250929050565b60805160a0516106056100c25f395f818160df015261024101525f81816101220152818161018101526102ff01526106055ff3fe608060405260043610610058575f3560e01c80634c6b25b1116100415780634c6b25b1146100a3578063dc433dec146100ce578063f887ea4014610111575f5ffd5b806304f5e9441461005c578063290d42ac1461007d575b5f5ffd5b348015610067575f5ffd5b5061007b6100763660046103e3565b610169565b005b61009061008b366004610458565b6101f0565b6040519081526020015b60405180910390f35b3480156100ae575f5ffd5b506100906100bd3660046104c2565b5f6020819052908152604090205481565b3480156100d9575f5ffd5b506101017f000000000000000000000000000000000000000000000000000000000000000081565b604051901515815260200161009a565b34801561011c575f5ffd5b506101447f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161009a565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146101de576040517f146f8b8e00000000000000000000000000000000000000000000000000000000815233600482015260240160405180910390fd5b6101ea8484848461023f565b50505050565b5f6102358686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508892508791503490506102fc565b9695505050505050565b7f00000000000000000000000000000000000000000000000000000000000000006101ea57828282604051602001610279939291906104d9565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815282825280516020918201205f888152918290529190205584907f940e22d402e99762715095c3a9940f16a7c3cd84953972e3d63fc59a9ce3e501906102ee90869086908690610517565b60405180910390a250505050565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663fa495eb583888888886040518663ffffffff1660e01b815260040161035d949392919061056d565b60206040518083038185885af1158015610379573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061023591906105e1565b5f5f83601f8401126103ae575f5ffd5b50813567ffffffffffffffff8111156103c5575f5ffd5b6020830191508360208285010111156103dc575f5ffd5b9250929050565b5f5f5f5f606085870312156103f6575f5ffd5b84359350602085013560ff8116811461040d575f5ffd5b9250604085013567ffffffffffffffff811115610428575f5ffd5b6104348782880161039e565b95989497509550505050565b803563ffffffff81168114610453575f5ffd5b919050565b5f5f5f5f5f6080868803121561046c575f5ffd5b85359450602086013567ffffffffffffffff811115610489575f5ffd5b6104958882890161039e565b90955093506104a8905060408701610440565b91506104b660608701610440565b90509295509295909350565b5f602082840312156104d2575f5ffd5b5035919050565b7fff000000000000000000000000000000000000000000000000000000000000008460f81b168152818360018301375f910160010190815292915050565b60ff8416815260406020820152816040820152818360608301375f818301606090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016010192915050565b848152608060208201525f8451806080840152806020870160a085015e5f60a0828501015260a07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505063ffffffff8416604083015263ffffffff8316606083015295945050505050565b5f602082840312156105f1575f5ffd5b505191905056fea164736f6c634300081e000a",
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
// the contract method with ID 0x290d42ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request(bytes32 programId, bytes input, uint32 callbackGasLimit, uint32 ttl) payable returns(bytes32 jobId)
func (echoConsumer *EchoConsumer) PackRequest(programId [32]byte, input []byte, callbackGasLimit uint32, ttl uint32) []byte {
	enc, err := echoConsumer.abi.Pack("request", programId, input, callbackGasLimit, ttl)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x290d42ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request(bytes32 programId, bytes input, uint32 callbackGasLimit, uint32 ttl) payable returns(bytes32 jobId)
func (echoConsumer *EchoConsumer) TryPackRequest(programId [32]byte, input []byte, callbackGasLimit uint32, ttl uint32) ([]byte, error) {
	return echoConsumer.abi.Pack("request", programId, input, callbackGasLimit, ttl)
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x290d42ac.
//
// Solidity: function request(bytes32 programId, bytes input, uint32 callbackGasLimit, uint32 ttl) payable returns(bytes32 jobId)
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
	if bytes.Equal(raw[:4], echoConsumer.abi.Errors["OnlyRouter"].ID.Bytes()[:4]) {
		return echoConsumer.UnpackOnlyRouterError(raw[4:])
	}
	return nil, errors.New("Unknown error")
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

// JobRouterMetaData contains all meta data concerning the JobRouter contract.
var JobRouterMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowSimulation_\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"maxInputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxCallbackGas\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minTtl\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxTtl\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"CALLBACK_GAS_RESERVE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_REVERT_DATA\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RESULT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"allowMrEnclave\",\"inputs\":[{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"allowMrSigner\",\"inputs\":[{\"name\":\"mrSigner\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"productId\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"minSvn\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"allowSimulation\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"check\",\"inputs\":[{\"name\":\"f\",\"type\":\"tuple\",\"internalType\":\"structJobRouter.Fulfillment\",\"components\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"vs\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"why\",\"type\":\"uint8\",\"internalType\":\"enumJobRouter.Refusal\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"commitmentOf\",\"inputs\":[{\"name\":\"q\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]}],\"outputs\":[{\"name\":\"c\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"commitments\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"config\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structJobRouter.Config\",\"components\":[{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxInputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxCallbackGas\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minTtl\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxTtl\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"paused\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"enclave\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"hot\",\"type\":\"tuple\",\"internalType\":\"structEnclaveRegistry.Enclave\",\"components\":[{\"name\":\"fees\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"expiresAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumEnclaveRegistry.EnclaveState\"}]},{\"name\":\"info\",\"type\":\"tuple\",\"internalType\":\"structEnclaveRegistry.EnclaveInfo\",\"components\":[{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"simulated\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"measurement\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"evidenceDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"encryptionKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fulfill\",\"inputs\":[{\"name\":\"f\",\"type\":\"tuple\",\"internalType\":\"structJobRouter.Fulfillment\",\"components\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"vs\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"fulfillBatch\",\"inputs\":[{\"name\":\"fs\",\"type\":\"tuple[]\",\"internalType\":\"structJobRouter.Fulfillment[]\",\"components\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structIJobRouter.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"vs\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[{\"name\":\"settled\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isActive\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isRegistrar\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jobIdOf\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"measurements\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"allowed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minSvn\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"mrEnclaveKey\",\"inputs\":[{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"mrSignerKey\",\"inputs\":[{\"name\":\"mrSigner\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"productId\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerEnclave\",\"inputs\":[{\"name\":\"r\",\"type\":\"tuple\",\"internalType\":\"structEnclaveRegistry.Registration\",\"components\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expiresAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"simulated\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"mrSigner\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"productId\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"svn\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"evidenceDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"encryptionKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"removeMeasurement\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestJob\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"input\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"ttl\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"resultDigest\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"output\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"digest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"revokeEnclave\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setConfig\",\"inputs\":[{\"name\":\"maxInputBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxCallbackGas\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minTtl\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxTtl\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"paused\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRegistrar\",\"inputs\":[{\"name\":\"registrar\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signersOf\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"addresspayable\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawEnclaveFees\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"CallbackFailed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"revertData\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ConfigSet\",\"inputs\":[{\"name\":\"maxInputBytes\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"maxCallbackGas\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"minTtl\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"maxTtl\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"paused\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Credited\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EnclaveDeactivated\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"measurement\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EnclaveFeesWithdrawn\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"payee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EnclaveRegistered\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"measurement\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"payee\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"expiresAt\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"simulated\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"evidenceDigest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"encryptionKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EnclaveRevoked\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FulfillmentSkipped\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumJobRouter.Refusal\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobCancelled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"refund\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobFulfilled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"enclave\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"status\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"callbackOk\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobRequested\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"programId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"input\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MeasurementAllowed\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"productId\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"minSvn\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MeasurementRemoved\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RegistrarSet\",\"inputs\":[{\"name\":\"registrar\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BadConfig\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadEncryptionKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BadExpiry\",\"inputs\":[{\"name\":\"expiresAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"type\":\"error\",\"name\":\"CallbackGasTooHigh\",\"inputs\":[{\"name\":\"gasLimit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EnclaveIsRevoked\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"FeeTooHigh\",\"inputs\":[{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FulfillmentRefused\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"reason\",\"type\":\"uint8\",\"internalType\":\"enumJobRouter.Refusal\"}]},{\"type\":\"error\",\"name\":\"InputTooLarge\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientGasForCallback\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"MeasurementNotAllowed\",\"inputs\":[{\"name\":\"mrEnclave\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"mrSigner\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"productId\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"svn\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"NotExpired\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NothingToPay\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Paused\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SimulationNotAllowed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"TransferFailed\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TtlOutOfRange\",\"inputs\":[{\"name\":\"ttl\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"min\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Unauthorized\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"UnknownEnclave\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"UnknownJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"UnknownMeasurement\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroProgramId\",\"inputs\":[]}]",
	ID:  "JobRouter",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161434b38038061434b83398101604081905261002e916102c1565b84866001600160a01b0381166100575760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040515f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a35015156080524660a052610150604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f9b305b30f98ac46a3048030ff54d06c075d6672588f194196acaf0cde52191c4918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60c052610160848484845f61016b565b505050505050610345565b63ffffffff8316158061018957508163ffffffff168363ffffffff16115b8061019d57506301e133808263ffffffff16115b156101bb576040516301f30c8760e21b815260040160405180910390fd5b60088054600160401b600160801b0319166801000000000000000063ffffffff88811691820263ffffffff60601b1916929092176c0100000000000000000000000088841690810291909117600160801b600160c01b031916600160801b88851690810263ffffffff60a01b191691909117600160a01b9488169485021760ff60c01b1916600160c01b87151590810291909117865560408051948552602085019390935291830152606082019290925260808101919091527feb7e3fb9ed3ffc88ca870fb999cb16c7fcb716708fea78bd431d47db2e10b44a9060a00160405180910390a1505050505050565b805163ffffffff811681146102bc575f5ffd5b919050565b5f5f5f5f5f5f60c087890312156102d6575f5ffd5b86516001600160a01b03811681146102ec575f5ffd5b60208801519096508015158114610301575f5ffd5b945061030f604088016102a9565b935061031d606088016102a9565b925061032b608088016102a9565b915061033960a088016102a9565b90509295509295509295565b60805160a05160c051613fd56103765f395f61269a01525f6125c601525f81816103dc0152611fbe0152613fd55ff3fe60806040526004361061025d575f3560e01c806384b0196e1161014b578063c1bf1dcf116100c6578063f0c045d61161007c578063f2fde38b11610062578063f2fde38b146108ce578063f698da25146108ed578063fa495eb514610901575f5ffd5b8063f0c045d614610890578063f22590ad146108af575f5ffd5b8063cd244e92116100ac578063cd244e9214610809578063d5db72eb14610836578063e30c397814610864575f5ffd5b8063c1bf1dcf146107cb578063c9b1aeca146107ea575f5ffd5b80638da5cb5b1161011b5780639e89d202116101015780639e89d202146107605780639f8a13d71461078d578063aed6a735146107ac575f5ffd5b80638da5cb5b146106f057806391421e8a14610741575f5ffd5b806384b0196e1461062457806386acd6f01461064b578063873270cc1461066a57806387934466146106d1575f5ffd5b80633da4ea9b116101db57806370a08231116101ab57806379ba50971161019157806379ba5097146105b95780637abcb27d146105cd578063839df945146105f9575f5ffd5b806370a082311461042d57806379502c5514610458575f5ffd5b80633da4ea9b1461038d57806349c319d7146103ac5780634fbac8e3146103cb57806351cff8d91461040e575f5ffd5b806322fe1e501161023057806333a2fd291161021657806333a2fd291461033a578063340e50531461034f5780633d87a7721461036e575f5ffd5b806322fe1e5014610306578063284bc05f14610325575f5ffd5b8063101af62b14610261578063110b9e3714610293578063123f8e9f146102b457806322361a93146102e7575b5f5ffd5b34801561026c575f5ffd5b5061028061027b3660046133c9565b610914565b6040519081526020015b60405180910390f35b34801561029e575f5ffd5b506102b26102ad3660046133f0565b610959565b005b3480156102bf575f5ffd5b506102807f6e525260614da36ccf00543d83c531c542c66c8c543da172ca98a01a753c990981565b3480156102f2575f5ffd5b5061028061030136600461341d565b610bba565b348015610311575f5ffd5b506102b2610320366004613458565b610bcd565b348015610330575f5ffd5b5061028061010081565b348015610345575f5ffd5b5061028061138881565b34801561035a575f5ffd5b506102b2610369366004613484565b610d5a565b348015610379575f5ffd5b506102806103883660046134bd565b610eca565b348015610398575f5ffd5b506102b26103a73660046134e7565b610f09565b3480156103b7575f5ffd5b506102b26103c636600461352b565b611095565b3480156103d6575f5ffd5b506103fe7f000000000000000000000000000000000000000000000000000000000000000081565b604051901515815260200161028a565b348015610419575f5ffd5b50610280610428366004613458565b6110fc565b348015610438575f5ffd5b50610280610447366004613458565b5f6020819052908152604090205481565b348015610463575f5ffd5b5061054a6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506040805160c08101825260085467ffffffffffffffff8116825268010000000000000000810463ffffffff90811660208401526c0100000000000000000000000082048116938301939093527001000000000000000000000000000000008104831660608301527401000000000000000000000000000000000000000081049092166080820152780100000000000000000000000000000000000000000000000090910460ff16151560a082015290565b60405161028a91905f60c08201905067ffffffffffffffff835116825263ffffffff602084015116602083015263ffffffff604084015116604083015263ffffffff606084015116606083015263ffffffff608084015116608083015260a0830151151560a083015292915050565b3480156105c4575f5ffd5b506102b26111b0565b3480156105d8575f5ffd5b506105ec6105e73660046133f0565b61127f565b60405161028a919061358c565b348015610604575f5ffd5b506102806106133660046133f0565b60096020525f908152604090205481565b34801561062f575f5ffd5b506106386112f5565b60405161028a9796959493929190613630565b348015610656575f5ffd5b50610280610665366004613458565b6113c9565b348015610675575f5ffd5b506106ae6106843660046133f0565b60046020525f908152604090205460ff8082169161010081049091169062010000900461ffff1683565b60408051931515845260ff909216602084015261ffff169082015260600161028a565b3480156106dc575f5ffd5b506102806106eb366004613744565b6114ed565b3480156106fb575f5ffd5b5060015461071c9073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161028a565b34801561074c575f5ffd5b5061028061075b3660046133f0565b611586565b34801561076b575f5ffd5b5061077f61077a3660046137a7565b6115a1565b60405161028a929190613820565b348015610798575f5ffd5b506103fe6107a7366004613458565b6115b5565b3480156107b7575f5ffd5b506102806107c636600461384a565b611691565b3480156107d6575f5ffd5b506102b26107e53660046138bb565b6118b7565b3480156107f5575f5ffd5b506102b26108043660046137a7565b611994565b348015610814575f5ffd5b50610828610823366004613458565b611a8d565b60405161028a9291906138e5565b348015610841575f5ffd5b506103fe610850366004613458565b60036020525f908152604090205460ff1681565b34801561086f575f5ffd5b5060025461071c9073ffffffffffffffffffffffffffffffffffffffff1681565b34801561089b575f5ffd5b506102b26108aa3660046133f0565b611ca5565b3480156108ba575f5ffd5b506102b26108c936600461398d565b611e01565b3480156108d9575f5ffd5b506102b26108e8366004613458565b6124fa565b3480156108f8575f5ffd5b506102806125c3565b61028061090f3660046139c5565b6126bc565b60408051466020820152309181019190915267ffffffffffffffff821660608201525f906080015b604051602081830303815290604052805190602001209050919050565b60015473ffffffffffffffffffffffffffffffffffffffff1633146109b1576040517f8e4a23d60000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f8181526004602052604090205460ff166109fb576040517f7d3142fd000000000000000000000000000000000000000000000000000000008152600481018290526024016109a8565b5f8181526004602052604080822080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001690555182917fb2a8a9c97933cafb333db232e19a2fa0727de66b069d0644f241b2c36ba115bd91a25f818152600760205260408120905b8154811015610b9f575f828281548110610a8057610a80613a23565b5f91825260208083209091015473ffffffffffffffffffffffffffffffffffffffff16808352600590915260409091209091506001815471010000000000000000000000000000000000900460ff166003811115610ae057610ae06137df565b148015610b13575073ffffffffffffffffffffffffffffffffffffffff82165f9081526006602052604090206001015485145b15610b955780547fffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffff1671020000000000000000000000000000000000178155604051859073ffffffffffffffffffffffffffffffffffffffff8416907febe3a49c0c5d94d196de3267a1d8107176cb883d9e26e460498478de13e625c1905f90a35b5050600101610a64565b505f828152600760205260408120610bb691613393565b5050565b5f60405160c083823760c0902092915050565b60015473ffffffffffffffffffffffffffffffffffffffff163314801590610c045750335f9081526003602052604090205460ff16155b15610c3d576040517f8e4a23d60000000000000000000000000000000000000000000000000000000081523360048201526024016109a8565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260056020526040812090815471010000000000000000000000000000000000900460ff166003811115610c8d57610c8d6137df565b03610cdc576040517fac88b76700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff831660048201526024016109a8565b80547fffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffff167103000000000000000000000000000000000017815560405173ffffffffffffffffffffffffffffffffffffffff8316907f014328d04215ef25a11c630f007f31516a065906981503bcb8cdf4998651c18b905f90a25050565b60015473ffffffffffffffffffffffffffffffffffffffff163314610dad576040517f8e4a23d60000000000000000000000000000000000000000000000000000000081523360048201526024016109a8565b5f610db88484610eca565b6040805160608082018352600182526002602080840182815261ffff8981168688018181525f8a8152600486528990209751885494519151841662010000027fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000ffff60ff909316610100027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff921515929092167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00009096169590951717169290921790955585519283529082018a90529288169381019390935282015290915081907fefc3c19316db96bcf024f5f787ea5ff2c30ede9966be7c86f984727b3fb6fa049060800160405180910390a250505050565b604080516002602082015290810183905261ffff821660608201525f906080016040516020818303038152906040528051906020012090505b92915050565b5f82815260096020526040902054801580610f2c5750610f2882610bba565b8114155b15610f66576040517fe498a481000000000000000000000000000000000000000000000000000000008152600481018490526024016109a8565b610f7660c0830160a08401613a50565b64ffffffffff164211610fd65782610f9460c0840160a08501613a50565b6040517f8c509241000000000000000000000000000000000000000000000000000000008152600481019290925264ffffffffff1660248201526044016109a8565b5f838152600960209081526040822091909155610ff590830183613458565b73ffffffffffffffffffffffffffffffffffffffff16837f65218ff3c742f70b831af1b08386fd207afb658fe1970a7fb3c170ffd29cdd9661103d60a0860160808701613a74565b6040516bffffffffffffffffffffffff909116815260200160405180910390a361109061106d6020840184613458565b61107d60a0850160808601613a74565b6bffffffffffffffffffffffff16612b0c565b505050565b60015473ffffffffffffffffffffffffffffffffffffffff1633146110e8576040517f8e4a23d60000000000000000000000000000000000000000000000000000000081523360048201526024016109a8565b6110f58585858585612b8d565b5050505050565b335f9081526020819052604081205490819003611145576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f8181526020818152604080832092909255905183815273ffffffffffffffffffffffffffffffffffffffff851692917fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb910160405180910390a36111ab8282612d8c565b919050565b60025473ffffffffffffffffffffffffffffffffffffffff163314611203576040517f8e4a23d60000000000000000000000000000000000000000000000000000000081523360048201526024016109a8565b600154604051339173ffffffffffffffffffffffffffffffffffffffff16907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a3600180547fffffffffffffffffffffffff00000000000000000000000000000000000000009081163317909155600280549091169055565b5f818152600760209081526040918290208054835181840281018401909452808452606093928301828280156112e957602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff1681526001909101906020018083116112be575b50505050509050919050565b5f606080828080834630838060405190808252806020026020018201604052801561132a578160200160208202803683370190505b50604080518082018252600981527f5465654f7261636c6500000000000000000000000000000000000000000000006020808301919091528251808401909352600183527f3100000000000000000000000000000000000000000000000000000000000000908301527f0f000000000000000000000000000000000000000000000000000000000000009d909c50909a50939850919650945092509050565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260056020526040812080546bffffffffffffffffffffffff169182900361144f576040517fbd6f331f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024016109a8565b80547fffffffffffffffffffffffffffffffffffffffff00000000000000000000000016815573ffffffffffffffffffffffffffffffffffffffff8084165f81815260066020526040908190205490519216918291907fa09c5e48ef7e3af4f73e00a479918b53675c644ff55fe5839b2b5b478d501f24906114d49087815260200190565b60405180910390a36114e68184612e41565b5050919050565b5f5f6114f76125c3565b9050604051838582379283207f6e525260614da36ccf00543d83c531c542c66c8c543da172ca98a01a753c99098452602084019790975260408301959095525060ff92909216606083015250608081019290925260a082207f19010000000000000000000000000000000000000000000000000000000000008352600283019190915260228201526042902090565b60408051600160208201529081018290525f9060600161093c565b5f5f6115ac83612e4b565b91509150915091565b73ffffffffffffffffffffffffffffffffffffffff81165f908152600560209081526040808320815160608101835281546bffffffffffffffffffffffff811682526c01000000000000000000000000810464ffffffffff16948201949094528493909283019071010000000000000000000000000000000000900460ff166003811115611645576116456137df565b6003811115611656576116566137df565b9052509050600181604001516003811115611673576116736137df565b14801561168a5750806020015164ffffffffff1642105b9392505050565b5f8080805b8481101561182957368686838181106116b1576116b1613a23565b90506020028101906116c39190613acc565b90505f5f6116d083612e4b565b90925090505f8160058111156116e8576116e86137df565b1461173057825f01357fb078e38b6178b84e99cff7cb47447ff5c67a69724371faed659ec3a98373102e826040516117209190613b08565b60405180910390a2505050611821565b82355f9081526009602052604081205573ffffffffffffffffffffffffffffffffffffffff828116908716146117ec576bffffffffffffffffffffffff8516156117e55773ffffffffffffffffffffffffffffffffffffffff86165f90815260056020526040812080548792906117b69084906bffffffffffffffffffffffff16613b43565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055505b8195505f94505b6117fc60c0840160a08501613a74565b6118069086613b43565b94506118128383613018565b61181b87613b67565b96505050505b600101611696565b506bffffffffffffffffffffffff8116156118af5773ffffffffffffffffffffffffffffffffffffffff82165f90815260056020526040812080548392906118809084906bffffffffffffffffffffffff16613b43565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055505b505092915050565b60015473ffffffffffffffffffffffffffffffffffffffff16331461190a576040517f8e4a23d60000000000000000000000000000000000000000000000000000000081523360048201526024016109a8565b73ffffffffffffffffffffffffffffffffffffffff82165f8181526003602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001685151590811790915591519182527fb5e93f625be9cf4b25a2f505df040e38bd35ed584b62730dd64b7eaf145e8c6e91015b60405180910390a25050565b5f5f61199f83612e4b565b90925090505f8160058111156119b7576119b76137df565b146119f3576040517fa12e140f0000000000000000000000000000000000000000000000000000000081526109a8908435908390600401613b9e565b82355f90815260096020526040812055611a1360c0840160a08501613a74565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526005602052604081208054909190611a559084906bffffffffffffffffffffffff16613b43565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055506110908383613018565b611aad604080516060810182525f80825260208201819052909182015290565b611af36040518060a001604052805f73ffffffffffffffffffffffffffffffffffffffff1681526020015f151581526020015f81526020015f8152602001606081525090565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526005602090815260408083206006835292819020815160608101835284546bffffffffffffffffffffffff811682526c01000000000000000000000000810464ffffffffff16948201949094529092909184919083019071010000000000000000000000000000000000900460ff166003811115611b8e57611b8e6137df565b6003811115611b9f57611b9f6137df565b9052506040805160a081018252835473ffffffffffffffffffffffffffffffffffffffff8116825274010000000000000000000000000000000000000000900460ff161515602082015260018401549181019190915260028301546060820152600383018054929450909183916080840191611c1a90613bb2565b80601f0160208091040260200160405190810160405280929190818152602001828054611c4690613bb2565b8015611c915780601f10611c6857610100808354040283529160200191611c91565b820191905f5260205f20905b815481529060010190602001808311611c7457829003601f168201915b505050505081525050905091509150915091565b60015473ffffffffffffffffffffffffffffffffffffffff163314611cf8576040517f8e4a23d60000000000000000000000000000000000000000000000000000000081523360048201526024016109a8565b5f611d0282611586565b6040805160608082018352600180835260208084018281525f85870181815288825260048452878220965187549351915161ffff1662010000027fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000ffff60ff909316610100027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff921515929092167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000909516949094171716919091179094558451918252810187905292830182905282015290915081907fefc3c19316db96bcf024f5f787ea5ff2c30ede9966be7c86f984727b3fb6fa0490608001611988565b335f9081526003602052604090205460ff16611e4b576040517f8e4a23d60000000000000000000000000000000000000000000000000000000081523360048201526024016109a8565b5f611e596020830183613458565b73ffffffffffffffffffffffffffffffffffffffff161480611e9f57505f611e876040830160208401613458565b73ffffffffffffffffffffffffffffffffffffffff16145b15611ed6576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b42611ee76060830160408401613a50565b64ffffffffff1611611f3f57611f036060820160408301613a50565b6040517ff0b8ebee00000000000000000000000000000000000000000000000000000000815264ffffffffff90911660048201526024016109a8565b611f4d610120820182613bfd565b60211480159150611f6e5750611f67610120820182613bfd565b9050604114155b15611fa5576040517f2745caee00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611fb56080820160608301613c5e565b8015611fdf57507f0000000000000000000000000000000000000000000000000000000000000000155b15612016576040517f67480b2300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6120248260800135611586565b5f8181526004602052604090205490915060ff166121445761205460a083013561038860e0850160c08601613c77565b5f818152600460209081526040918290208251606081018452905460ff808216158015845261010083049091169383019390935262010000900461ffff169281019290925291925090806120c35750604081015161ffff166120bd610100850160e08601613c77565b61ffff16105b1561214257608083013560a08401356120e260e0860160c08701613c77565b6120f3610100870160e08801613c77565b6040517f98726b0c0000000000000000000000000000000000000000000000000000000081526004810194909452602484019290925261ffff90811660448401521660648201526084016109a8565b505b5f6005816121556020860186613458565b73ffffffffffffffffffffffffffffffffffffffff16815260208101919091526040015f2090506003815471010000000000000000000000000000000000900460ff1660038111156121a9576121a96137df565b03612206576121bb6020840184613458565b6040517ff1c2c94f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff90911660048201526024016109a8565b5f6006816122176020870187613458565b73ffffffffffffffffffffffffffffffffffffffff16815260208101919091526040015f2090506001825471010000000000000000000000000000000000900460ff16600381111561226b5761226b6137df565b14158061227c575082816001015414155b156122f5575f8381526007602090815260409091209061229e90860186613458565b81546001810183555f928352602090922090910180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff9092169190911790555b6123056060850160408601613a50565b825464ffffffffff919091166c01000000000000000000000000027fffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffff167fffffffffffffffffffffffffffff000000000000ffffffffffffffffffffffff909116177101000000000000000000000000000000000017825561238d6040850160208601613458565b81547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff919091161781556123dd6080850160608601613c5e565b815490151574010000000000000000000000000000000000000000027fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff909116178155600181018390556101008401356002820155612440610120850185613bfd565b6003830191612450919083613cd4565b508261245f6020860186613458565b73ffffffffffffffffffffffffffffffffffffffff167f7d021427a7ac4a7b65e2ff61e517c56da0abcc46f391af30861aa827dd4964146124a66040880160208901613458565b6124b66060890160408a01613a50565b6124c660808a0160608b01613c5e565b6101008a01356124da6101208c018c613bfd565b6040516124ec96959493929190613e31565b60405180910390a350505050565b60015473ffffffffffffffffffffffffffffffffffffffff16331461254d576040517f8e4a23d60000000000000000000000000000000000000000000000000000000081523360048201526024016109a8565b600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff838116918217909255600154604051919216907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f7f0000000000000000000000000000000000000000000000000000000000000000461461269757612692604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f9b305b30f98ac46a3048030ff54d06c075d6672588f194196acaf0cde52191c4918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b6040805160c08101825260085467ffffffffffffffff8116825268010000000000000000810463ffffffff90811660208401526c0100000000000000000000000082048116938301939093527001000000000000000000000000000000008104831660608301527401000000000000000000000000000000000000000081049092166080820152780100000000000000000000000000000000000000000000000090910460ff1615801560a08301525f91906127a4576040517f9e87fac800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b866127db576040517f41a463a500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b602081015163ffffffff168511156128345760208101516040517f1a4f04640000000000000000000000000000000000000000000000000000000081526004810187905263ffffffff90911660248201526044016109a8565b806040015163ffffffff168463ffffffff1611156128945760408082015190517f924121a700000000000000000000000000000000000000000000000000000000815263ffffffff808716600483015290911660248201526044016109a8565b806060015163ffffffff168363ffffffff1610806128c15750806080015163ffffffff168363ffffffff16115b1561291a57606081015160808201516040517fd1bb849b00000000000000000000000000000000000000000000000000000000815263ffffffff80871660048301529283166024820152911660448201526064016109a8565b6bffffffffffffffffffffffff341115612962576040517f7b9314200000000000000000000000000000000000000000000000000000000081523460048201526024016109a8565b805160408051466020820152309181019190915267ffffffffffffffff9091166060820152608001604080518083037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001815291905280516020909101208151600880547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016600190920167ffffffffffffffff1691909117905591505f612a1063ffffffff851642613e87565b905033888888604051612a24929190613e9a565b6040805191829003822073ffffffffffffffffffffffffffffffffffffffff9094166020830152810191909152606081019190915263ffffffff861660808201523460a082015264ffffffffff821660c082015260e001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815282825280516020918201205f8781526009909252919020558890339085907f086ea2dd31e87cad0bae6fca19be013ad4ab5ad6fe86480153bfe0acae6c2ec090612af9908c908c908c9034908a90613ea9565b60405180910390a4505095945050505050565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526020819052604081208054839290612b40908490613e87565b909155505060405181815273ffffffffffffffffffffffffffffffffffffffff8316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f390602001611988565b63ffffffff83161580612bab57508163ffffffff168363ffffffff16115b80612bbf57506301e133808263ffffffff16115b15612bf6576040517f07cc321c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600880547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff166801000000000000000063ffffffff8881169182027fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff16929092176c01000000000000000000000000888416908102919091177fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff167001000000000000000000000000000000008885169081027fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff169190911774010000000000000000000000000000000000000000948816948502177fffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000087151590810291909117865560408051948552602085019390935291830152606082019290925260808101919091527feb7e3fb9ed3ffc88ca870fb999cb16c7fcb716708fea78bd431d47db2e10b44a9060a00160405180910390a1505050505050565b5f8273ffffffffffffffffffffffffffffffffffffffff16826040515f6040518083038185875af1925050503d805f8114612de2576040519150601f19603f3d011682016040523d82523d5f602084013e612de7565b606091505b5050905080611090576040517f1c43b97600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602481018390526044016109a8565b610bb68282612d8c565b80355f90815260096020526040812054819080612e6e57505f9360019350915050565b602084015f612e7c82610bba565b9050808314612e9357505f95600295509350505050565b612ea360c0830160a08401613a50565b64ffffffffff16421115612ebf57505f95600395509350505050565b612ef8612ee7873583612ed96101008b0160e08c01613ef4565b6106eb6101008c018c613bfd565b8761012001358861014001356132a8565b945073ffffffffffffffffffffffffffffffffffffffff8516612f2357505f95600495509350505050565b73ffffffffffffffffffffffffffffffffffffffff85165f908152600560209081526040808320815160608101835281546bffffffffffffffffffffffff811682526c01000000000000000000000000810464ffffffffff169482019490945292909183019071010000000000000000000000000000000000900460ff166003811115612fb257612fb26137df565b6003811115612fc357612fc36137df565b9052509050600181604001516003811115612fe057612fe06137df565b141580612ff85750806020015164ffffffffff164210155b1561300b57509395600595509350505050565b5093955f95509350505050565b60015f61302b6040850160208601613458565b90505f61303e60a0860160808701613f0d565b63ffffffff169050801561323a575f8535613060610100880160e08901613ef4565b61306e610100890189613bfd565b6040516024016130819493929190613f26565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529190526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f04f5e9440000000000000000000000000000000000000000000000000000000017905290505f5a905061138881101561313c576040517f3b30a474000000000000000000000000000000000000000000000000000000008152873560048201526024016109a8565b61314861138882613f52565b905082613156604083613f65565b6131609083613f52565b1161319a576040517f3b30a474000000000000000000000000000000000000000000000000000000008152873560048201526024016109a8565b5f5f8351602085015f8888f19450846132375760603d6101008111156131bf57506101005b6040519150808252805f602084013e601f017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810160200160408190528835907f96eb4c6818c1c55d3fa04617c269345929a70a223602b77c2f341284437b0e329061322d908490613f9d565b60405180910390a2505b50505b73ffffffffffffffffffffffffffffffffffffffff841685357fc7354fd9aebe62bfaf53a34c14357ec5f708932d3c8d0af0494142aa67012d70613285610100890160e08a01613ef4565b6040805160ff909216825287151560208301520160405180910390a35050505050565b5f7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82167f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08111156132fd575f91505061168a565b5f61330d60ff85901c601b613faf565b604080515f81526020810180835289905260ff831691810191909152606081018790526080810184905290915060019060a0016020604051602081039080840390855afa158015613360573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00151979650505050505050565b5080545f8255905f5260205f20908101906133ae91906133b1565b50565b5b808211156133c5575f81556001016133b2565b5090565b5f602082840312156133d9575f5ffd5b813567ffffffffffffffff8116811461168a575f5ffd5b5f60208284031215613400575f5ffd5b5035919050565b5f60c08284031215613417575f5ffd5b50919050565b5f60c0828403121561342d575f5ffd5b61168a8383613407565b73ffffffffffffffffffffffffffffffffffffffff811681146133ae575f5ffd5b5f60208284031215613468575f5ffd5b813561168a81613437565b803561ffff811681146111ab575f5ffd5b5f5f5f60608486031215613496575f5ffd5b833592506134a660208501613473565b91506134b460408501613473565b90509250925092565b5f5f604083850312156134ce575f5ffd5b823591506134de60208401613473565b90509250929050565b5f5f60e083850312156134f8575f5ffd5b823591506134de8460208501613407565b803563ffffffff811681146111ab575f5ffd5b803580151581146111ab575f5ffd5b5f5f5f5f5f60a0868803121561353f575f5ffd5b61354886613509565b945061355660208701613509565b935061356460408701613509565b925061357260608701613509565b91506135806080870161351c565b90509295509295909350565b602080825282518282018190525f918401906040840190835b818110156135d957835173ffffffffffffffffffffffffffffffffffffffff168352602093840193909201916001016135a5565b509095945050505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61366a60e08301896135e4565b828103604084015261367c81896135e4565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156136de5783518352602093840193909201916001016136c0565b50909b9a5050505050505050505050565b803560ff811681146111ab575f5ffd5b5f5f83601f84011261370f575f5ffd5b50813567ffffffffffffffff811115613726575f5ffd5b60208301915083602082850101111561373d575f5ffd5b9250929050565b5f5f5f5f5f60808688031215613758575f5ffd5b853594506020860135935061376f604087016136ef565b9250606086013567ffffffffffffffff81111561378a575f5ffd5b613796888289016136ff565b969995985093965092949392505050565b5f602082840312156137b7575f5ffd5b813567ffffffffffffffff8111156137cd575f5ffd5b8201610160818503121561168a575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6006811061381c5761381c6137df565b9052565b73ffffffffffffffffffffffffffffffffffffffff831681526040810161168a602083018461380c565b5f5f6020838503121561385b575f5ffd5b823567ffffffffffffffff811115613871575f5ffd5b8301601f81018513613881575f5ffd5b803567ffffffffffffffff811115613897575f5ffd5b8560208260051b84010111156138ab575f5ffd5b6020919091019590945092505050565b5f5f604083850312156138cc575f5ffd5b82356138d781613437565b91506134de6020840161351c565b6bffffffffffffffffffffffff835116815264ffffffffff60208401511660208201525f60408401516004811061391e5761391e6137df565b806040840152506080606083015273ffffffffffffffffffffffffffffffffffffffff83511660808301526020830151151560a0830152604083015160c0830152606083015160e0830152608083015160a06101008401526139846101208401826135e4565b95945050505050565b5f6020828403121561399d575f5ffd5b813567ffffffffffffffff8111156139b3575f5ffd5b8201610140818503121561168a575f5ffd5b5f5f5f5f5f608086880312156139d9575f5ffd5b85359450602086013567ffffffffffffffff8111156139f6575f5ffd5b613a02888289016136ff565b9095509350613a15905060408701613509565b915061358060608701613509565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215613a60575f5ffd5b813564ffffffffff8116811461168a575f5ffd5b5f60208284031215613a84575f5ffd5b81356bffffffffffffffffffffffff8116811461168a575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f82357ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffea1833603018112613afe575f5ffd5b9190910192915050565b60208101610f03828461380c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b6bffffffffffffffffffffffff8181168382160190811115610f0357610f03613b16565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203613b9757613b97613b16565b5060010190565b8281526040810161168a602083018461380c565b600181811c90821680613bc657607f821691505b602082108103613417577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613c30575f5ffd5b83018035915067ffffffffffffffff821115613c4a575f5ffd5b60200191503681900382131561373d575f5ffd5b5f60208284031215613c6e575f5ffd5b61168a8261351c565b5f60208284031215613c87575f5ffd5b61168a82613473565b601f82111561109057805f5260205f20601f840160051c81016020851015613cb55750805b601f840160051c820191505b818110156110f5575f8155600101613cc1565b67ffffffffffffffff831115613cec57613cec613a9f565b613d0083613cfa8354613bb2565b83613c90565b5f601f841160018114613d50575f8515613d1a5750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b1783556110f5565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b82811015613d9d5786850135825560209485019460019092019101613d7d565b5086821015613dd8577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff8716815264ffffffffff86166020820152841515604082015283606082015260a060808201525f613e7b60a083018486613dea565b98975050505050505050565b80820180821115610f0357610f03613b16565b818382375f9101908152919050565b608081525f613ebc608083018789613dea565b63ffffffff959095166020830152506bffffffffffffffffffffffff92909216604083015264ffffffffff1660609091015292915050565b5f60208284031215613f04575f5ffd5b61168a826136ef565b5f60208284031215613f1d575f5ffd5b61168a82613509565b84815260ff84166020820152606060408201525f613f48606083018486613dea565b9695505050505050565b81810381811115610f0357610f03613b16565b5f82613f98577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b602081525f61168a60208301846135e4565b60ff8181168382160190811115610f0357610f03613b1656fea164736f6c634300081e000a",
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
// Solidity: constructor(address initialOwner, bool allowSimulation_, uint32 maxInputBytes, uint32 maxCallbackGas, uint32 minTtl, uint32 maxTtl) returns()
func (jobRouter *JobRouter) PackConstructor(initialOwner common.Address, allowSimulation_ bool, maxInputBytes uint32, maxCallbackGas uint32, minTtl uint32, maxTtl uint32) []byte {
	enc, err := jobRouter.abi.Pack("", initialOwner, allowSimulation_, maxInputBytes, maxCallbackGas, minTtl, maxTtl)
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
// the contract method with ID 0x3da4ea9b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(bytes32 jobId, (address,bytes32,bytes32,uint32,uint96,uint40) request) returns()
func (jobRouter *JobRouter) PackCancel(jobId [32]byte, request IJobRouterRequest) []byte {
	enc, err := jobRouter.abi.Pack("cancel", jobId, request)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3da4ea9b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(bytes32 jobId, (address,bytes32,bytes32,uint32,uint96,uint40) request) returns()
func (jobRouter *JobRouter) TryPackCancel(jobId [32]byte, request IJobRouterRequest) ([]byte, error) {
	return jobRouter.abi.Pack("cancel", jobId, request)
}

// PackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e89d202.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function check((bytes32,(address,bytes32,bytes32,uint32,uint96,uint40),uint8,bytes,bytes32,bytes32) f) view returns(address signer, uint8 why)
func (jobRouter *JobRouter) PackCheck(f JobRouterFulfillment) []byte {
	enc, err := jobRouter.abi.Pack("check", f)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e89d202.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function check((bytes32,(address,bytes32,bytes32,uint32,uint96,uint40),uint8,bytes,bytes32,bytes32) f) view returns(address signer, uint8 why)
func (jobRouter *JobRouter) TryPackCheck(f JobRouterFulfillment) ([]byte, error) {
	return jobRouter.abi.Pack("check", f)
}

// CheckOutput serves as a container for the return parameters of contract
// method Check.
type CheckOutput struct {
	Signer common.Address
	Why    uint8
}

// UnpackCheck is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e89d202.
//
// Solidity: function check((bytes32,(address,bytes32,bytes32,uint32,uint96,uint40),uint8,bytes,bytes32,bytes32) f) view returns(address signer, uint8 why)
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
// the contract method with ID 0x22361a93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf((address,bytes32,bytes32,uint32,uint96,uint40) q) pure returns(bytes32 c)
func (jobRouter *JobRouter) PackCommitmentOf(q IJobRouterRequest) []byte {
	enc, err := jobRouter.abi.Pack("commitmentOf", q)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22361a93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf((address,bytes32,bytes32,uint32,uint96,uint40) q) pure returns(bytes32 c)
func (jobRouter *JobRouter) TryPackCommitmentOf(q IJobRouterRequest) ([]byte, error) {
	return jobRouter.abi.Pack("commitmentOf", q)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22361a93.
//
// Solidity: function commitmentOf((address,bytes32,bytes32,uint32,uint96,uint40) q) pure returns(bytes32 c)
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
// Solidity: function config() view returns((uint64,uint32,uint32,uint32,uint32,bool))
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
// Solidity: function config() view returns((uint64,uint32,uint32,uint32,uint32,bool))
func (jobRouter *JobRouter) TryPackConfig() ([]byte, error) {
	return jobRouter.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((uint64,uint32,uint32,uint32,uint32,bool))
func (jobRouter *JobRouter) UnpackConfig(data []byte) (JobRouterConfig, error) {
	out, err := jobRouter.abi.Unpack("config", data)
	if err != nil {
		return *new(JobRouterConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(JobRouterConfig)).(*JobRouterConfig)
	return out0, nil
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
// Solidity: function enclave(address signer) view returns((uint96,uint40,uint8) hot, (address,bool,bytes32,bytes32,bytes) info)
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
// Solidity: function enclave(address signer) view returns((uint96,uint40,uint8) hot, (address,bool,bytes32,bytes32,bytes) info)
func (jobRouter *JobRouter) TryPackEnclave(signer common.Address) ([]byte, error) {
	return jobRouter.abi.Pack("enclave", signer)
}

// EnclaveOutput serves as a container for the return parameters of contract
// method Enclave.
type EnclaveOutput struct {
	Hot  EnclaveRegistryEnclave
	Info EnclaveRegistryEnclaveInfo
}

// UnpackEnclave is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd244e92.
//
// Solidity: function enclave(address signer) view returns((uint96,uint40,uint8) hot, (address,bool,bytes32,bytes32,bytes) info)
func (jobRouter *JobRouter) UnpackEnclave(data []byte) (EnclaveOutput, error) {
	out, err := jobRouter.abi.Unpack("enclave", data)
	outstruct := new(EnclaveOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Hot = *abi.ConvertType(out[0], new(EnclaveRegistryEnclave)).(*EnclaveRegistryEnclave)
	outstruct.Info = *abi.ConvertType(out[1], new(EnclaveRegistryEnclaveInfo)).(*EnclaveRegistryEnclaveInfo)
	return *outstruct, nil
}

// PackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9b1aeca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfill((bytes32,(address,bytes32,bytes32,uint32,uint96,uint40),uint8,bytes,bytes32,bytes32) f) returns()
func (jobRouter *JobRouter) PackFulfill(f JobRouterFulfillment) []byte {
	enc, err := jobRouter.abi.Pack("fulfill", f)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9b1aeca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfill((bytes32,(address,bytes32,bytes32,uint32,uint96,uint40),uint8,bytes,bytes32,bytes32) f) returns()
func (jobRouter *JobRouter) TryPackFulfill(f JobRouterFulfillment) ([]byte, error) {
	return jobRouter.abi.Pack("fulfill", f)
}

// PackFulfillBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaed6a735.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfillBatch((bytes32,(address,bytes32,bytes32,uint32,uint96,uint40),uint8,bytes,bytes32,bytes32)[] fs) returns(uint256 settled)
func (jobRouter *JobRouter) PackFulfillBatch(fs []JobRouterFulfillment) []byte {
	enc, err := jobRouter.abi.Pack("fulfillBatch", fs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfillBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaed6a735.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfillBatch((bytes32,(address,bytes32,bytes32,uint32,uint96,uint40),uint8,bytes,bytes32,bytes32)[] fs) returns(uint256 settled)
func (jobRouter *JobRouter) TryPackFulfillBatch(fs []JobRouterFulfillment) ([]byte, error) {
	return jobRouter.abi.Pack("fulfillBatch", fs)
}

// UnpackFulfillBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaed6a735.
//
// Solidity: function fulfillBatch((bytes32,(address,bytes32,bytes32,uint32,uint96,uint40),uint8,bytes,bytes32,bytes32)[] fs) returns(uint256 settled)
func (jobRouter *JobRouter) UnpackFulfillBatch(data []byte) (*big.Int, error) {
	out, err := jobRouter.abi.Unpack("fulfillBatch", data)
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
// Solidity: function measurements(bytes32 key) view returns(bool allowed, uint8 kind, uint16 minSvn)
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
// Solidity: function measurements(bytes32 key) view returns(bool allowed, uint8 kind, uint16 minSvn)
func (jobRouter *JobRouter) TryPackMeasurements(key [32]byte) ([]byte, error) {
	return jobRouter.abi.Pack("measurements", key)
}

// MeasurementsOutput serves as a container for the return parameters of contract
// method Measurements.
type MeasurementsOutput struct {
	Allowed bool
	Kind    uint8
	MinSvn  uint16
}

// UnpackMeasurements is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x873270cc.
//
// Solidity: function measurements(bytes32 key) view returns(bool allowed, uint8 kind, uint16 minSvn)
func (jobRouter *JobRouter) UnpackMeasurements(data []byte) (MeasurementsOutput, error) {
	out, err := jobRouter.abi.Unpack("measurements", data)
	outstruct := new(MeasurementsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Allowed = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Kind = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.MinSvn = *abi.ConvertType(out[2], new(uint16)).(*uint16)
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

// PackRegisterEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf22590ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerEnclave((address,address,uint40,bool,bytes32,bytes32,uint16,uint16,bytes32,bytes) r) returns()
func (jobRouter *JobRouter) PackRegisterEnclave(r EnclaveRegistryRegistration) []byte {
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
func (jobRouter *JobRouter) TryPackRegisterEnclave(r EnclaveRegistryRegistration) ([]byte, error) {
	return jobRouter.abi.Pack("registerEnclave", r)
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
// the contract method with ID 0xfa495eb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestJob(bytes32 programId, bytes input, uint32 callbackGasLimit, uint32 ttl) payable returns(bytes32 jobId)
func (jobRouter *JobRouter) PackRequestJob(programId [32]byte, input []byte, callbackGasLimit uint32, ttl uint32) []byte {
	enc, err := jobRouter.abi.Pack("requestJob", programId, input, callbackGasLimit, ttl)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa495eb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestJob(bytes32 programId, bytes input, uint32 callbackGasLimit, uint32 ttl) payable returns(bytes32 jobId)
func (jobRouter *JobRouter) TryPackRequestJob(programId [32]byte, input []byte, callbackGasLimit uint32, ttl uint32) ([]byte, error) {
	return jobRouter.abi.Pack("requestJob", programId, input, callbackGasLimit, ttl)
}

// UnpackRequestJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfa495eb5.
//
// Solidity: function requestJob(bytes32 programId, bytes input, uint32 callbackGasLimit, uint32 ttl) payable returns(bytes32 jobId)
func (jobRouter *JobRouter) UnpackRequestJob(data []byte) ([32]byte, error) {
	out, err := jobRouter.abi.Unpack("requestJob", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49c319d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setConfig(uint32 maxInputBytes, uint32 maxCallbackGas, uint32 minTtl, uint32 maxTtl, bool paused) returns()
func (jobRouter *JobRouter) PackSetConfig(maxInputBytes uint32, maxCallbackGas uint32, minTtl uint32, maxTtl uint32, paused bool) []byte {
	enc, err := jobRouter.abi.Pack("setConfig", maxInputBytes, maxCallbackGas, minTtl, maxTtl, paused)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49c319d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setConfig(uint32 maxInputBytes, uint32 maxCallbackGas, uint32 minTtl, uint32 maxTtl, bool paused) returns()
func (jobRouter *JobRouter) TryPackSetConfig(maxInputBytes uint32, maxCallbackGas uint32, minTtl uint32, maxTtl uint32, paused bool) ([]byte, error) {
	return jobRouter.abi.Pack("setConfig", maxInputBytes, maxCallbackGas, minTtl, maxTtl, paused)
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
	MaxInputBytes  uint32
	MaxCallbackGas uint32
	MinTtl         uint32
	MaxTtl         uint32
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
// Solidity: event ConfigSet(uint32 maxInputBytes, uint32 maxCallbackGas, uint32 minTtl, uint32 maxTtl, bool paused)
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
	Payee          common.Address
	ExpiresAt      *big.Int
	Simulated      bool
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
// Solidity: event EnclaveRegistered(address indexed signer, bytes32 indexed measurement, address payee, uint40 expiresAt, bool simulated, bytes32 evidenceDigest, bytes encryptionKey)
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
	Input            []byte
	CallbackGasLimit uint32
	Fee              *big.Int
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
// Solidity: event JobRequested(bytes32 indexed jobId, address indexed requester, bytes32 indexed programId, bytes input, uint32 callbackGasLimit, uint96 fee, uint40 deadline)
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
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return jobRouter.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["BadEncryptionKey"].ID.Bytes()[:4]) {
		return jobRouter.UnpackBadEncryptionKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["BadExpiry"].ID.Bytes()[:4]) {
		return jobRouter.UnpackBadExpiryError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["CallbackGasTooHigh"].ID.Bytes()[:4]) {
		return jobRouter.UnpackCallbackGasTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["EnclaveIsRevoked"].ID.Bytes()[:4]) {
		return jobRouter.UnpackEnclaveIsRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return jobRouter.UnpackFeeTooHighError(raw[4:])
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
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["MeasurementNotAllowed"].ID.Bytes()[:4]) {
		return jobRouter.UnpackMeasurementNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["NotExpired"].ID.Bytes()[:4]) {
		return jobRouter.UnpackNotExpiredError(raw[4:])
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
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["SimulationNotAllowed"].ID.Bytes()[:4]) {
		return jobRouter.UnpackSimulationNotAllowedError(raw[4:])
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
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return jobRouter.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRouter.abi.Errors["ZeroProgramId"].ID.Bytes()[:4]) {
		return jobRouter.UnpackZeroProgramIdError(raw[4:])
	}
	return nil, errors.New("Unknown error")
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

// JobRouterZeroProgramId represents a ZeroProgramId error raised by the JobRouter contract.
type JobRouterZeroProgramId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroProgramId()
func JobRouterZeroProgramIdErrorID() common.Hash {
	return common.HexToHash("0x41a463a5e8a4a9a1053c664a74ab2873b51500d9930efa4a6c468bf4d96e3730")
}

// UnpackZeroProgramIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroProgramId()
func (jobRouter *JobRouter) UnpackZeroProgramIdError(raw []byte) (*JobRouterZeroProgramId, error) {
	out := new(JobRouterZeroProgramId)
	if err := jobRouter.abi.UnpackIntoInterface(out, "ZeroProgramId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProgramRegistryMetaData contains all meta data concerning the ProgramRegistry contract.
var ProgramRegistryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"cidFor\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"enclave\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"programs\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"author\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"enabled\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publish\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"enclave\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cid\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerAndPublish\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"enclave\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cid\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerProgram\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setEnabled\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"enabled\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferProgram\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"newAuthor\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"ProgramAuthorChanged\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"author\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProgramEnabled\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"enabled\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProgramPublished\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"enclave\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"cid\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProgramRegistered\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"author\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BadCid\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotProgramAuthor\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"author\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"UnknownProgram\",\"inputs\":[{\"name\":\"programId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ZeroProgramId\",\"inputs\":[]}]",
	ID:  "ProgramRegistry",
	Bin: "0x6080604052348015600e575f5ffd5b50610c358061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c80637b6827f3116100585780637b6827f3146100cf578063d7d9a2a7146100e2578063e45b66a314610160578063f058a07814610173575f5ffd5b8063145097381461007e578063337b264e146100a7578063602cf573146100bc575b5f5ffd5b61009161008c3660046108b3565b610186565b60405161009e91906108dd565b60405180910390f35b6100ba6100b5366004610930565b610228565b005b6100ba6100ca366004610947565b6103c6565b6100ba6100dd366004610979565b610528565b6101346100f0366004610930565b5f6020819052908152604090205473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900460ff1682565b6040805173ffffffffffffffffffffffffffffffffffffffff909316835290151560208301520161009e565b6100ba61016e366004610979565b6106cd565b6100ba6101813660046108b3565b6106e8565b600160209081525f9283526040808420909152908252902080546101a9906109fc565b80601f01602080910402602001604051908101604052809291908181526020018280546101d5906109fc565b80156102205780601f106101f757610100808354040283529160200191610220565b820191905f5260205f20905b81548152906001019060200180831161020357829003601f168201915b505050505081565b8061025f576040517f41a463a500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8181526020819052604090205473ffffffffffffffffffffffffffffffffffffffff1680156102df576040517f13bd05d10000000000000000000000000000000000000000000000000000000081526004810183905273ffffffffffffffffffffffffffffffffffffffff821660248201526044015b60405180910390fd5b60408051808201825233808252600160208084019182525f87815290819052848120935184549251151574010000000000000000000000000000000000000000027fffffffffffffffffffffff00000000000000000000000000000000000000000090931673ffffffffffffffffffffffffffffffffffffffff919091161791909117909255915184917fdc6f8cabda0d6a4eacf251a3a0b038c0070e54189d66cc4f9abaa336c01ac93991a36040516001815282907f4fceb49102cfd8b456f21b0f0371cbf8d0633e4946bb33969a58f8ea8a41c3269060200160405180910390a25050565b5f82815260208190526040902054829073ffffffffffffffffffffffffffffffffffffffff1680610426576040517f8700833f000000000000000000000000000000000000000000000000000000008152600481018390526024016102d6565b73ffffffffffffffffffffffffffffffffffffffff81163314610494576040517f13bd05d10000000000000000000000000000000000000000000000000000000081526004810183905273ffffffffffffffffffffffffffffffffffffffff821660248201526044016102d6565b5f8481526020819052604090819020805485151574010000000000000000000000000000000000000000027fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff9091161790555184907f4fceb49102cfd8b456f21b0f0371cbf8d0633e4946bb33969a58f8ea8a41c3269061051a90861515815260200190565b60405180910390a250505050565b5f84815260208190526040902054849073ffffffffffffffffffffffffffffffffffffffff1680610588576040517f8700833f000000000000000000000000000000000000000000000000000000008152600481018390526024016102d6565b73ffffffffffffffffffffffffffffffffffffffff811633146105f6576040517f13bd05d10000000000000000000000000000000000000000000000000000000081526004810183905273ffffffffffffffffffffffffffffffffffffffff821660248201526044016102d6565b8215806106035750608083115b1561063a576040517fca719c9400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f86815260016020908152604080832073ffffffffffffffffffffffffffffffffffffffff891684529091529020610673848683610ac6565b508473ffffffffffffffffffffffffffffffffffffffff16867f24206922e76374c670514cc280601a535e6fc9e8b961e3fec535b256f70b79bb86866040516106bd929190610bdc565b60405180910390a3505050505050565b6106d684610228565b6106e284848484610528565b50505050565b5f82815260208190526040902054829073ffffffffffffffffffffffffffffffffffffffff1680610748576040517f8700833f000000000000000000000000000000000000000000000000000000008152600481018390526024016102d6565b73ffffffffffffffffffffffffffffffffffffffff811633146107b6576040517f13bd05d10000000000000000000000000000000000000000000000000000000081526004810183905273ffffffffffffffffffffffffffffffffffffffff821660248201526044016102d6565b73ffffffffffffffffffffffffffffffffffffffff831661080c576040517f13bd05d1000000000000000000000000000000000000000000000000000000008152600481018590525f60248201526044016102d6565b5f8481526020819052604080822080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff87169081179091559051909186917fe84949ff516f99db9762c2702c3456217565708644463538b393edb98b7a91079190a350505050565b803573ffffffffffffffffffffffffffffffffffffffff811681146108ae575f5ffd5b919050565b5f5f604083850312156108c4575f5ffd5b823591506108d46020840161088b565b90509250929050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f60208284031215610940575f5ffd5b5035919050565b5f5f60408385031215610958575f5ffd5b823591506020830135801515811461096e575f5ffd5b809150509250929050565b5f5f5f5f6060858703121561098c575f5ffd5b8435935061099c6020860161088b565b9250604085013567ffffffffffffffff8111156109b7575f5ffd5b8501601f810187136109c7575f5ffd5b803567ffffffffffffffff8111156109dd575f5ffd5b8760208284010111156109ee575f5ffd5b949793965060200194505050565b600181811c90821680610a1057607f821691505b602082108103610a47577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b601f821115610ac157805f5260205f20601f840160051c81016020851015610a9f5750805b601f840160051c820191505b81811015610abe575f8155600101610aab565b50505b505050565b67ffffffffffffffff831115610ade57610ade610a4d565b610af283610aec83546109fc565b83610a7a565b5f601f841160018114610b42575f8515610b0c5750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355610abe565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b82811015610b8f5786850135825560209485019460019092019101610b6f565b5086821015610bca577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b60208152816020820152818360408301375f818301604090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016010191905056fea164736f6c634300081e000a",
}

// ProgramRegistry is an auto generated Go binding around an Ethereum contract.
type ProgramRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProgramRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewProgramRegistry creates a new instance of ProgramRegistry.
func NewProgramRegistry() *ProgramRegistry {
	parsed, err := ProgramRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProgramRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProgramRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCidFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14509738.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cidFor(bytes32 programId, address enclave) view returns(string)
func (programRegistry *ProgramRegistry) PackCidFor(programId [32]byte, enclave common.Address) []byte {
	enc, err := programRegistry.abi.Pack("cidFor", programId, enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCidFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14509738.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cidFor(bytes32 programId, address enclave) view returns(string)
func (programRegistry *ProgramRegistry) TryPackCidFor(programId [32]byte, enclave common.Address) ([]byte, error) {
	return programRegistry.abi.Pack("cidFor", programId, enclave)
}

// UnpackCidFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14509738.
//
// Solidity: function cidFor(bytes32 programId, address enclave) view returns(string)
func (programRegistry *ProgramRegistry) UnpackCidFor(data []byte) (string, error) {
	out, err := programRegistry.abi.Unpack("cidFor", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPrograms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7d9a2a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function programs(bytes32 programId) view returns(address author, bool enabled)
func (programRegistry *ProgramRegistry) PackPrograms(programId [32]byte) []byte {
	enc, err := programRegistry.abi.Pack("programs", programId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrograms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7d9a2a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function programs(bytes32 programId) view returns(address author, bool enabled)
func (programRegistry *ProgramRegistry) TryPackPrograms(programId [32]byte) ([]byte, error) {
	return programRegistry.abi.Pack("programs", programId)
}

// ProgramsOutput serves as a container for the return parameters of contract
// method Programs.
type ProgramsOutput struct {
	Author  common.Address
	Enabled bool
}

// UnpackPrograms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7d9a2a7.
//
// Solidity: function programs(bytes32 programId) view returns(address author, bool enabled)
func (programRegistry *ProgramRegistry) UnpackPrograms(data []byte) (ProgramsOutput, error) {
	out, err := programRegistry.abi.Unpack("programs", data)
	outstruct := new(ProgramsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Author = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Enabled = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b6827f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish(bytes32 programId, address enclave, string cid) returns()
func (programRegistry *ProgramRegistry) PackPublish(programId [32]byte, enclave common.Address, cid string) []byte {
	enc, err := programRegistry.abi.Pack("publish", programId, enclave, cid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b6827f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish(bytes32 programId, address enclave, string cid) returns()
func (programRegistry *ProgramRegistry) TryPackPublish(programId [32]byte, enclave common.Address, cid string) ([]byte, error) {
	return programRegistry.abi.Pack("publish", programId, enclave, cid)
}

// PackRegisterAndPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe45b66a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerAndPublish(bytes32 programId, address enclave, string cid) returns()
func (programRegistry *ProgramRegistry) PackRegisterAndPublish(programId [32]byte, enclave common.Address, cid string) []byte {
	enc, err := programRegistry.abi.Pack("registerAndPublish", programId, enclave, cid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterAndPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe45b66a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerAndPublish(bytes32 programId, address enclave, string cid) returns()
func (programRegistry *ProgramRegistry) TryPackRegisterAndPublish(programId [32]byte, enclave common.Address, cid string) ([]byte, error) {
	return programRegistry.abi.Pack("registerAndPublish", programId, enclave, cid)
}

// PackRegisterProgram is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x337b264e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerProgram(bytes32 programId) returns()
func (programRegistry *ProgramRegistry) PackRegisterProgram(programId [32]byte) []byte {
	enc, err := programRegistry.abi.Pack("registerProgram", programId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterProgram is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x337b264e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerProgram(bytes32 programId) returns()
func (programRegistry *ProgramRegistry) TryPackRegisterProgram(programId [32]byte) ([]byte, error) {
	return programRegistry.abi.Pack("registerProgram", programId)
}

// PackSetEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x602cf573.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEnabled(bytes32 programId, bool enabled) returns()
func (programRegistry *ProgramRegistry) PackSetEnabled(programId [32]byte, enabled bool) []byte {
	enc, err := programRegistry.abi.Pack("setEnabled", programId, enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x602cf573.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEnabled(bytes32 programId, bool enabled) returns()
func (programRegistry *ProgramRegistry) TryPackSetEnabled(programId [32]byte, enabled bool) ([]byte, error) {
	return programRegistry.abi.Pack("setEnabled", programId, enabled)
}

// PackTransferProgram is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf058a078.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferProgram(bytes32 programId, address newAuthor) returns()
func (programRegistry *ProgramRegistry) PackTransferProgram(programId [32]byte, newAuthor common.Address) []byte {
	enc, err := programRegistry.abi.Pack("transferProgram", programId, newAuthor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferProgram is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf058a078.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferProgram(bytes32 programId, address newAuthor) returns()
func (programRegistry *ProgramRegistry) TryPackTransferProgram(programId [32]byte, newAuthor common.Address) ([]byte, error) {
	return programRegistry.abi.Pack("transferProgram", programId, newAuthor)
}

// ProgramRegistryProgramAuthorChanged represents a ProgramAuthorChanged event raised by the ProgramRegistry contract.
type ProgramRegistryProgramAuthorChanged struct {
	ProgramId [32]byte
	Author    common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProgramRegistryProgramAuthorChangedEventName = "ProgramAuthorChanged"

// ContractEventName returns the user-defined event name.
func (ProgramRegistryProgramAuthorChanged) ContractEventName() string {
	return ProgramRegistryProgramAuthorChangedEventName
}

// UnpackProgramAuthorChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProgramAuthorChanged(bytes32 indexed programId, address indexed author)
func (programRegistry *ProgramRegistry) UnpackProgramAuthorChangedEvent(log *types.Log) (*ProgramRegistryProgramAuthorChanged, error) {
	event := "ProgramAuthorChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != programRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProgramRegistryProgramAuthorChanged)
	if len(log.Data) > 0 {
		if err := programRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range programRegistry.abi.Events[event].Inputs {
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

// ProgramRegistryProgramEnabled represents a ProgramEnabled event raised by the ProgramRegistry contract.
type ProgramRegistryProgramEnabled struct {
	ProgramId [32]byte
	Enabled   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProgramRegistryProgramEnabledEventName = "ProgramEnabled"

// ContractEventName returns the user-defined event name.
func (ProgramRegistryProgramEnabled) ContractEventName() string {
	return ProgramRegistryProgramEnabledEventName
}

// UnpackProgramEnabledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProgramEnabled(bytes32 indexed programId, bool enabled)
func (programRegistry *ProgramRegistry) UnpackProgramEnabledEvent(log *types.Log) (*ProgramRegistryProgramEnabled, error) {
	event := "ProgramEnabled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != programRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProgramRegistryProgramEnabled)
	if len(log.Data) > 0 {
		if err := programRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range programRegistry.abi.Events[event].Inputs {
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

// ProgramRegistryProgramPublished represents a ProgramPublished event raised by the ProgramRegistry contract.
type ProgramRegistryProgramPublished struct {
	ProgramId [32]byte
	Enclave   common.Address
	Cid       string
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProgramRegistryProgramPublishedEventName = "ProgramPublished"

// ContractEventName returns the user-defined event name.
func (ProgramRegistryProgramPublished) ContractEventName() string {
	return ProgramRegistryProgramPublishedEventName
}

// UnpackProgramPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProgramPublished(bytes32 indexed programId, address indexed enclave, string cid)
func (programRegistry *ProgramRegistry) UnpackProgramPublishedEvent(log *types.Log) (*ProgramRegistryProgramPublished, error) {
	event := "ProgramPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != programRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProgramRegistryProgramPublished)
	if len(log.Data) > 0 {
		if err := programRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range programRegistry.abi.Events[event].Inputs {
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

// ProgramRegistryProgramRegistered represents a ProgramRegistered event raised by the ProgramRegistry contract.
type ProgramRegistryProgramRegistered struct {
	ProgramId [32]byte
	Author    common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProgramRegistryProgramRegisteredEventName = "ProgramRegistered"

// ContractEventName returns the user-defined event name.
func (ProgramRegistryProgramRegistered) ContractEventName() string {
	return ProgramRegistryProgramRegisteredEventName
}

// UnpackProgramRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProgramRegistered(bytes32 indexed programId, address indexed author)
func (programRegistry *ProgramRegistry) UnpackProgramRegisteredEvent(log *types.Log) (*ProgramRegistryProgramRegistered, error) {
	event := "ProgramRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != programRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProgramRegistryProgramRegistered)
	if len(log.Data) > 0 {
		if err := programRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range programRegistry.abi.Events[event].Inputs {
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
func (programRegistry *ProgramRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], programRegistry.abi.Errors["BadCid"].ID.Bytes()[:4]) {
		return programRegistry.UnpackBadCidError(raw[4:])
	}
	if bytes.Equal(raw[:4], programRegistry.abi.Errors["NotProgramAuthor"].ID.Bytes()[:4]) {
		return programRegistry.UnpackNotProgramAuthorError(raw[4:])
	}
	if bytes.Equal(raw[:4], programRegistry.abi.Errors["UnknownProgram"].ID.Bytes()[:4]) {
		return programRegistry.UnpackUnknownProgramError(raw[4:])
	}
	if bytes.Equal(raw[:4], programRegistry.abi.Errors["ZeroProgramId"].ID.Bytes()[:4]) {
		return programRegistry.UnpackZeroProgramIdError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProgramRegistryBadCid represents a BadCid error raised by the ProgramRegistry contract.
type ProgramRegistryBadCid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadCid()
func ProgramRegistryBadCidErrorID() common.Hash {
	return common.HexToHash("0xca719c94095cffc0531a640f5b84415e0c26f016037e41af1dd0140c990d86aa")
}

// UnpackBadCidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadCid()
func (programRegistry *ProgramRegistry) UnpackBadCidError(raw []byte) (*ProgramRegistryBadCid, error) {
	out := new(ProgramRegistryBadCid)
	if err := programRegistry.abi.UnpackIntoInterface(out, "BadCid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProgramRegistryNotProgramAuthor represents a NotProgramAuthor error raised by the ProgramRegistry contract.
type ProgramRegistryNotProgramAuthor struct {
	ProgramId [32]byte
	Author    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProgramAuthor(bytes32 programId, address author)
func ProgramRegistryNotProgramAuthorErrorID() common.Hash {
	return common.HexToHash("0x13bd05d1ef1a87333ed5a66b1abbce3dea1b3b153d2cbdb823e588d0f97a9a8f")
}

// UnpackNotProgramAuthorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProgramAuthor(bytes32 programId, address author)
func (programRegistry *ProgramRegistry) UnpackNotProgramAuthorError(raw []byte) (*ProgramRegistryNotProgramAuthor, error) {
	out := new(ProgramRegistryNotProgramAuthor)
	if err := programRegistry.abi.UnpackIntoInterface(out, "NotProgramAuthor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProgramRegistryUnknownProgram represents a UnknownProgram error raised by the ProgramRegistry contract.
type ProgramRegistryUnknownProgram struct {
	ProgramId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownProgram(bytes32 programId)
func ProgramRegistryUnknownProgramErrorID() common.Hash {
	return common.HexToHash("0x8700833fbd65b55e9c1c99f1914d7607c300af0cac075ba98f3b41a603b74b36")
}

// UnpackUnknownProgramError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownProgram(bytes32 programId)
func (programRegistry *ProgramRegistry) UnpackUnknownProgramError(raw []byte) (*ProgramRegistryUnknownProgram, error) {
	out := new(ProgramRegistryUnknownProgram)
	if err := programRegistry.abi.UnpackIntoInterface(out, "UnknownProgram", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProgramRegistryZeroProgramId represents a ZeroProgramId error raised by the ProgramRegistry contract.
type ProgramRegistryZeroProgramId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroProgramId()
func ProgramRegistryZeroProgramIdErrorID() common.Hash {
	return common.HexToHash("0x41a463a5e8a4a9a1053c664a74ab2873b51500d9930efa4a6c468bf4d96e3730")
}

// UnpackZeroProgramIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroProgramId()
func (programRegistry *ProgramRegistry) UnpackZeroProgramIdError(raw []byte) (*ProgramRegistryZeroProgramId, error) {
	out := new(ProgramRegistryZeroProgramId)
	if err := programRegistry.abi.UnpackIntoInterface(out, "ZeroProgramId", raw); err != nil {
		return nil, err
	}
	return out, nil
}
