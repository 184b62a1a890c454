// Package metrics records the enclave worker's Prometheus metrics in one registry per process.
// Labels never carry job data (no ids, no outputs): only status names, error codes and the mode.
package metrics

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/teeoracle/teeoracle/protocol"
)

// Metricer is what the worker reports. Implementations are safe for concurrent use.
type Metricer interface {
	// RecordJob counts a signed job; total is the whole job, exec the program's run time.
	RecordJob(status protocol.Status, total, exec time.Duration)
	// RecordJobError counts a job that got no signature, by api.ErrCode*.
	RecordJobError(code string)
	// RecordProgramCache counts a program cache hit or miss.
	RecordProgramCache(hit bool)
	// JobStarted / JobDone track jobs in flight.
	JobStarted()
	JobDone()
}

const ns, sub = "teeoracle", "worker"

// Metrics is the Prometheus Metricer.
type Metrics struct {
	reg       *prometheus.Registry
	jobs      *prometheus.CounterVec
	errors    *prometheus.CounterVec
	duration  prometheus.Histogram
	execution prometheus.Histogram
	hits      prometheus.Counter
	misses    prometheus.Counter
	inFlight  prometheus.Gauge
}

// New creates the registry with the worker metrics, Go and process collectors and the info gauge.
func New(version, mode string) *Metrics {
	reg := prometheus.NewRegistry()
	buckets := []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}
	m := &Metrics{
		reg: reg,
		jobs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "jobs_total",
			Help: "Jobs that got a signed result, by result status."}, []string{"status"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "job_errors_total",
			Help: "Jobs that got no signature, by error code."}, []string{"code"}),
		duration: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "job_duration_seconds",
			Help: "Time to process a signed job (decrypt, load, run, sign).", Buckets: buckets}),
		execution: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "execution_seconds",
			Help: "Program execution time (instantiation and run) in the sandbox.", Buckets: buckets}),
		hits: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "program_cache_hits_total",
			Help: "Jobs whose compiled program came from the cache."}),
		misses: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "program_cache_misses_total",
			Help: "Jobs that had to fetch, decrypt and compile their program."}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "jobs_in_flight",
			Help: "Jobs being processed now."}),
	}
	info := prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "info",
		Help: "Worker build and mode (value 1)."}, []string{"version", "mode"})
	info.WithLabelValues(version, mode).Set(1)
	reg.MustRegister(m.jobs, m.errors, m.duration, m.execution, m.hits, m.misses, m.inFlight, info,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for s := protocol.StatusOK; s <= protocol.MaxStatus; s++ {
		m.jobs.WithLabelValues(s.String()) // export zeros so rates work from the start
	}
	return m
}

// Registry returns the process registry (to register more collectors).
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the registry.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

func (m *Metrics) RecordJob(status protocol.Status, total, exec time.Duration) {
	m.jobs.WithLabelValues(status.String()).Inc()
	m.duration.Observe(total.Seconds())
	if exec > 0 {
		m.execution.Observe(exec.Seconds())
	}
}

func (m *Metrics) RecordJobError(code string) { m.errors.WithLabelValues(code).Inc() }

func (m *Metrics) RecordProgramCache(hit bool) {
	if hit {
		m.hits.Inc()
	} else {
		m.misses.Inc()
	}
}

func (m *Metrics) JobStarted() { m.inFlight.Inc() }
func (m *Metrics) JobDone()    { m.inFlight.Dec() }

// Noop discards everything (tests).
var Noop Metricer = noop{}

type noop struct{}

func (noop) RecordJob(protocol.Status, time.Duration, time.Duration) {}
func (noop) RecordJobError(string)                                   {}
func (noop) RecordProgramCache(bool)                                 {}
func (noop) JobStarted()                                             {}
func (noop) JobDone()                                                {}
