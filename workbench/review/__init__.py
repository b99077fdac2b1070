"""The local review server and its page."""
