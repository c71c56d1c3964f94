"""Corridor Desk: desktop filing client for the New Western Land-Sea Corridor single window."""

__version__ = "0.1.0"
