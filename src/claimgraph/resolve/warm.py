"""What the corpus stage loads on first use, loaded ahead: a build does it while the map runs.

In a build's parent process the corpus stage is the first user of the resolve modules and what
they import (the extract helpers, and spaCy with them), of the knowledge base, the city gazetteer
and the data files: about two CPU-seconds before any document is read. ``warm()`` imports those
modules and calls their loaders (every ``functools.lru_cache`` function of theirs that takes no
argument) so that ``build()`` can run it in a thread while the worker processes parse: the parent
waits for batches most of that time. The loaders are cached, so the corpus stage then finds them
loaded and computes exactly what it would have; a loader that fails here is left for the corpus
stage, which raises its error where it belongs.
"""
from __future__ import annotations

import functools
import importlib
import inspect
import logging
import pkgutil
import sys
import threading

logger = logging.getLogger(__name__)


def _loaders(module) -> list:
    """The module's own ``lru_cache`` functions that take no argument."""
    out = []
    for value in list(vars(module).values()):
        if not isinstance(value, functools._lru_cache_wrapper) or value.__module__ != module.__name__:
            continue
        try:
            params = inspect.signature(value).parameters.values()
        except (TypeError, ValueError):
            continue
        if not params:
            out.append(value)
    return out


def warm() -> None:
    """Import the corpus stage's modules and call their loaders and those of the extract modules they use."""
    from .. import resolve

    modules = []
    for info in pkgutil.iter_modules(resolve.__path__):
        try:
            modules.append(importlib.import_module(f"{resolve.__name__}.{info.name}"))
        except Exception as e:       # a broken module fails the corpus stage itself, with its own error
            logger.debug("warm: %s not imported: %s", info.name, e)
    # the extract modules the corpus stage calls into (knowledge base, names, the city gazetteer ...)
    used = {getattr(v, "__module__", None) for m in modules for v in vars(m).values()}
    used |= {v.__name__ for m in modules for v in vars(m).values() if inspect.ismodule(v)}
    modules += [sys.modules[n] for n in sorted(u for u in used if u and u.startswith(__package__.rsplit(".", 1)[0]
                                                                               + ".extract") and u in sys.modules)]
    for module in modules:
        for loader in _loaders(module):
            try:
                loader()
            except Exception as e:
                logger.debug("warm: %s.%s failed: %s", module.__name__, loader.__name__, e)


def warm_in_background() -> threading.Thread:
    """Start ``warm()`` in a daemon thread. RETURNS (threading.Thread): join it before the corpus stage."""
    thread = threading.Thread(target=_warm_quietly, name="claimgraph-warm-corpus-stage", daemon=True)
    thread.start()
    return thread


def _warm_quietly() -> None:
    try:
        warm()
    except Exception as e:           # warming is an optimisation: never a reason for a build to fail
        logger.debug("warm: %s", e)
