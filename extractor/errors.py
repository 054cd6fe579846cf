"""One base error and a few subclasses. Messages are one line, written for the person at the terminal."""


class TrialfactsError(Exception):
    """Base of every error trialfacts raises on purpose."""


class InputError(TrialfactsError):
    """An input cannot be read as an article (missing, binary, empty, too large, no article in HTML)."""


class ModelError(TrialfactsError):
    """The trained spaCy pipeline is missing or its files are not the expected ones."""


class PatternError(TrialfactsError):
    """A pattern data file is malformed."""
