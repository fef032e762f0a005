#!/usr/bin/env bash
# Reproduces the worked example of docs/authoring.md: a new version of forum-2010 that lowers one threshold
# (longTermMonths 24 -> 12), checked, tested and diffed. Run from the repository root after
#   mvn -B -q -DskipTests package
# It works in a scratch directory (default: a new temporary one) and leaves the repository untouched.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$(mktemp -d)}"
cli="$root/bin/iop-rules"
builtin="$root/iop-rules-rulesets/src/main/resources/iop-rules/rulesets"
cd "$work"
echo "# working in $work"

# 1. Copy the rule set to a new version folder <id>/<version>/.
mkdir -p my-rules/forum-2010
cp -r "$builtin/forum-2010/2010.1" my-rules/forum-2010/2026.1

# 2. Change the manifest (version, effective date) and the one threshold.
sed -i 's/^version=2010.1/version=2026.1/; s/^effectiveFrom=2010-01-01/effectiveFrom=2026-01-01/' \
  my-rules/forum-2010/2026.1/manifest.properties
sed -i 's/^longTermMonths = 24 | .*/longTermMonths = 12 | ASSUMPTION (example): a one-year agreement counts as long-term from 2026/' \
  my-rules/forum-2010/2026.1/parameters.conf

# 3. A golden scenario for the changed criterion: 18 months, decided in 2026.
mkdir -p my-scenarios/forum-2010
python3 - "$root" <<'PY'
import json, sys
root = sys.argv[1]
p = json.load(open(root + "/iop-rules-json/src/test/resources/json/typical.json"))
p["id"] = "eighteen-months"
p["decisionDate"] = "2026-02-01"
p["signingDate"] = "2026-02-15"
p["term"] = {"startDate": "2026-03-01", "endDate": "2027-08-31", "longTermIntent": True}
s = {"description": "18 months with long-term intent is long enough from 2026 (longTermMonths 12).",
     "partnership": p,
     "expect": {"forum-2010": {"criteria": {"forum-long-term": "PASS"}}}}
open("my-scenarios/forum-2010/eighteen-months.scenario.json", "w").write(json.dumps(s, ensure_ascii=False, indent=2) + "\n")
PY

# 4. A small corpus: the three samples and the worked-example term variants.
mkdir -p corpus
cp "$root"/iop-rules-samples/src/main/resources/samples/*.json corpus/
cp "$root"/iop-rules-authoring/src/test/resources/worked-example/corpus/*.json corpus/

echo '$ iop-rules check --allow-superseding-builtin my-rules'
"$cli" check --allow-superseding-builtin my-rules || true
echo
echo '$ iop-rules test --allow-superseding-builtin --rules-dir my-rules my-scenarios'
"$cli" test --allow-superseding-builtin --rules-dir my-rules my-scenarios || true
echo
echo '$ iop-rules diff --rules-dir my-rules --from forum-2010@2010.1 --to forum-2010@2026.1 corpus'
"$cli" diff --rules-dir my-rules --from forum-2010@2010.1 --to forum-2010@2026.1 corpus
