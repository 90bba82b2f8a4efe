"""The invoice domain: pure Python, no Qt, no SQLAlchemy."""
