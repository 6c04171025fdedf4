#!/usr/bin/env bash
# Lays out BAAI/bge-small-zh-v1.5 (512 dims, C-MTEB retrieval 61.8) as onnx-models/bge-small-zh/ for a
# deployment WITH internet access. Nothing in the build or tests runs this; the machines this project is
# built on cannot reach the model hub. Then set Embeddings:ModelPath=onnx-models/bge-small-zh.
#
# Needs: curl. The repository's onnx/ export is a standard BERT export (input_ids, attention_mask,
# token_type_ids → last_hidden_state); if a revision lacks it, export with
#   optimum-cli export onnx --model BAAI/bge-small-zh-v1.5 --task feature-extraction DIR
set -euo pipefail
REPO="${REPO:-BAAI/bge-small-zh-v1.5}"
REVISION="${REVISION:-main}"
HUB="${HF_ENDPOINT:-https://huggingface.co}"
OUT="${1:-onnx-models/bge-small-zh}"

mkdir -p "$OUT.tmp"
fetch() { curl -fL --retry 3 -o "$OUT.tmp/$2" "$HUB/$REPO/resolve/$REVISION/$1"; }
fetch onnx/model.onnx model.onnx
fetch vocab.txt vocab.txt
fetch tokenizer.json tokenizer.json

# bge pools with CLS and wants this instruction before short queries (not before documents).
cat > "$OUT.tmp/embedding.json" <<JSON
{
  "name": "bge-small-zh-v1.5",
  "kind": "bert",
  "model": "model.onnx",
  "tokenizer": "wordpiece",
  "vocabulary": "vocab.txt",
  "lowerCase": true,
  "pooling": "cls",
  "maxLength": 512,
  "dimension": 512,
  "normalize": true,
  "queryPrefix": "为这个句子生成表示以用于检索相关文章：",
  "documentPrefix": ""
}
JSON

# Swap in whole: a running service reloading the folder never sees half a model.
rm -rf "$OUT.old"; [ -d "$OUT" ] && mv "$OUT" "$OUT.old"
mv "$OUT.tmp" "$OUT" && rm -rf "$OUT.old"
echo "bge-small-zh-v1.5 → $OUT (set Embeddings:ModelPath=$OUT, then eval --embeddings $OUT to measure)"
