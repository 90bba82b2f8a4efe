"""The sandbox: the practice ERP (a loopback server with a control API) and demo data."""
