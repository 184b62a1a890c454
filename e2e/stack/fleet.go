package stack

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/client"
)

// fleetGenesis is what an operator does once per fleet: on the router owner's signed order the first
// worker's enclave creates the fleet (root secret, identity, epoch 1) and the owner records its
// fleet id on the router (`relayer fleet genesis --governor-key-file`), then its keys go on-chain
// with that enclave's FleetKey signature (`relayer fleet publish`: the router accepts them only for
// its fleet id, from a registered, active enclave, and a simulated one only because this router
// allows simulation). The key the router now records is
// read back as every client reads it (`teeo fleet-key`) and checked against the enclave's.
func (s *Stack) fleetGenesis(ctx context.Context) error {
	first := s.Info.Workers[0]
	if _, err := s.fleetCmd(ctx, "genesis", "--worker", first.URL, "--governor-key-file", s.keyFile("owner")); err != nil {
		return err
	}
	if _, err := s.fleetCmd(ctx, "publish", "--worker", first.URL, "--sender-key-file", s.keyFile("relayer")); err != nil {
		return err
	}
	out, err := s.runTool(ctx, nil, s.cfg.Bins.Teeo, "fleet-key", "--rpc-url", s.Info.RPC, "--router", s.Info.Router.Hex())
	if err != nil {
		return err
	}
	kv := keyValues(out)
	epoch, err := strconv.ParseUint(kv["epoch"], 10, 32)
	if err != nil || epoch != 1 {
		return fmt.Errorf("router's fleet epoch after genesis: %q", out)
	}
	s.Info.FleetEpoch, s.Info.FleetKey = uint32(epoch), kv["fleet_key"]
	if err := s.checkHolds(ctx, first); err != nil {
		return err
	}
	s.note(fmt.Sprintf("epoch %d created in %s's enclave %s; on-chain key %s", epoch, first.Name, first.Signer, s.Info.FleetKey))
	return nil
}

// fleetJoin has every other worker join the fleet from the first (`relayer fleet join`): the two
// enclaves verify each other's evidence (simulated here) and the holder sends the epoch secrets
// sealed to a key the joiner's evidence binds.
func (s *Stack) fleetJoin(ctx context.Context) error {
	first := s.Info.Workers[0]
	for _, w := range s.Info.Workers[1:] {
		if _, err := s.fleetCmd(ctx, "join", "--from", first.URL, "--to", w.URL); err != nil {
			return err
		}
		if err := s.checkHolds(ctx, w); err != nil {
			return err
		}
		s.note(fmt.Sprintf("%s (enclave %s) joined from %s: holds epoch %d", w.Name, w.Signer, first.Name, s.Info.FleetEpoch))
	}
	return s.checkFleetStatus(ctx)
}

// checkFleetStatus asks `relayer fleet status` what the operator would: every worker holds the
// chain's current epoch with the keys the chain records.
func (s *Stack) checkFleetStatus(ctx context.Context) error {
	args := []string{"fleet", "status", "--rpc-url", s.Info.RPC, "--router", s.Info.Router.Hex(), "--allow-simulation"}
	for _, w := range s.Info.Workers {
		args = append(args, "--worker", w.URL)
	}
	out, err := s.runTool(ctx, nil, s.cfg.Bins.Relayer, args...)
	if err != nil {
		return err
	}
	var st struct {
		Chain struct {
			Current uint32 `json:"current"`
		} `json:"chain"`
		Workers []struct {
			Name           string          `json:"name"`
			Epochs         []uint32        `json:"epochs"`
			KeysMatchChain map[string]bool `json:"keysMatchChain"`
		} `json:"workers"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		return fmt.Errorf("relayer fleet status: %w: %q", err, out)
	}
	if st.Chain.Current != s.Info.FleetEpoch || len(st.Workers) != len(s.Info.Workers) {
		return fmt.Errorf("relayer fleet status: chain epoch %d, %d workers: %s", st.Chain.Current, len(st.Workers), out)
	}
	for _, w := range st.Workers {
		if !w.KeysMatchChain[fmt.Sprint(st.Chain.Current)] {
			return fmt.Errorf("relayer fleet status: worker %s does not hold epoch %d with the chain's keys: %s", w.Name, st.Chain.Current, out)
		}
	}
	s.note(fmt.Sprintf("relayer fleet status: %d workers hold epoch %d with the keys the chain records", len(st.Workers), st.Chain.Current))
	return nil
}

// fleetCmd runs `relayer fleet <cmd>` against this stack's chain and router, as an operator would;
// its output lines (what it did, transaction hashes) go to the stage notes.
func (s *Stack) fleetCmd(ctx context.Context, cmd string, args ...string) (string, error) {
	args = append([]string{"fleet", cmd, "--rpc-url", s.Info.RPC, "--router", s.Info.Router.Hex(), "--allow-simulation"}, args...)
	out, err := s.runTool(ctx, nil, s.cfg.Bins.Relayer, args...)
	if err != nil {
		return out, err
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line != "" {
			s.note("relayer fleet " + cmd + ": " + line)
		}
	}
	return out, nil
}

// checkHolds checks that a worker holds the current epoch with the key the router records.
func (s *Stack) checkHolds(ctx context.Context, w Worker) error {
	st, err := s.FleetStatus(ctx, w)
	if err != nil {
		return err
	}
	for _, e := range st.Epochs {
		if e.Epoch != s.Info.FleetEpoch {
			continue
		}
		if want := "x25519:" + strings.ToLower(e.X25519Key.String()); !strings.EqualFold(s.Info.FleetKey, want) {
			return fmt.Errorf("%s holds epoch %d with key %s, the router records %s", w.Name, e.Epoch, want, s.Info.FleetKey)
		}
		return nil
	}
	return fmt.Errorf("%s does not hold epoch %d (holds %+v)", w.Name, s.Info.FleetEpoch, st.Epochs)
}

// FleetStatus asks a worker which epochs it holds.
func (s *Stack) FleetStatus(ctx context.Context, w Worker) (api.FleetStatus, error) {
	c, err := client.New(w.URL, client.AllowSimulation())
	if err != nil {
		return api.FleetStatus{}, err
	}
	st, err := c.FleetStatus(ctx, nil)
	if err != nil {
		return st, fmt.Errorf("%s fleet status: %w", w.Name, err)
	}
	return st, nil
}

// keyValues parses the key=value lines a tool prints.
func keyValues(out string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), "="); ok && !strings.ContainsAny(k, " :") {
			m[k] = v
		}
	}
	return m
}
