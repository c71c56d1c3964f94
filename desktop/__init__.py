"""Corridor Desk: desktop filing client for the New Western Land-Sea Corridor single window."""

import os as _os

__version__ = "0.1.0"

# The app runs no pydantic plugins (validation hooks that installed packages offer through entry points): looking
# for them reads every installed package's metadata on the first model built, for nothing. Set the variable to
# something else to let them in.
_os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
