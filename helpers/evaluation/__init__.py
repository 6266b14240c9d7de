"""Benchmark adapters at the edge: readers of benchmark formats, systems that answer benchmarks, scorers."""
