"""Helpers of the news-timeline kit: one module per stage, from raw report to charts."""
