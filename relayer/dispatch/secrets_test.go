package dispatch_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/relayer/dispatch"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/registry"
)

// recorder passes every call to the real worker client and keeps the jobs it was sent.
type recorder struct {
	dispatch.Worker
	mu   sync.Mutex
	jobs []api.Job
}

func (r *recorder) Execute(ctx context.Context, jobs []api.Job) ([]api.JobResult, error) {
	r.mu.Lock()
	r.jobs = append(r.jobs, jobs...)
	r.mu.Unlock()
	return r.Worker.Execute(ctx, jobs)
}

// The worker gets the program's current secrets bundle (the last ProgramSecretsSet, none after a
// revocation) and the attempt number with each job.
func TestJobsCarryTheProgramsSecretsReference(t *testing.T) {
	e := newEnv(t)
	e.register(e.w.Signer, time.Now().Add(time.Hour))
	ctx := context.Background()
	first := registry.SecretsRef{Program: e.program, Hash: common.Hash{1}, CID: "bafy-first"}
	current := registry.SecretsRef{Program: e.program, Hash: common.Hash{2}, CID: "bafy-current"}
	e.check(reg.SetSecrets(ctx, e.db, first, 5))
	e.check(reg.SetSecrets(ctx, e.db, current, 6))
	rec := &recorder{Worker: e.w.Client(t)}
	ids := e.addJobs(3, common.Hash{}, 1000, time.Now().Add(time.Hour))
	e.start(e.dispatcher("r1", []dispatch.NamedWorker{{Name: "w1", Worker: rec}}, nil))
	e.waitStates(ids, jobs.StateResultReady)
	rec.mu.Lock()
	sent := append([]api.Job(nil), rec.jobs...)
	rec.mu.Unlock()
	if len(sent) != 3 {
		t.Fatalf("%d jobs sent, want 3", len(sent))
	}
	for _, j := range sent {
		if j.SecretsCID != current.CID || j.SecretsHash != current.Hash || j.Attempt != 1 {
			t.Fatalf("job %s: secrets %q %s attempt %d, want the current bundle and attempt 1", j.JobID, j.SecretsCID, j.SecretsHash, j.Attempt)
		}
	}
	// Revoked: the next jobs carry none.
	e.check(reg.SetSecrets(ctx, e.db, registry.SecretsRef{Program: e.program}, 7))
	got, err := reg.Secrets(ctx, e.db, []common.Hash{e.program})
	if err != nil || len(got) != 0 {
		t.Fatalf("after revocation: %v %v", got, err)
	}
}
