"""Jupyter kernels for learners' code: each one in a bubblewrap sandbox, forked from a pre-imported template."""
