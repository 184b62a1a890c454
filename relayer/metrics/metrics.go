// Package metrics is the relayer's Prometheus instrumentation: one registry per process, with the
// observers the other packages declare (ethrpc.Metrics, indexer.Metrics, dispatch.Metrics,
// txmgr.Metrics, submit.Metrics) implemented on it. Names are in base units.
package metrics

import (
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

const ns = "teeoracle_relayer"

// Metrics holds every relayer metric.
type Metrics struct {
	reg *prometheus.Registry

	rpcCalls    *prometheus.CounterVec
	rpcErrors   *prometheus.CounterVec
	rpcDuration *prometheus.HistogramVec
	rpcHead     *prometheus.GaugeVec

	indexedBlock    *prometheus.GaugeVec
	indexedLogs     *prometheus.CounterVec
	reorgs          *prometheus.CounterVec
	reorgDepth      *prometheus.GaugeVec
	rangeShrinks    *prometheus.CounterVec
	rpcInconsistent *prometheus.CounterVec

	dispatched     *prometheus.CounterVec
	jobResults     *prometheus.CounterVec
	workerDuration *prometheus.HistogramVec
	workerErrors   *prometheus.CounterVec
	dispatchFlight prometheus.Gauge

	txSent     *prometheus.CounterVec
	txBumped   *prometheus.CounterVec
	txReorged  *prometheus.CounterVec
	txFinal    *prometheus.CounterVec
	txLatency  *prometheus.HistogramVec
	txInFlight prometheus.Gauge

	batches     prometheus.Counter
	batchSize   prometheus.Histogram
	jobsDropped *prometheus.CounterVec

	jobStates *prometheus.GaugeVec

	txGas               *prometheus.CounterVec
	txFees              *prometheus.CounterVec
	senderBalance       *prometheus.GaugeVec
	enclaveEarned       *prometheus.GaugeVec
	enclaveWithdrawable *prometheus.GaugeVec
	enclaveExpiry       *prometheus.GaugeVec
	oldestOpenJob       prometheus.Gauge
	jobOutcomes         *prometheus.GaugeVec
	jobsFulfilled       *prometheus.GaugeVec

	dbQuery  *prometheus.HistogramVec
	dbErrors *prometheus.CounterVec

	faults faultMetrics
}

// New creates the metrics on a fresh registry, with an info{version} gauge and the Go and process
// collectors.
func New(version string) *Metrics {
	reg := prometheus.NewRegistry()
	f := func(c prometheus.Collector) { reg.MustRegister(c) }
	m := &Metrics{reg: reg}
	info := prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "info", Help: "Relayer build information."}, []string{"version"})
	info.WithLabelValues(version).Set(1)
	f(info)
	f(collectors.NewGoCollector())
	f(collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))

	m.rpcCalls = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "rpc_calls_total", Help: "JSON-RPC calls per endpoint and method."}, []string{"endpoint", "method"})
	m.rpcErrors = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "rpc_errors_total", Help: "Failed JSON-RPC calls per endpoint and method."}, []string{"endpoint", "method"})
	m.rpcDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: "rpc_duration_seconds", Help: "JSON-RPC call duration.", Buckets: prometheus.ExponentialBuckets(0.001, 3, 10)}, []string{"endpoint", "method"})
	m.rpcHead = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "rpc_head_block", Help: "Latest block number each endpoint reported."}, []string{"endpoint"})
	m.indexedBlock = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "indexer_checkpoint_block", Help: "Last block indexed."}, []string{"indexer"})
	m.indexedLogs = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "indexer_logs_total", Help: "Contract events indexed."}, []string{"indexer"})
	m.reorgs = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "indexer_reorgs_total", Help: "Reorgs below the confirmation depth rolled back."}, []string{"indexer"})
	m.reorgDepth = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "indexer_last_reorg_depth_blocks", Help: "Depth of the last deep reorg."}, []string{"indexer"})
	m.rangeShrinks = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "indexer_range_shrinks_total", Help: "Log ranges halved after an RPC refused them."}, []string{"indexer"})
	m.rpcInconsistent = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "indexer_inconsistent_answers_total", Help: "RPC answers proven incomplete or contradictory."}, []string{"indexer"})
	m.dispatched = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "jobs_dispatched_total", Help: "Jobs sent to a worker."}, []string{"worker"})
	m.jobResults = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "job_dispatch_outcomes_total", Help: "Dispatch outcomes (signed, retry, failed, expired, skipped)."}, []string{"worker", "outcome"})
	m.workerDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: "worker_call_duration_seconds", Help: "Worker execute call duration.", Buckets: prometheus.ExponentialBuckets(0.005, 3, 10)}, []string{"worker"})
	m.workerErrors = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "worker_errors_total", Help: "Failed worker execute calls."}, []string{"worker"})
	m.dispatchFlight = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "dispatch_in_flight_jobs", Help: "Jobs on workers now."})
	m.txSent = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "tx_sent_total", Help: "Transactions broadcast for the first time."}, []string{"kind"})
	m.txBumped = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "tx_replacements_total", Help: "Fee bumps and no-op replacements."}, []string{"kind"})
	m.txReorged = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "tx_reorged_total", Help: "Included transactions reorged out."}, []string{"kind"})
	m.txFinal = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "tx_final_total", Help: "Transactions reaching a final state."}, []string{"kind", "state"})
	m.txLatency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: "tx_final_seconds", Help: "Time from enqueue to final state.", Buckets: prometheus.ExponentialBuckets(0.25, 2, 12)}, []string{"kind"})
	m.txInFlight = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "tx_in_flight", Help: "Signed, unconfirmed transactions."})
	m.batches = prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "fulfil_batches_total", Help: "Fulfilment batches enqueued."})
	m.batchSize = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "fulfil_batch_jobs", Help: "Jobs per fulfilment batch.", Buckets: []float64{1, 2, 4, 8, 16, 32, 64, 128}})
	m.jobsDropped = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "fulfil_jobs_dropped_total", Help: "Jobs taken out of a batch before sending."}, []string{"reason"})
	m.jobStates = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "jobs", Help: "Jobs in the database per state."}, []string{"state"})
	m.dbQuery = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: "db_query_duration_seconds", Help: "Database query duration per store and query (store method).", Buckets: prometheus.ExponentialBuckets(0.0002, 3, 10)}, []string{"store", "query"})
	m.dbErrors = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "db_query_errors_total", Help: "Failed database queries per store and query."}, []string{"store", "query"})
	m.txGas = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "tx_gas_used_total", Help: "Gas used by mined transactions (confirmed or reverted), per kind."}, []string{"kind"})
	m.txFees = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "tx_fees_wei_total", Help: "Fees paid for mined transactions (gas used x effective gas price), in wei, per kind."}, []string{"kind"})
	m.senderBalance = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "sender_balance_wei", Help: "Balance of the address that sends fulfilments."}, []string{"sender"})
	m.enclaveEarned = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "enclave_fees_earned_wei", Help: "Fees of the jobs each enclave's signature settled (indexed)."}, []string{"enclave"})
	m.enclaveWithdrawable = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "enclave_fees_withdrawable_wei", Help: "Fees each worker's enclave can withdraw now (the registry's balance)."}, []string{"enclave"})
	m.enclaveExpiry = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "enclave_registration_expiry_seconds", Help: "Seconds until each active enclave's registration expires (then its results are refused)."}, []string{"enclave"})
	m.oldestOpenJob = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "oldest_open_job_age_seconds", Help: "Age of the oldest job not settled yet (0: none open)."})
	m.jobOutcomes = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "jobs_by_outcome", Help: "Jobs in the database by outcome (ok, program_failed, callback_failed, failed, expired, cancelled, open)."}, []string{"outcome"})
	m.jobsFulfilled = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "jobs_fulfilled", Help: "Jobs this relayer fulfilled, by signed status and callback outcome."}, []string{"status", "callback"})
	for _, c := range []prometheus.Collector{m.txGas, m.txFees, m.senderBalance, m.enclaveEarned, m.enclaveWithdrawable, m.enclaveExpiry,
		m.oldestOpenJob, m.jobOutcomes, m.jobsFulfilled} {
		f(c)
	}
	for _, c := range []prometheus.Collector{m.dbQuery, m.dbErrors, m.rpcCalls, m.rpcErrors, m.rpcDuration, m.rpcHead, m.indexedBlock, m.indexedLogs, m.reorgs,
		m.reorgDepth, m.rangeShrinks, m.rpcInconsistent, m.dispatched, m.jobResults, m.workerDuration, m.workerErrors, m.dispatchFlight,
		m.txSent, m.txBumped, m.txReorged, m.txFinal, m.txLatency, m.txInFlight, m.batches, m.batchSize, m.jobsDropped, m.jobStates} {
		f(c)
	}
	m.faults = newFaultMetrics(f)
	return m
}

