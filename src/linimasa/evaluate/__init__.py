"""Scorers behind ``linimasa eval``: each returns one JSON-able dict of metrics."""
