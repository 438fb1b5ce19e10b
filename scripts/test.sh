#!/usr/bin/env bash
# Runs every test. Installs what the tests need (npm tools, chromium, Thai fonts); each test project starts the
# services it uses itself (Azurite, the local site host) and stops them when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
status=0
dotnet build IntegritySite.sln -nologo -v quiet || exit 1
dotnet test IntegritySite.sln --no-build -nologo --logger "trx" --results-directory "$results" || status=$?

# One closing line for CI, summed over every test project's results.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