// Registry is the process registry.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the registry.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// DBQuery implements store.Metrics: every store query is timed into one histogram.
func (m *Metrics) DBQuery(store, query string, d time.Duration, err error) {
	m.dbQuery.WithLabelValues(store, query).Observe(d.Seconds())
	if err != nil {
		m.dbErrors.WithLabelValues(store, query).Inc()
	}
}

// RPCCall implements ethrpc.Metrics.
func (m *Metrics) RPCCall(endpoint, method string, d time.Duration, err error) {
	m.rpcCalls.WithLabelValues(endpoint, method).Inc()
	m.rpcDuration.WithLabelValues(endpoint, method).Observe(d.Seconds())
	if err != nil {
		m.rpcErrors.WithLabelValues(endpoint, method).Inc()
	}
}

// RPCHead implements ethrpc.Metrics.
func (m *Metrics) RPCHead(endpoint string, head uint64) {
	m.rpcHead.WithLabelValues(endpoint).Set(float64(head))
}

// IndexedBlock implements indexer.Metrics.
func (m *Metrics) IndexedBlock(name string, n uint64) {
	m.indexedBlock.WithLabelValues(name).Set(float64(n))
}

// IndexedLogs implements indexer.Metrics.
func (m *Metrics) IndexedLogs(name string, n int) {
	m.indexedLogs.WithLabelValues(name).Add(float64(n))
}

