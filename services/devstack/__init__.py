"""The dev supervisor behind `make dev`: `python -m services.devstack`.

It starts embedded PostgreSQL, the Temporal dev server, the worker and the chat API on one
machine, restarts any of them that dies (on the same data), and stops everything on Ctrl-C.
"""
