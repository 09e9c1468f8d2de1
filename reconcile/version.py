"""The version of reconcile: read by setup.cfg, shown by --version, part of the claim cache's key."""
__version__ = "0.1.0"
