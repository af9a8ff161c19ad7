"""perumex: the one data module of the book on the 2025 Peru–Mexico diplomatic rupture.

Chapters import this package and never read files themselves::

    import perumex
    events = perumex.load("events")
"""

from perumex import deps
from perumex.tables import load, load_all, table_names
from perumex.validate import DataValidationError

__version__ = "0.1.0"

# Every chapter depends on the package itself: a change to it must re-execute the chapters.
deps.record(*deps.package_files())

__all__ = ["DataValidationError", "__version__", "load", "load_all", "table_names"]
