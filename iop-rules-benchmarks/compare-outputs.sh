#!/usr/bin/env bash
# Before/after check for performance work: evaluates the whole corpus (every scenario's partnership, a shared corpus/ one with the scenario's changes merged, the samples,
# the worked-example corpus and the CLI's valid test inputs) with two builds of the command line and compares the
# NDJSON output and the messages byte for byte, under five option sets (own dates, --as-of, English, every rule
# set named, notable findings with a parameter override).
#   usage: iop-rules-benchmarks/compare-outputs.sh BEFORE_DIR AFTER_DIR [WORK_DIR]
# Each DIR holds iop-rules-cli-*.jar and lib/ (copy them from iop-rules-cli/target of each build).
# Needs python3 to gather the corpus. Exit 0 only if every output is identical.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
before="$1"; after="$2"; work="${3:-$(mktemp -d)}"
mkdir -p "$work"
python3 - "$root" "$work/corpus.ndjson" <<'PY'
import glob, json, os, sys
root, out = sys.argv[1], sys.argv[2]
lines = []
def merge(base, patch):  # RFC 7386 JSON merge patch, as the scenario reader applies it
    if not isinstance(patch, dict):
        return patch
    out = dict(base) if isinstance(base, dict) else {}
    for k, v in patch.items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = merge(out.get(k), v)
    return out
def corpus_of(f):  # the corpus/ folder up to three folders above the scenario
    d = os.path.dirname(f)
    for _ in range(4):
        if os.path.isdir(d + '/corpus'):
            return d + '/corpus'
        d = os.path.dirname(d)
    raise SystemExit('no corpus/ above ' + f)
for f in sorted(glob.glob(root + '/**/*.scenario.json', recursive=True)):
    if '/target/' in f:
        continue
    s = json.load(open(f, encoding='utf-8'))
    p = s.get('partnership')
    if 'partnershipFile' in s:  # a shared partnership of corpus/ with the scenario's changes merged on top
        p = merge(json.load(open(corpus_of(f) + '/' + s['partnershipFile'] + '.json', encoding='utf-8')), p or {})
    if p:
        lines.append(json.dumps(p, ensure_ascii=False, separators=(',', ':')))
for pattern in ('iop-rules-samples/src/main/resources/samples/*.json',
                'iop-rules-authoring/src/test/resources/worked-example/corpus/*.json',
                'iop-rules-cli/src/test/resources/valid/*.json'):
    for f in sorted(glob.glob(root + '/' + pattern)):
        lines.append(json.dumps(json.load(open(f, encoding='utf-8')), ensure_ascii=False, separators=(',', ':')))
open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print(f'{len(lines)} partnerships')
PY
run() {
  local label=$1 dir=$2 name=$3; shift 3
  local jar; jar=$(ls "$dir"/iop-rules-cli-*.jar | grep -v -e sources -e javadoc | head -1)
  # a generous time budget: on a busy machine a slow evaluation must not show up as a difference
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$jar:$dir/lib/*" se.ioprules.cli.IopRulesCli evaluate --batch \
    --time-budget 600 "$@" "$work/corpus.ndjson" > "$work/$label-$name.out" 2> "$work/$label-$name.err" || true
}
status=0
while IFS='|' read -r name opts; do
  # shellcheck disable=SC2086 # opts is a list of options
  run before "$before" "$name" $opts
  # shellcheck disable=SC2086
  run after "$after" "$name" $opts
  if cmp -s "$work/before-$name.out" "$work/after-$name.out" && cmp -s "$work/before-$name.err" "$work/after-$name.err"; then
    echo "$name: identical ($(wc -l < "$work/after-$name.out") lines, $(wc -c < "$work/after-$name.out") bytes)"
  else
    echo "$name: DIFFERENT (see $work/before-$name.* and $work/after-$name.*)"; status=1
  fi
done <<'OPTS'
own|
as-of|--as-of 2025-06-01
english|--lang en --as-of 2024-03-01
every-rule-set|--rule-sets eu-public-contract,state-aid,sou-2019-56,forum-2010,skl-2018,stockholm-2017,registration-law-2022-900,famna-2024,iop-law-draft --as-of 2025-06-01
notable|--findings notable --param longTermMonths=24
OPTS
exit $status
