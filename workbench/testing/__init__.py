"""Helpers for tests and benchmarks: synthetic document pairs (no network, no models)."""
