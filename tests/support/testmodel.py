"""Build small but valid Argos packages (`.argosmodel`) without torch, for tests and benchmarks.

Three kinds, all real CTranslate2 transformer models with a real SentencePiece model:

- ``copy``: deterministic; translates every sentence into itself. Its cross-attention
  matches decoder step i to source position i and carries that token's code to the
  output projection, and `</s>` is appended to the source so decoding stops. Tests use
  it to assert exact outputs, order, caching and resume.
- ``random``: tiny random weights (never emits `</s>`, so every output runs to the
  decoding limit: keep `max_decoding_length` low).
- ``base``: the size of a real Argos model (6+6 layers, d=512, 8 heads, FFN 2048,
  32k vocabulary, int8) with faint random weights around the copy path, so it does a
  real model's work per step and stops like one: honest speed measurements.
- ``base-random``: the same size with plain random weights; it never stops, so every
  sentence costs `max_decoding_length` steps.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

KINDS = ("copy", "random", "base", "base-random")
BASE_VOCAB = 32000

# French and English text with digits, accents, quotes and punctuation: the SentencePiece
# model learns from it in milliseconds; byte fallback covers every other character.
_CORPUS = [
    "Le Conseil de sécurité a examiné la question le 5 janvier 2021.",
    "M. Dupont, représentant permanent, a pris la parole à 15 h 30.",
    "« Nous devons agir ensemble », a-t-il déclaré devant l’Assemblée générale.",
    "Le budget s’élève à 13 400 dollars pour l’exercice 2020-2021.",
    "Voir art. 3 du règlement n° 5, par. 2, et l’annexe II.",
    "Je vous serais reconnaissant de bien vouloir faire distribuer la présente lettre.",
    "La communauté mondiale continue d’œuvrer en faveur de la paix et du développement durable.",
    "Les droits humains, la sécurité et la coopération internationale restent prioritaires.",
    "Élaboré à Genève, le rapport compte 42 pages et 7 recommandations.",
    "Ça coûte 1,5 million d’euros ; où est-ce ? Voilà : çà et là, déjà, à côté.",
    "The Security Council considered the matter on 5 January 2021.",
    "Mr. Dupont, Permanent Representative, took the floor at 3.30 p.m.",
    '"We must act together," he told the General Assembly.',
    "The budget amounts to $13,400 for the 2020-2021 period.",
    "I should be grateful if you would have the present letter circulated.",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789",
    "àâäçéèêëîïôöùûüÿœæ ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ — – … ‘ ’ “ ” « » ( ) [ ] / % & @ # + = * : ; ! ?",
]


def _specs() -> Any:
    """`ctranslate2.specs.transformer_spec`, imported without torch.

    The specs module imports torch when it can (about a second) although numpy weights
    never need it; hide torch for that import unless something already loaded it.
    """
    import sys

    if "ctranslate2.specs.transformer_spec" not in sys.modules and "torch" not in sys.modules:
        sys.modules["torch"] = None  # type: ignore[assignment]
        try:
            from ctranslate2.specs import transformer_spec
        finally:
            del sys.modules["torch"]
        return transformer_spec
    from ctranslate2.specs import transformer_spec

    return transformer_spec


def train_sentencepiece(vocab_size: int = 400) -> tuple[bytes, list[str]]:
    """A SentencePiece model (serialized) and its pieces in id order (the CT2 vocabulary)."""
    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(_CORPUS * 4),
        model_writer=buffer,
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        normalization_rule_name="identity",
        remove_extra_whitespaces=False,
        byte_fallback=True,
        character_coverage=1.0,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        minloglevel=2,
    )
    data = buffer.getvalue()
    sp = spm.SentencePieceProcessor(model_proto=data)
    return data, [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def _balanced_codes(rng: np.random.Generator, count: int, dim: int) -> np.ndarray:
    """±1 codes with as many +1 as -1: zero mean and unit variance, so LayerNorm leaves them as they are."""
    base = np.array([1.0] * (dim // 2) + [-1.0] * (dim // 2), dtype=np.float32)
    return np.stack([rng.permutation(base) for _ in range(count)])


def _norm(spec: Any, dim: int) -> None:
    spec.gamma = np.ones(dim, dtype=np.float32)
    spec.beta = np.zeros(dim, dtype=np.float32)


def _copy_spec(
    vocab_size: int,
    *,
    layers: int = 1,
    d: int = 128,
    heads: int = 1,
    ffn: int = 4,
    noise: float = 0.0,
    max_positions: int = 1024,
) -> Any:
    """A transformer that copies its input, at any size (the compute does not depend on the weights).

    The residual stream holds [token code | position code | zeros]; every layer but the
    last decoder layer's cross-attention adds (almost) nothing. That cross-attention's
    first head matches decoder step i to source position i through the position codes
    and adds the source token's code, amplified, to the token block, which the output
    projection reads. `</s>` is appended to the source, so it is copied too and stops decoding.
    """
    ts = _specs()

    code = 64  # size of the token block and of the position block
    if d < 2 * code or d % heads or d // heads < code:
        raise ValueError("the copy model needs d >= 128 and heads of at least 64 dimensions")
    rng = np.random.default_rng(7)
    tokens = _balanced_codes(rng, vocab_size, code)
    positions = _balanced_codes(rng, max_positions, code)

    def pad(block: np.ndarray, at: int) -> np.ndarray:
        out = np.zeros((block.shape[0], d), np.float32)
        out[:, at : at + code] = block
        return out

    def small(*shape: int) -> np.ndarray:
        # Exact zeros for the tiny model; faint noise for the big one, so int8 quantization
        # sees ordinary rows and the network does the same work a trained one does.
        if noise == 0.0:
            return np.zeros(shape, np.float32)
        return (rng.standard_normal(shape, dtype=np.float32) * noise).astype(np.float32)

    spec = ts.TransformerSpec(ts.TransformerEncoderSpec(layers, heads), ts.TransformerDecoderSpec(layers, heads))
    for part in (spec.encoder, spec.decoder):
        part.scale_embeddings = False
        part.position_encodings.encodings = pad(positions, code)
        _norm(part.layer_norm, d)
    spec.encoder.embeddings[0].weight = pad(tokens, 0)
    spec.decoder.embeddings.weight = pad(tokens, 0)

    def quiet_block(layer: Any) -> None:
        _norm(layer.self_attention.layer_norm, d)
        layer.self_attention.linear[0].weight = small(3 * d, d)
        layer.self_attention.linear[1].weight = small(d, d)
        _norm(layer.ffn.layer_norm, d)
        layer.ffn.linear_0.weight = small(ffn, d)
        layer.ffn.linear_1.weight = small(d, ffn)

    for layer in spec.encoder.layer:
        quiet_block(layer)
    for i, layer in enumerate(spec.decoder.layer):
        quiet_block(layer)
        att = layer.attention
        _norm(att.layer_norm, d)
        q, kv, out = small(d, d), small(2 * d, d), small(d, d)
        if i == layers - 1:
            gain = 12.0
            q[:code] = 0.0
            q[:code, code : 2 * code] = np.eye(code) * gain  # head 0 query <- position code
            kv[:code] = 0.0
            kv[:code, code : 2 * code] = np.eye(code)  # head 0 key <- position code
            kv[d : d + code] = 0.0
            kv[d : d + code, :code] = np.eye(code)  # head 0 value <- token code
            out[:code] = 0.0
            out[:code, :code] = np.eye(code) * 10.0  # head 0 output -> token block, amplified
        att.linear[0].weight = q
        att.linear[1].weight = kv
        att.linear[2].weight = out

    spec.decoder.projection.weight = pad(tokens, 0) * 4.0
    spec.config.add_source_eos = True
    return spec


def _random_spec(vocab_size: int, layers: int, d: int, heads: int, ffn: int, seed: int = 0) -> Any:
    ts = _specs()

    rng = np.random.default_rng(seed)

    def w(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape, dtype=np.float32) * (1.0 / np.sqrt(shape[-1]))).astype(np.float32)

    spec = ts.TransformerSpec(ts.TransformerEncoderSpec(layers, heads), ts.TransformerDecoderSpec(layers, heads))
    spec.encoder.embeddings[0].weight = w(vocab_size, d)
    spec.decoder.embeddings.weight = w(vocab_size, d)
    _norm(spec.encoder.layer_norm, d)
    _norm(spec.decoder.layer_norm, d)
    for layer in spec.encoder.layer:
        _norm(layer.self_attention.layer_norm, d)
        layer.self_attention.linear[0].weight = w(3 * d, d)
        layer.self_attention.linear[1].weight = w(d, d)
        _random_ffn(layer.ffn, d, ffn, w)
    for layer in spec.decoder.layer:
        _norm(layer.self_attention.layer_norm, d)
        layer.self_attention.linear[0].weight = w(3 * d, d)
        layer.self_attention.linear[1].weight = w(d, d)
        _norm(layer.attention.layer_norm, d)
        layer.attention.linear[0].weight = w(d, d)
        layer.attention.linear[1].weight = w(2 * d, d)
        layer.attention.linear[2].weight = w(d, d)
        _random_ffn(layer.ffn, d, ffn, w)
    spec.decoder.projection.weight = w(vocab_size, d)
    return spec


def _random_ffn(spec: Any, d: int, ffn: int, w: Any) -> None:
    _norm(spec.layer_norm, d)
    spec.linear_0.weight = w(ffn, d)
    spec.linear_1.weight = w(d, ffn)


def build_model_dir(folder: Path, kind: str = "copy") -> Path:
    """Write an installed-package folder (metadata.json, sentencepiece.model, model/) into `folder`."""
    if kind not in KINDS:
        raise ValueError(f"unknown test model kind {kind!r} ({', '.join(KINDS)})")
    sp_bytes, pieces = train_sentencepiece()
    if kind in ("base", "base-random"):
        # A real Argos model has a 32k vocabulary; pad ours with pieces the tokenizer never produces.
        pieces = pieces + [f"<extra_{i}>" for i in range(BASE_VOCAB - len(pieces))]
    if kind == "copy":
        spec = _copy_spec(len(pieces))
    elif kind == "random":
        spec = _random_spec(len(pieces), layers=1, d=64, heads=2, ffn=128)
    elif kind == "base":
        spec = _copy_spec(len(pieces), layers=6, d=512, heads=8, ffn=2048, noise=1e-3)
    else:
        spec = _random_spec(len(pieces), layers=6, d=512, heads=8, ffn=2048)
    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    spec.validate()
    if kind.startswith("base"):
        spec.optimize(quantization="int8")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "model").mkdir(exist_ok=True)
    spec.save(str(folder / "model"))
    (folder / "sentencepiece.model").write_bytes(sp_bytes)
    metadata = {
        "package_version": "1.0",
        "argos_version": "1.11",
        "type": "translate",
        "from_code": "fr",
        "from_name": "French",
        "to_code": "en",
        "to_name": "English",
        "package_name": f"workbench test model ({kind})",
        "links": [],
    }
    (folder / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    (folder / "README.md").write_text(f"workbench {kind} test model: not a real translation model.\n")
    return folder


def build_argosmodel(dest: str | Path, kind: str = "copy", *, from_code: str = "fr", to_code: str = "en") -> Path:
    """Write a `.argosmodel` zip (one top-level folder, as Argos packages are) and return its path."""
    dest = Path(dest)
    with tempfile.TemporaryDirectory() as tmp:
        top = f"translate-{from_code}_{to_code}-{kind}"
        folder = build_model_dir(Path(tmp) / top, kind)
        if (from_code, to_code) != ("fr", "en"):
            meta = json.loads((folder / "metadata.json").read_text())
            meta.update(from_code=from_code, to_code=to_code, from_name=from_code, to_name=to_code)
            (folder / "metadata.json").write_text(json.dumps(meta, indent=2))
        dest.parent.mkdir(parents=True, exist_ok=True)
        # Store weights uncompressed: deflating random floats costs time and saves nothing.
        with zipfile.ZipFile(dest, "w", zipfile.ZIP_STORED) as zf:
            for path in sorted(folder.rglob("*")):
                zf.write(path, str(Path(top) / path.relative_to(folder)))
    return dest
