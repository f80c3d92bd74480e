"""Queries behind the API: typed per resource, keyword-only, returning plain dicts."""
