"""The local web UI (FastAPI, read-only over the store)."""
