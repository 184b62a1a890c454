package registrar

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/dcap"
)

// Flag names (CLIFlags).
const (
	AllowSimulationFlagName     = "allow-simulation"
	SimulationMREnclaveFlagName = "simulation-mrenclave"
	MREnclavesFlagName          = "mrenclave"
	MRSignerFlagName            = "mrsigner"
	ProductIDFlagName           = "product-id"
	MinSVNFlagName              = "min-svn"
	TCBStatusesFlagName         = "tcb-status"
	PCSURLFlagName              = "pcs-url"
	CollateralFileFlagName      = "collateral-file"
)

// CLIFlags are the verification policy's flags, each with one environment twin under envPrefix.
func CLIFlags(envPrefix string) []cli.Flag {
	env := func(name string) []string { return []string{envPrefix + "_" + name} }
	return []cli.Flag{
		&cli.BoolFlag{Name: AllowSimulationFlagName, Usage: "accept a simulation-mode worker (dev chains only)", EnvVars: env("ALLOW_SIMULATION")},
		&cli.StringFlag{Name: SimulationMREnclaveFlagName, Usage: "measurement recorded for a simulation worker", EnvVars: env("SIMULATION_MRENCLAVE"),
			Value: common.Hash{}.Hex()},
		&cli.StringSliceFlag{Name: MREnclavesFlagName, Usage: "allowed MRENCLAVE (hex; repeat)", EnvVars: env("MRENCLAVES")},
		&cli.StringFlag{Name: MRSignerFlagName, Usage: "allowed MRSIGNER (hex)", EnvVars: env("MRSIGNER")},
		&cli.UintFlag{Name: ProductIDFlagName, Usage: "ISVPRODID for --mrsigner", EnvVars: env("PRODUCT_ID")},
		&cli.UintFlag{Name: MinSVNFlagName, Usage: "lowest ISVSVN for --mrsigner", EnvVars: env("MIN_SVN")},
		&cli.StringSliceFlag{Name: TCBStatusesFlagName, Usage: "acceptable TCB statuses besides UpToDate (e.g. SWHardeningNeeded)", EnvVars: env("TCB_STATUSES")},
		&cli.StringFlag{Name: PCSURLFlagName, Usage: "Intel PCS or PCCS base URL for collateral", EnvVars: env("PCS_URL")},
		&cli.StringFlag{Name: CollateralFileFlagName, Usage: "DCAP collateral JSON file (instead of --pcs-url)", EnvVars: env("COLLATERAL_FILE")},
	}
}

// ReadCLIConfig reads the verification options from the flags of CLIFlags.
func ReadCLIConfig(c *cli.Context) (Options, error) {
	o := Options{AllowSimulation: c.Bool(AllowSimulationFlagName), SimulationMREnclave: common.HexToHash(c.String(SimulationMREnclaveFlagName))}
	for _, m := range c.StringSlice(MREnclavesFlagName) {
		o.Policy.MREnclaves = append(o.Policy.MREnclaves, common.HexToHash(m))
	}
	if s := c.String(MRSignerFlagName); s != "" {
		o.Policy.Signers = append(o.Policy.Signers, dcap.SignerPolicy{MRSigner: common.HexToHash(s),
			ProductID: uint16(c.Uint(ProductIDFlagName)), MinSVN: uint16(c.Uint(MinSVNFlagName))})
	}
	for _, s := range c.StringSlice(TCBStatusesFlagName) {
		var st dcap.TCBStatus
		if err := st.UnmarshalText([]byte(s)); err != nil {
			return o, fmt.Errorf("--%s %q: %w", TCBStatusesFlagName, s, err)
		}
		o.Policy.AllowedTCBStatuses = append(o.Policy.AllowedTCBStatuses, st)
	}
	if len(o.Policy.AllowedTCBStatuses) > 0 {
		o.Policy.AllowedTCBStatuses = append(o.Policy.AllowedTCBStatuses, dcap.TCBUpToDate)
	}
	switch {
	case c.String(CollateralFileFlagName) != "":
		col, err := dcap.LoadCollateralFile(c.String(CollateralFileFlagName))
		if err != nil {
			return o, err
		}
		o.Collateral = func(context.Context, *dcap.Quote) (*dcap.Collateral, error) { return col, nil }
	case c.String(PCSURLFlagName) != "":
		pcs, err := dcap.NewPCSClient(dcap.PCSConfig{BaseURL: c.String(PCSURLFlagName)})
		if err != nil {
			return o, err
		}
		o.Collateral = pcs.CollateralForQuote
	}
	return o, nil
}
