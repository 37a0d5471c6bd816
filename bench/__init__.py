"""Benchmarks (`make bench`). Results go to bench/results.json and a Markdown table."""
