"""Data files of listwatch.text: legal forms and nicknames (see generate.py for provenance)."""
