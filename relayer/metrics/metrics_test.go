package metrics_test

import (
	"strings"
	"testing"

	dto "github.com/prometheus/client_model/go"

	"github.com/teeoracle/teeoracle/relayer/metrics"
)

// TestEveryLabelledCounterExistsAtZero: after Zero (which the relayer calls at start-up), every
// labelled counter an alert reads with increase() has its series at 0, so the first event is an
// increase (a series that appears at 1 reads as no increase).
func TestEveryLabelledCounterExistsAtZero(t *testing.T) {
	m := metrics.New("test")
	m.Zero(metrics.Labels{Indexer: "oracle", Endpoints: []string{"http://node"}, Workers: []string{"w1"}, TxKinds: []string{"fulfill_batch"}})
	mfs, err := m.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	series := map[string]float64{}
	for _, mf := range mfs {
		for _, s := range mf.GetMetric() {
			var labels []string
			for _, l := range s.GetLabel() {
				labels = append(labels, l.GetName()+"="+l.GetValue())
			}
			v := s.GetGauge().GetValue()
			if mf.GetType() == dto.MetricType_COUNTER {
				v = s.GetCounter().GetValue()
			}
			series[mf.GetName()+"{"+strings.Join(labels, ",")+"}"] = v
		}
	}
	want := []string{
		"teeoracle_relayer_indexer_reorgs_total{indexer=oracle}",
		"teeoracle_relayer_indexer_inconsistent_answers_total{indexer=oracle}",
		"teeoracle_relayer_indexer_range_shrinks_total{indexer=oracle}",
		"teeoracle_relayer_indexer_logs_total{indexer=oracle}",
		"teeoracle_relayer_job_dispatch_outcomes_total{outcome=failed,worker=}",
		"teeoracle_relayer_job_dispatch_outcomes_total{outcome=expired,worker=}",
		"teeoracle_relayer_job_dispatch_outcomes_total{outcome=signed_failure,worker=w1}",
		"teeoracle_relayer_jobs_dispatched_total{worker=w1}",
		"teeoracle_relayer_worker_errors_total{worker=w1}",
		"teeoracle_relayer_tx_final_total{kind=fulfill_batch,state=failed}",
		"teeoracle_relayer_tx_final_total{kind=fulfill_batch,state=abandoned}",
		"teeoracle_relayer_tx_final_total{kind=fulfill_batch,state=confirmed}",
		"teeoracle_relayer_tx_reorged_total{kind=fulfill_batch}",
		"teeoracle_relayer_tx_replacements_total{kind=fulfill_batch}",
		"teeoracle_relayer_tx_sent_total{kind=fulfill_batch}",
		"teeoracle_relayer_tx_gas_used_total{kind=fulfill_batch}",
		"teeoracle_relayer_tx_fees_wei_total{kind=fulfill_batch}",
		"teeoracle_relayer_fulfil_jobs_dropped_total{reason=expired}",
		"teeoracle_relayer_fulfil_jobs_dropped_total{reason=closed}",
		"teeoracle_relayer_jobs_by_outcome{outcome=failed}",
		"teeoracle_relayer_jobs_by_outcome{outcome=program_failed}",
		"teeoracle_relayer_jobs_fulfilled{callback=failed,status=bad_input}",
		"teeoracle_relayer_jobs{state=failed}",
		"teeoracle_relayer_oldest_open_job_age_seconds{}",
	}
	for _, w := range want {
		v, ok := series[w]
		if !ok {
			t.Errorf("%s does not exist at start-up", w)
		} else if v != 0 {
			t.Errorf("%s = %g at start-up", w, v)
		}
	}
}
