"""Ways a filing leaves the app: each channel delivers outbox rows, finds what became of them and brings receipts back.

``base.Channel`` is the interface the outbox sender drives; ``platform.PlatformChannel`` is the corridor platform API.
"""

from desktop.core.channels.base import Channel, Delivery
from desktop.core.channels.platform import PlatformChannel

__all__ = ["Channel", "Delivery", "PlatformChannel"]
