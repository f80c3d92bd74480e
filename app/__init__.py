"""Byline: news articles in, structured and queryable records out."""

__version__ = "0.1.0"
