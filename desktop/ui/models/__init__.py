"""Qt item models over the store and over an invoice being edited."""
