package sandbox

// CompactData exposes compactData to the external tests, which have the Go test programs.
var CompactData = compactData
