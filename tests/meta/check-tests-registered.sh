#!/usr/bin/env bash
# Fails when a test source file is not named in any CMakeLists.txt, so no
# test can be written and then silently left out of the build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

unregistered=0
while IFS= read -r -d '' test_file; do
    name="$(basename "$test_file")"
    folder="$(dirname "$test_file")"
    if ! grep -q -F "$name" "$folder/CMakeLists.txt" 2>/dev/null; then
        echo "Not registered in $folder/CMakeLists.txt: $test_file"
        unregistered=$((unregistered + 1))
    fi
done < <(find . -path ./web/node_modules -prune -o \( -name '*Test.cpp' -o -name 'tst_*.cpp' -o -name '*.test.mjs' \) -print0)

if ((unregistered)); then
    echo "$unregistered test files are not registered"
    exit 1
fi
echo "Every test file is registered"
