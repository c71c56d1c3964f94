"""Trainer mode: the trainer panel (trainer accounts only), presenter mode (one key) and guided lessons.

``install(window)`` is the one hook into the main window: it adds the panel's dock and toolbar action, shown
only while a trainer account on a sandbox platform is logged in, and the presenter-mode key for everyone.
"""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    from desktop.ui.trainer.hook import TrainerHook

    window.trainer_hook = TrainerHook(window)
