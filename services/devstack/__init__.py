"""The dev supervisor behind `make dev`: `python -m services.devstack`.

It starts embedded PostgreSQL, the Temporal dev server, the worker and the chat API on one
machine, restarts the worker or the chat API when they crash, and stops everything on Ctrl-C.
"""
