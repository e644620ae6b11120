"""The web app: pages for drafters, reviewers, auditors and operators, and the JSON API (FastAPI)."""
