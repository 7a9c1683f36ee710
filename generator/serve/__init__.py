"""Stateful reference implementations of the specs' APIs, on SQLite (see docs/serve.md)."""

from generator.serve.app import ReferenceApp
from generator.serve.config import ServeConfig
from generator.serve.server import ChildServer, ThreadedServer, reference_server

__all__ = ["ChildServer", "ReferenceApp", "ServeConfig", "ThreadedServer", "reference_server"]
