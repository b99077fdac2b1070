"""Kits the tests and the benchmarks share; none of it ships in the wheel.

- `testmodel`: small but real Argos packages (CTranslate2 + SentencePiece) built without torch;
- `argos_peer`: argostranslate's own translation path, made safe offline (the benchmark's peer);
- `mtstub`: a deterministic look-alike of a neural MT model, for glossary enforcement;
- `sample`: reviewable projects made straight from sentences, no model needed;
- `synthetic`: synthetic letter-sized document pairs with gold links;
- `drafting`: draft a project when a model is installed, else a note on how to get one;
- `omegat`, `omegat_check`: a real OmegaT in console mode, and how much of an exported project it filled.

Tests import it as `support` (pytest puts `tests/` on `sys.path`); a benchmark or a
subprocess puts `tests/` on `sys.path` first.
"""
