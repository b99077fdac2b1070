"""Build small but valid Argos packages (`.argosmodel`) without torch, for tests and benchmarks.

Three kinds, all real CTranslate2 transformer models with a real SentencePiece model:

- ``copy``: deterministic; translates every sentence into itself. Its cross-attention
  matches decoder step i to source position i and carries that token's code to the
  output projection, and `</s>` is appended to the source so decoding stops. Tests use
  it to assert exact outputs, order, caching and resume.
- ``random``: tiny random weights (never emits `</s>`, so every output runs to the
  decoding limit: keep `max_decoding_length` low).
- ``base``: random weights at the size of a real Argos model (6+6 layers, d=512,
  8 heads, FFN 2048, 32k vocabulary, int8), for honest speed measurements.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

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


def _copy_spec(vocab: list[str], max_positions: int = 1024) -> Any:
    ts = _specs()

    code_dim = 64  # token block and position block, each of this size
    d = 2 * code_dim
    rng = np.random.default_rng(7)
    tokens = _balanced_codes(rng, len(vocab), code_dim)
    positions = _balanced_codes(rng, max_positions, code_dim)

    spec = ts.TransformerSpec(ts.TransformerEncoderSpec(1, 1), ts.TransformerDecoderSpec(1, 1))
    embeddings = np.concatenate([tokens, np.zeros_like(tokens)], axis=1)  # [token code | 0]
    pos_table = np.concatenate([np.zeros_like(positions), positions], axis=1)  # [0 | position code]
    for part in (spec.encoder, spec.decoder):
        part.scale_embeddings = False
        part.position_encodings.encodings = pos_table
        _norm(part.layer_norm, d)
    spec.encoder.embeddings[0].weight = embeddings
    spec.decoder.embeddings.weight = embeddings

    enc = spec.encoder.layer[0]
    _norm(enc.self_attention.layer_norm, d)
    enc.self_attention.linear[0].weight = np.zeros((3 * d, d), np.float32)
    enc.self_attention.linear[1].weight = np.zeros((d, d), np.float32)
    _zero_ffn(enc.ffn, d)

    dec = spec.decoder.layer[0]
    _norm(dec.self_attention.layer_norm, d)
    dec.self_attention.linear[0].weight = np.zeros((3 * d, d), np.float32)
    dec.self_attention.linear[1].weight = np.zeros((d, d), np.float32)
    _zero_ffn(dec.ffn, d)

    # Cross-attention: query and key are the position blocks (query gain makes the match sharp),
    # value is the source token's code, and the output adds it, amplified, to the token block.
    att = dec.attention
    _norm(att.layer_norm, d)
    gain = 12.0
    q = np.zeros((d, d), np.float32)
    q[code_dim:, code_dim:] = np.eye(code_dim) * gain
    kv = np.zeros((2 * d, d), np.float32)
    kv[code_dim:d, code_dim:] = np.eye(code_dim)  # K <- position block
    kv[d : d + code_dim, :code_dim] = np.eye(code_dim)  # V <- token block
    out = np.zeros((d, d), np.float32)
    out[:code_dim, :code_dim] = np.eye(code_dim) * 10.0
    att.linear[0].weight = q
    att.linear[1].weight = kv
    att.linear[2].weight = out

    spec.decoder.projection.weight = np.concatenate([tokens, np.zeros_like(tokens)], axis=1) * 4.0
    spec.config.add_source_eos = True
    return spec


def _zero_ffn(ffn: Any, d: int) -> None:
    _norm(ffn.layer_norm, d)
    ffn.linear_0.weight = np.zeros((4, d), np.float32)
    ffn.linear_1.weight = np.zeros((d, 4), np.float32)


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
    if kind not in ("copy", "random", "base"):
        raise ValueError(f"unknown test model kind {kind!r} (copy, random or base)")
    sp_bytes, pieces = train_sentencepiece()
    if kind == "copy":
        spec = _copy_spec(pieces)
    elif kind == "random":
        spec = _random_spec(len(pieces), layers=1, d=64, heads=2, ffn=128)
    else:
        # A real Argos model has a 32k vocabulary; pad ours with pieces the tokenizer never produces.
        pieces = pieces + [f"<extra_{i}>" for i in range(32000 - len(pieces))]
        spec = _random_spec(len(pieces), layers=6, d=512, heads=8, ffn=2048)
    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    spec.validate()
    if kind == "base":
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