// Reorg implements indexer.Metrics.
func (m *Metrics) Reorg(name string, depth uint64) {
	m.reorgs.WithLabelValues(name).Inc()
	m.reorgDepth.WithLabelValues(name).Set(float64(depth))
}

// RangeShrunk implements indexer.Metrics.
func (m *Metrics) RangeShrunk(name string) { m.rangeShrinks.WithLabelValues(name).Inc() }

// RPCInconsistent implements indexer.Metrics.
func (m *Metrics) RPCInconsistent(name string) { m.rpcInconsistent.WithLabelValues(name).Inc() }

// JobDispatched implements dispatch.Metrics.
func (m *Metrics) JobDispatched(worker string, n int) {
	m.dispatched.WithLabelValues(worker).Add(float64(n))
}

// JobResult implements dispatch.Metrics.
func (m *Metrics) JobResult(worker, outcome string) {
	m.jobResults.WithLabelValues(worker, outcome).Inc()
}

// WorkerCall implements dispatch.Metrics.
func (m *Metrics) WorkerCall(worker string, d time.Duration, err error) {
	m.workerDuration.WithLabelValues(worker).Observe(d.Seconds())
	if err != nil {
		m.workerErrors.WithLabelValues(worker).Inc()
	}
}

// InFlight implements dispatch.Metrics (jobs on workers).
func (m *Metrics) InFlight(n int) { m.dispatchFlight.Set(float64(n)) }

// Tx returns the txmgr.Metrics view (its InFlight counts transactions, not jobs).
func (m *Metrics) Tx() txmgr.Metrics { return txMetrics{m} }

type txMetrics struct{ m *Metrics }

func (t txMetrics) TxSent(kind string)    { t.m.txSent.WithLabelValues(kind).Inc() }
func (t txMetrics) TxBumped(kind string)  { t.m.txBumped.WithLabelValues(kind).Inc() }
func (t txMetrics) TxReorged(kind string) { t.m.txReorged.WithLabelValues(kind).Inc() }
func (t txMetrics) TxFinal(kind string, state txmgr.State, d time.Duration) {
	t.m.txFinal.WithLabelValues(kind, string(state)).Inc()
	t.m.txLatency.WithLabelValues(kind).Observe(d.Seconds())
}
func (t txMetrics) InFlight(n int) { t.m.txInFlight.Set(float64(n)) }
func (t txMetrics) TxCost(kind string, gasUsed uint64, feeWei *big.Int) {
	t.m.txGas.WithLabelValues(kind).Add(float64(gasUsed))
	f, _ := new(big.Float).SetInt(feeWei).Float64()
	t.m.txFees.WithLabelValues(kind).Add(f)
}
func (t txMetrics) DBQuery(store, query string, d time.Duration, err error) {
	t.m.DBQuery(store, query, d, err)
}

// BatchEnqueued implements submit.Metrics.
func (m *Metrics) BatchEnqueued(n int) {
	m.batches.Inc()
	m.batchSize.Observe(float64(n))
}

