"""plancheck: turn Chinese plan documents into structured checklists.

Stages, each a pure function over typed records:
ingest → normalize → split → segment → classify → extract → emit.
"""

__version__ = "0.2.0"
