"""plancheck: turn Chinese plan documents into structured checklists.

Stages, each a pure function over typed records:
ingest → normalize → split → segment → classify → extract → emit.
"""

__version__ = "0.2.0"

__all__ = ["parse", "parse_many", "to_rows", "__version__"]


def __getattr__(name: str):
    # The API loads its stages on first use, so `import pipeline` stays cheap
    # (no module of the package is named like an API function).
    if name in ("parse", "parse_many", "to_rows"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
