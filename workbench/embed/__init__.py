"""Sentence embedders behind one small interface, with a cache in the store."""
