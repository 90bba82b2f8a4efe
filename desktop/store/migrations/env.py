"""Alembic environment: always embedded, run on a connection handed over by store.migrate."""

from alembic import context

from desktop.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - we never run alembic from its own CLI
    raise RuntimeError("Invoice Desk migrations run through desktop.store.migrate only")



def include_name(name, type_, parent_names):
    """The FTS5 table and its shadow tables are made by hand in migrations, not by models."""
    return not (type_ == "table" and name and name.startswith("invoice_fts"))


context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  transactional_ddl=True, include_name=include_name)
with context.begin_transaction():
    context.run_migrations()
