package sandbox

// CompactData exposes compactData to the external tests, which have the Go test programs.
var CompactData = compactData

// InstantiateHost exposes the teeoracle host module to tests that build their own runtime.
var InstantiateHost = instantiateHost
