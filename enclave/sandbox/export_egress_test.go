package sandbox

import "github.com/teeoracle/teeoracle/enclave/egress"

func egressRequest(method, url string) egress.Request {
	return egress.Request{Method: method, URL: url}
}
