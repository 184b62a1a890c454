package service

import (
	"log/slog"
	"net/http"
	"time"
)

// Limits of the relayer's HTTP server (metrics, health and the job API: GET requests only). A
// client gets 5 s to send its headers and 10 s for the whole request, answers are written within
// 30 s, idle keep-alive connections are closed after HTTPIdle (30 s by default: before, 3,000 idle
// connections held 3,019 descriptors), and a request may carry at most 16 KiB of headers and 16
// KiB of body (the router's input cap; the API takes no body at all).
const (
	DefaultHTTPIdle       = 30 * time.Second
	httpReadHeaderTimeout = 5 * time.Second
	httpReadTimeout       = 10 * time.Second
	httpWriteTimeout      = 30 * time.Second
	httpMaxHeaderBytes    = 16 << 10
	httpMaxBodyBytes      = 16 << 10
)

func newHTTPServer(h http.Handler, idle time.Duration, log *slog.Logger) *http.Server {
	if idle <= 0 {
		idle = DefaultHTTPIdle
	}
	return &http.Server{
		Handler:           http.MaxBytesHandler(h, httpMaxBodyBytes),
		ReadHeaderTimeout: httpReadHeaderTimeout,
		ReadTimeout:       httpReadTimeout,
		WriteTimeout:      httpWriteTimeout,
		IdleTimeout:       idle,
		MaxHeaderBytes:    httpMaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}
