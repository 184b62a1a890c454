// Package buildinfo is the version every binary of the project reports (`--version`, the
// info{version} metric, logs): the one the build stamped with
//
//	go build -ldflags "-X github.com/teeoracle/teeoracle/internal/buildinfo.version=$(git describe --tags --always --dirty)"
//
// (the Makefile does), else the VCS revision Go recorded in the binary (a build inside the
// repository without -buildvcs=false), else the module version (go install of a tag), else "dev".
package buildinfo

import "runtime/debug"

// version is set at link time (-X); empty otherwise.
var version string

// Version returns the binary's version.
func Version() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	return fromBuildInfo(bi)
}

func fromBuildInfo(bi *debug.BuildInfo) string {
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if modified == "true" {
			rev += "-dirty"
		}
		return rev
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	return "dev"
}
