// Package deploy holds the container and Kubernetes files. No Docker engine
// or cluster runs in CI, so these tests parse the files and check that they
// fit together and fit the binary.
package deploy

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"sigs.k8s.io/yaml"
)

type obj = map[string]any

func load(t *testing.T, name string) obj {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("k8s", name))
	if err != nil {
		t.Fatal(err)
	}
	var o obj
	if err := yaml.UnmarshalStrict(b, &o); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return o
}

// get walks a path of keys and list indexes through parsed YAML.
func get(t *testing.T, o any, path ...any) any {
	t.Helper()
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := o.(map[string]any)
			if !ok {
				t.Fatalf("no %q at %v", k, path)
			}
			o = m[k]
		case int:
			l, ok := o.([]any)
			if !ok || k >= len(l) {
				t.Fatalf("no item %d at %v", k, path)
			}
			o = l[k]
		}
	}
	return o
}

func TestManifestsFitTogether(t *testing.T) {
	dep, svc, hpa, pdb := load(t, "deployment.yaml"), load(t, "service.yaml"), load(t, "hpa.yaml"), load(t, "pdb.yaml")
	for name, o := range map[string]obj{"Deployment": dep, "Service": svc, "HorizontalPodAutoscaler": hpa, "PodDisruptionBudget": pdb} {
		if o["kind"] != name {
			t.Errorf("kind %v, want %s", o["kind"], name)
		}
	}
	labels := get(t, dep, "spec", "template", "metadata", "labels").(map[string]any)
	for what, sel := range map[string]any{
		"deployment selector": get(t, dep, "spec", "selector", "matchLabels"),
		"service selector":    get(t, svc, "spec", "selector"),
		"PDB selector":        get(t, pdb, "spec", "selector", "matchLabels"),
	} {
		for k, v := range sel.(map[string]any) {
			if labels[k] != v {
				t.Errorf("%s %s=%v does not match the pod labels %v", what, k, v, labels)
			}
		}
	}
	if get(t, hpa, "spec", "scaleTargetRef", "name") != get(t, dep, "metadata", "name") {
		t.Error("the autoscaler does not target the deployment")
	}
	if min := get(t, hpa, "spec", "minReplicas").(float64); min < 2 {
		t.Errorf("minReplicas %v: one copy is no copy when a node goes", min)
	}

	c := get(t, dep, "spec", "template", "spec", "containers", 0)
	ports := map[string]float64{}
	for _, p := range get(t, c, "ports").([]any) {
		ports[p.(map[string]any)["name"].(string)] = p.(map[string]any)["containerPort"].(float64)
	}
	for _, p := range get(t, svc, "spec", "ports").([]any) {
		if _, ok := ports[p.(map[string]any)["targetPort"].(string)]; !ok {
			t.Errorf("service targets port %v, which the container does not name", p)
		}
	}
	for probe, path := range map[string]string{"readinessProbe": "/readyz", "livenessProbe": "/healthz", "startupProbe": "/healthz"} {
		if got := get(t, c, probe, "httpGet", "path"); got != path {
			t.Errorf("%s path %v, want %s", probe, got, path)
		}
	}
	for _, k := range []string{"requests", "limits"} {
		r := get(t, c, "resources", k).(map[string]any)
		if r["cpu"] == nil || r["memory"] == nil {
			t.Errorf("resources.%s needs cpu and memory", k)
		}
	}
	sc := get(t, c, "securityContext").(map[string]any)
	if sc["allowPrivilegeEscalation"] != false || sc["readOnlyRootFilesystem"] != true {
		t.Errorf("container security context too loose: %v", sc)
	}
	if get(t, dep, "spec", "template", "spec", "securityContext", "runAsNonRoot") != true {
		t.Error("pods must run as non-root")
	}
}

// Every setting the manifests pass must be one the binary reads: a typo
// would be silently ignored in production.
func TestManifestSettingsAreKnownToTheBinary(t *testing.T) {
	dep := load(t, "deployment.yaml")
	c := get(t, dep, "spec", "template", "spec", "containers", 0)
	src, err := os.ReadFile(filepath.Join("..", "cmd", "returninfo", "serve.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range get(t, c, "env").([]any) {
		name := e.(map[string]any)["name"].(string)
		if !strings.Contains(string(src), `"`+name+`"`) {
			t.Errorf("the deployment sets %s, which cmd/returninfo/serve.go does not read", name)
		}
	}
	for _, a := range get(t, c, "args").([]any) {
		if s := a.(string); strings.HasPrefix(s, "-") && !strings.Contains(string(src), `"`+strings.TrimPrefix(s, "-")+`"`) {
			t.Errorf("the deployment passes %s, which serve does not define", s)
		}
	}
}

func TestDockerfileBuildsAStaticNonRootImage(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	var froms []string
	var lastUser string
	for _, line := range strings.Split(string(b), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		switch strings.ToUpper(fields[0]) {
		case "FROM":
			froms = append(froms, fields[1])
			lastUser = ""
		case "USER":
			lastUser = fields[1]
		}
	}
	if len(froms) < 2 {
		t.Fatalf("want a multi-stage build, got FROM %v", froms)
	}
	final := froms[len(froms)-1]
	if !strings.Contains(final, "distroless") && final != "scratch" {
		t.Errorf("final image %s: want distroless or scratch", final)
	}
	if lastUser == "" || strings.HasPrefix(lastUser, "root") || strings.HasPrefix(lastUser, "0") {
		t.Errorf("final stage runs as %q, want a non-root user", lastUser)
	}
	if !strings.Contains(string(b), "CGO_ENABLED=0") {
		t.Error("the binary must be static (CGO_ENABLED=0) for a distroless static image")
	}
	// The builder's Go must be the one go.mod asks for.
	mod, _ := os.ReadFile(filepath.Join("..", "go.mod"))
	want := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindSubmatch(mod)
	if want == nil || !strings.Contains(froms[0], "golang:"+string(want[1])) {
		t.Errorf("builder %s does not match go.mod's Go %s", froms[0], want[1])
	}
	if !strings.Contains(string(b), "./cmd/returninfo") {
		t.Error("the Dockerfile does not build ./cmd/returninfo")
	}
}
