"""Tutorial mode without Qt: lessons as data, their progress, and the practice profile they run on.

``lesson`` loads and checks lesson files (resources/tutorials/*.json), ``conditions`` checks
what a step waits for against the practice store, ``actions`` runs a step's scripted
preparations (pick an invoice, drive the practice ERP), ``runner`` walks a clerk through one
lesson, ``progress`` remembers where each lesson stopped, ``practice`` builds and resets the
practice data. The overlay and the coach that show all this live in ``desktop/ui/tutorial``.
"""
