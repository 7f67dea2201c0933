"""What ``readouts serve`` was asked for: the store, the address, the write token, limits."""

from __future__ import annotations

import dataclasses
import ipaddress
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from ..settings import Settings

# The Map page's base map, built by setup.sh (readouts.web.basemap); not in the repository.
BASEMAP = Path(__file__).resolve().parent / "static" / "basemap" / "countries.json"

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    """Whether binding to ``host`` keeps the server on this machine."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ServeConfig:
    """Settings of one server. ``token`` guards write requests; it is required (and made up
    when not given) when the server listens on an address other machines can reach."""

    db: str = "readouts.duckdb"
    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None
    read_only: bool = False
    max_body: int = 0  # bytes; 0: twice the largest article plus 64 KiB for JSON and fields
    settings: Settings = field(default_factory=Settings)

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)

    @property
    def body_limit(self) -> int:
        return self.max_body or 2 * self.settings.max_bytes + 65_536

    def with_token(self) -> ServeConfig:
        """This config, with a fresh random token when it needs one and has none."""
        if self.token or self.loopback:
            return self
        return dataclasses.replace(self, token=secrets.token_urlsafe(24))


__all__ = ["BASEMAP", "ServeConfig", "is_loopback"]
