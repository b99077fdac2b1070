"""The OmegaT project export, built on OmegaT 3.6's own reading of a file, reproduced and checked against it.

- `project`: the folder OmegaT opens as it is (`export --format omegat-project`);
- `srx`: OmegaT's sentence cutting (its SRX rules with Java's regex meaning);
- `docx`: OmegaT's Word filter (tabs and breaks end an entry, touching tags merged);
- `view`: the file's OmegaT segments laid over ours;
- `units`: the translation-memory units that fill those segments from our links;
- `files`: `omegat.project` and `omegat/filters.xml`.

A real OmegaT, driven in console mode, checks these in the tests and benchmarks
(`tests/support/omegat.py`, `tests/support/omegat_check.py`); workbench never runs it.
"""
