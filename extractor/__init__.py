"""trialfacts: health-news articles about clinical studies -> validated, evidence-linked trial records."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("trialfacts")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0+source"

__all__ = ["__version__"]