// JobsDropped implements submit.Metrics.
func (m *Metrics) JobsDropped(reason string, n int) {
	m.jobsDropped.WithLabelValues(reason).Add(float64(n))
}

// SetJobStates sets the jobs-per-state gauge (every state, zeros included).
func (m *Metrics) SetJobStates(counts map[jobs.State]int) {
	for _, s := range jobs.AllStates {
		m.jobStates.WithLabelValues(string(s)).Set(float64(counts[s]))
	}
}

// Labels are the label values known at start-up: every labelled counter is created with them at
// zero, so that an alert on increase() sees the first event.
type Labels struct {
	Indexer   string
	Endpoints []string
	Workers   []string
	TxKinds   []string
}

// Zero creates every labelled counter (and the gauges read per label) at zero.
func (m *Metrics) Zero(l Labels) {
	for _, c := range []*prometheus.CounterVec{m.indexedLogs, m.reorgs, m.rangeShrinks, m.rpcInconsistent} {
		c.WithLabelValues(l.Indexer)
	}
	m.indexedBlock.WithLabelValues(l.Indexer)
	m.reorgDepth.WithLabelValues(l.Indexer)
	for _, e := range l.Endpoints {
		m.rpcHead.WithLabelValues(e)
	}
	for _, w := range append([]string{""}, l.Workers...) {
		for _, o := range DispatchOutcomes {
			m.jobResults.WithLabelValues(w, o)
		}
		if w != "" {
			m.dispatched.WithLabelValues(w)
			m.workerErrors.WithLabelValues(w)
		}
	}
	for _, k := range l.TxKinds {
		for _, c := range []*prometheus.CounterVec{m.txSent, m.txBumped, m.txReorged, m.txGas, m.txFees} {
			c.WithLabelValues(k)
		}
		for _, st := range []txmgr.State{txmgr.StateConfirmed, txmgr.StateFailed, txmgr.StateAbandoned} {
			m.txFinal.WithLabelValues(k, string(st))
		}
		m.faults.txDropped.WithLabelValues(k)
	}
	for _, r := range []string{"expired", "closed"} {
		m.jobsDropped.WithLabelValues(r)
	}
	m.SetJobStats(jobs.Stats{})
}

// DispatchOutcomes are the outcome label values of job_dispatch_outcomes_total.
var DispatchOutcomes = []string{"signed", "signed_failure", "retry", "failed", "expired", "skipped"}

// SetJobStats publishes the job figures (every state, outcome, status and callback, zeros included).
func (m *Metrics) SetJobStats(st jobs.Stats) {
	m.SetJobStates(st.States)
	for _, o := range jobs.AllOutcomes {
		m.jobOutcomes.WithLabelValues(o).Set(float64(st.Outcomes[o]))
	}
	for s := protocol.StatusOK; s <= protocol.MaxStatus; s++ {
		f := st.Fulfilled[s]
		m.jobsFulfilled.WithLabelValues(s.String(), "ok").Set(float64(f[0]))
		m.jobsFulfilled.WithLabelValues(s.String(), "failed").Set(float64(f[1]))
	}
	for enclave, wei := range st.Earned {
		v, _ := new(big.Float).SetInt(wei).Float64()
		m.enclaveEarned.WithLabelValues(enclave.Hex()).Set(v)
	}
	if st.OldestOpen.IsZero() {
		m.oldestOpenJob.Set(0)
	} else {
		m.oldestOpenJob.Set(time.Since(st.OldestOpen).Seconds())
	}
}

// SetEnclaveExpiries publishes the seconds until each active enclave's registration expires.
func (m *Metrics) SetEnclaveExpiries(expires map[common.Address]int64, now time.Time) {
	m.enclaveExpiry.Reset()
	for e, at := range expires {
		m.enclaveExpiry.WithLabelValues(e.Hex()).Set(float64(at - now.Unix()))
	}
}

// SetWithdrawable publishes the fees an enclave can withdraw now.
func (m *Metrics) SetWithdrawable(enclave common.Address, wei *big.Int) {
	v, _ := new(big.Float).SetInt(wei).Float64()
	m.enclaveWithdrawable.WithLabelValues(enclave.Hex()).Set(v)
}

// SetSenderBalance publishes the sender's balance.
func (m *Metrics) SetSenderBalance(sender common.Address, wei *big.Int) {
	v, _ := new(big.Float).SetInt(wei).Float64()
	m.senderBalance.WithLabelValues(sender.Hex()).Set(v)
}
