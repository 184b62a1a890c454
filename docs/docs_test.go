// Package docs holds the project's documentation; its test checks that the documentation's relative
// links resolve and that nothing links outside the repository.
package docs

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// mdLink matches [text](target) and ![alt](target); the target ends at whitespace or ')'.
var mdLink = regexp.MustCompile(`!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)`)

// TestRelativeLinksResolve: every relative link in README.md, docs/*.md and the READMEs next to
// the code names a file or folder of the repository (an anchor after '#' is not checked), and none
// leaves the repository.
func TestRelativeLinksResolve(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	files := []string{filepath.Join(root, "README.md")}
	docs, _ := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	files = append(files, docs...)
	for _, pattern := range []string{"*/README.md", "*/*/README.md", "*/*/*/README.md"} {
		m, _ := filepath.Glob(filepath.Join(root, pattern))
		for _, f := range m {
			if !strings.Contains(f, "node_modules") && !strings.Contains(f, string(filepath.Separator)+".") {
				files = append(files, f)
			}
		}
	}
	if len(files) < 5 {
		t.Fatalf("only %d markdown files found under %s", len(files), root)
	}
	checked := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(root, f)
		inFence := false
		for n, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "```") {
				inFence = !inFence
				continue
			}
			if inFence {
				continue
			}
			for _, m := range mdLink.FindAllStringSubmatch(line, -1) {
				target := m[1]
				if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") || strings.HasPrefix(target, "#") {
					continue
				}
				path, _, _ := strings.Cut(target, "#")
				abs := filepath.Clean(filepath.Join(filepath.Dir(f), path))
				checked++
				if r, err := filepath.Rel(root, abs); err != nil || strings.HasPrefix(r, "..") {
					t.Errorf("%s:%d: %s leaves the repository", rel, n+1, target)
					continue
				}
				if _, err := os.Stat(abs); err != nil {
					t.Errorf("%s:%d: %s does not resolve", rel, n+1, target)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no relative links checked")
	}
	t.Logf("%d relative links in %d files resolve", checked, len(files))
}
