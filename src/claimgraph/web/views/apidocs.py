"""API page: the JSON endpoints, read from the app's own OpenAPI schema (works offline)."""
from __future__ import annotations

from typing import Any

from fastapi import Request

from ..render import respond


def endpoints(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The GET endpoints of an OpenAPI schema with their parameters, flattened for the page."""
    out = []
    for path, ops in schema.get("paths", {}).items():
        op = ops.get("get")
        if not op:
            continue
        params = []
        for p in op.get("parameters", []):
            s = p.get("schema", {})
            kind = s.get("type") or "/".join(x.get("type", "") for x in s.get("anyOf", []) if x.get("type") != "null")
            bounds = ", ".join(f"{k} {s[k]}" for k in ("minimum", "maximum", "maxLength", "pattern") if k in s)
            params.append({"name": p["name"], "in": p["in"], "required": p.get("required", False), "type": kind,
                           "bounds": bounds, "default": s.get("default"), "description": p.get("description", "")})
        out.append({"path": path, "summary": op.get("summary", ""), "description": op.get("description", ""),
                    "tags": op.get("tags", []), "params": params})
    return out


def api_docs(request: Request):
    """This page: every JSON endpoint with its parameters (also at /openapi.json)."""
    return respond(request, "apidocs.html", {"endpoints": endpoints(request.app.openapi())})
