#!/usr/bin/env bash
# Quality gates: every `linimasa eval` on the shared gold/dev data, checked against eval/floors.json.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${LINIMASA_SHARED:-../shared}"
L=.venv/bin/linimasa
F=eval/floors.json
[ -d "$SHARED" ] || { echo "eval: $SHARED missing, gates skipped"; exit 0; }
echo "== eval clean";  $L eval clean  --gold "$SHARED/gold/seeds.json" --inputs "$SHARED/seeds" --floors $F
echo "== eval ner";    $L eval ner --conll "$SHARED/data/ner/nergrit/valid_preprocess.txt" --floors $F
echo "== eval timex";  $L eval timex --timeml "$SHARED/data/time/indotimex_gold" --floors $F
echo "== eval events"; $L eval events --gold "$SHARED/gold/seeds.json" --inputs "$SHARED/seeds" --floors $F
echo "== eval link";   $L eval link --gold "$SHARED/gold/seeds.json" --inputs "$SHARED/seeds" --floors $F
