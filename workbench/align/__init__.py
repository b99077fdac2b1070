"""The dynamic-programming aligner: pure functions over embedding arrays."""
