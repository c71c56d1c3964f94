"""Use cases shared by the GUI and the CLI: drafts (validate, derive, save, edit, import, export), filing and
documents.

A light package: import the module you need (``from desktop.core.services import drafts``); nothing heavy is
loaded here.
"""
