"""The local SQLite store: the only home of SQLAlchemy."""
