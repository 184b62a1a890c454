package metrics

import "github.com/prometheus/client_golang/prometheus"

// Signals of faults (issue 17): transactions dropped before they were signed (not failures),
// fulfilment entries the router skipped and the gas they cost, and whether each worker answers its
// periodic health check (so a worker that dies while idle shows).
type faultMetrics struct {
	txDropped   *prometheus.CounterVec
	skipped     *prometheus.CounterVec
	skippedGas  prometheus.Counter
	workerUp    *prometheus.GaugeVec
	workerCheck *prometheus.CounterVec
}

func newFaultMetrics(reg func(prometheus.Collector)) faultMetrics {
	f := faultMetrics{
		txDropped: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "tx_dropped_total",
			Help: "Transactions dropped before they were ever signed (their hook or dry run said they must not be sent); not failed transactions."}, []string{"kind"}),
		skipped: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "fulfil_skipped_entries_total",
			Help: "Entries of our mined fulfilment batches the router skipped (FulfillmentSkipped), by reason."}, []string{"reason"}),
		skippedGas: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "fulfil_skipped_gas_total",
			Help: "Gas our mined fulfilment batches spent on entries the router skipped (each batch's gas used shared over its entries)."}),
		workerUp: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "worker_up",
			Help: "1 when the worker answered its last periodic health check, 0 otherwise."}, []string{"worker"}),
		workerCheck: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "worker_health_checks_total",
			Help: "Periodic worker health checks, by result (ok, error)."}, []string{"worker", "result"}),
	}
	for _, c := range []prometheus.Collector{f.txDropped, f.skipped, f.skippedGas, f.workerUp, f.workerCheck} {
		reg(c)
	}
	return f
}

// TxDropped implements txmgr.Metrics.
func (t txMetrics) TxDropped(kind string) { t.m.faults.txDropped.WithLabelValues(kind).Inc() }

// FulfilSkipped implements submit.Metrics: n entries skipped for reason, costing gas.
func (m *Metrics) FulfilSkipped(reason string, n int, gas uint64) {
	m.faults.skipped.WithLabelValues(reason).Add(float64(n))
	m.faults.skippedGas.Add(float64(gas))
}

// WorkerHealth implements dispatch.Metrics: the result of a periodic health check.
func (m *Metrics) WorkerHealth(worker string, up bool) {
	v, result := 0.0, "error"
	if up {
		v, result = 1, "ok"
	}
	m.faults.workerUp.WithLabelValues(worker).Set(v)
	m.faults.workerCheck.WithLabelValues(worker, result).Inc()
}
