package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/fleet"
	"github.com/teeoracle/teeoracle/protocol"
)

// maxFleetBody caps fleet request bodies (a join message with collateral is some tens of KiB).
const maxFleetBody = 1 << 20

// SetFleet serves the fleet routes (api.PathFleet*) backed by f. Call before Handler.
func (s *Server) SetFleet(f *fleet.Fleet) { s.fleet = f }

func (s *Server) fleetRoutes(mux *http.ServeMux) {
	if s.fleet == nil {
		return
	}
	mux.HandleFunc("GET "+api.PathFleet, s.handleFleetStatus)
	mux.HandleFunc("POST "+api.PathFleetJoinRequest, func(w http.ResponseWriter, r *http.Request) {
		var p api.JoinRequestParams
		if !decodeFleet(w, r, &p) {
			return
		}
		req, err := s.fleet.MakeJoinRequest(p.FleetID)
		s.fleetAnswer(w, req, err)
	})
	mux.HandleFunc("POST "+api.PathFleetOffer, func(w http.ResponseWriter, r *http.Request) {
		var req api.JoinRequest
		if !decodeFleet(w, r, &req) {
			return
		}
		resp, err := s.fleet.Offer(req)
		s.fleetAnswer(w, resp, err)
	})
	mux.HandleFunc("POST "+api.PathFleetAccept, func(w http.ResponseWriter, r *http.Request) {
		var resp api.JoinResponse
		if !decodeFleet(w, r, &resp) {
			return
		}
		installed, err := s.fleet.Accept(resp)
		if err != nil {
			s.fleetAnswer(w, nil, err)
			return
		}
		st, err := s.fleet.Status(nil)
		st.Installed = installed
		s.fleetAnswer(w, st, err)
	})
	mux.HandleFunc("POST "+api.PathFleetGenesis, func(w http.ResponseWriter, r *http.Request) {
		var o api.GenesisOrder
		if !decodeFleet(w, r, &o) {
			return
		}
		_, err := s.fleet.Genesis(o)
		s.fleetStatusAfter(w, err)
	})
	mux.HandleFunc("POST "+api.PathFleetRotate, func(w http.ResponseWriter, r *http.Request) {
		var o api.RotateOrder
		if !decodeFleet(w, r, &o) {
			return
		}
		_, err := s.fleet.Rotate(o)
		s.fleetStatusAfter(w, err)
	})
	mux.HandleFunc("POST "+api.PathFleetRetire, func(w http.ResponseWriter, r *http.Request) {
		var o api.RetireOrder
		if !decodeFleet(w, r, &o) {
			return
		}
		s.fleetStatusAfter(w, s.fleet.Retire(o))
	})
	mux.HandleFunc("GET "+api.PathProgramKeys, s.handleProgramKeys)
}

// handleProgramKeys serves a program's key addresses with this enclave's signature
// (decisions-r3 section 2); the private keys never leave the enclave.
func (s *Server) handleProgramKeys(w http.ResponseWriter, r *http.Request) {
	var programID, codeHash common.Hash
	if err := programID.UnmarshalText([]byte(r.PathValue("programId"))); err != nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("programId: want 0x and 64 hex digits: %w", err))
		return
	}
	if c := r.URL.Query().Get("codeHash"); c != "" {
		if err := codeHash.UnmarshalText([]byte(c)); err != nil {
			writeError(w, http.StatusBadRequest, fmt.Errorf("codeHash: want 0x and 64 hex digits: %w", err))
			return
		}
	}
	pk, err := s.fleet.ProgramKeys(programID, codeHash)
	if err != nil {
		s.fleetAnswer(w, nil, err)
		return
	}
	id, _ := s.fleet.Identity()
	s.fleetAnswer(w, api.ProgramKeys{
		FleetID: pk.FleetID, ChainID: (*hexutil.Big)(id.ChainID), Router: id.Router, ProgramID: pk.ProgramID, CodeHash: pk.CodeHash,
		ProgramKey: pk.ProgramKey, CodeKey: pk.CodeKey, Signer: s.fleet.Signer(),
		Signature: api.Signature{R: pk.Signature.R, VS: pk.Signature.VS},
	}, nil)
}

func (s *Server) handleFleetStatus(w http.ResponseWriter, r *http.Request) {
	var domain *protocol.Domain
	q := r.URL.Query()
	if cs, rs := q.Get("chainId"), q.Get("router"); cs != "" || rs != "" {
		chainID, ok := new(big.Int).SetString(cs, 0)
		if !ok || chainID.Sign() <= 0 || !common.IsHexAddress(rs) {
			writeError(w, http.StatusBadRequest, errors.New("chainId (decimal or 0x) and router (address) go together"))
			return
		}
		domain = &protocol.Domain{ChainID: chainID, Router: common.HexToAddress(rs)}
	}
	st, err := s.fleet.Status(domain)
	s.fleetAnswer(w, st, err)
}

func (s *Server) fleetStatusAfter(w http.ResponseWriter, err error) {
	if err != nil {
		s.fleetAnswer(w, nil, err)
		return
	}
	st, err := s.fleet.Status(nil)
	s.fleetAnswer(w, st, err)
}

func decodeFleet(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxFleetBody)).Decode(v); err != nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("decode request: %w", err))
		return false
	}
	return true
}

func (s *Server) fleetAnswer(w http.ResponseWriter, v any, err error) {
	if err == nil {
		writeJSON(w, http.StatusOK, v)
		return
	}
	status, code := FleetErrorCode(err)
	if status >= 500 {
		s.log.Error("fleet call failed", "err", err)
	} else {
		s.log.Warn("fleet call refused", "code", code, "err", err)
	}
	writeJSON(w, status, api.ErrorResponse{Error: err.Error(), Code: code})
}

// FleetErrorCode maps a fleet error to an HTTP status and an api error code.
func FleetErrorCode(err error) (int, string) {
	switch {
	case errors.Is(err, fleet.ErrRefused):
		return http.StatusForbidden, api.ErrCodeJoinRefused
	case errors.Is(err, fleet.ErrReplayed), errors.Is(err, fleet.ErrNotForThisJoiner), errors.Is(err, fleet.ErrWrongJoiner),
		errors.Is(err, fleet.ErrEpochConflict), errors.Is(err, fleet.ErrTransport):
		return http.StatusConflict, api.ErrCodeJoinMismatch
	case errors.Is(err, fleet.ErrBadMessage):
		return http.StatusBadRequest, api.ErrCodeBadRequest
	case errors.Is(err, fleet.ErrFleetMismatch):
		return http.StatusConflict, api.ErrCodeFleetMismatch
	case errors.Is(err, fleet.ErrOrder):
		return http.StatusForbidden, api.ErrCodeBadOrder
	case errors.Is(err, fleet.ErrNotCreator):
		return http.StatusConflict, api.ErrCodeNotCreator
	case errors.Is(err, fleet.ErrFleetExists):
		return http.StatusConflict, api.ErrCodeFleetExists
	case errors.Is(err, fleet.ErrNoFleet):
		return http.StatusConflict, api.ErrCodeNoFleet
	case errors.Is(err, fleet.ErrBadEpoch):
		return http.StatusConflict, api.ErrCodeBadEpoch
	case errors.Is(err, fleet.ErrEpochUnavailable):
		return http.StatusNotFound, api.ErrCodeEpochUnavailable
	}
	return http.StatusInternalServerError, api.ErrCodeInternal
}
