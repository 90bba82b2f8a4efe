"""ERP connectors: one per ERP behind the Connector protocol of base.py."""
