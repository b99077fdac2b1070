"""The review actions as JSON endpoints: one table drives both input validation and the OpenAPI text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workbench import actions
from workbench.errors import InputError
from workbench.store import Event, Store

Param = tuple[str, str, bool]
"""(name, type, required); types: int, ints, str, bool, side, sides, direction, status, edits."""


@dataclass(frozen=True)
class Action:
    name: str
    summary: str
    params: tuple[Param, ...]
    run: Callable[[Store, int, dict[str, Any], int | None], Event | None]
    """None: the action found nothing to change (re-align when the aligner agrees with every open row)."""


def _a(name: str, summary: str, params: tuple[Param, ...], run: Callable[..., Event | None]) -> Action:
    return Action(name, summary, params, run)


LINK: Param = ("link", "int", True)
SIDE: Param = ("side", "side", True)

ACTIONS: dict[str, Action] = {
    a.name: a
    for a in (
        _a("approve", "Approve a row.", (LINK,), lambda s, p, a, v: actions.approve(s, p, a["link"], v)),
        _a(
            "approve_above",
            "Approve every undecided row from the top down to this one.",
            (LINK,),
            lambda s, p, a, v: actions.approve_above(s, p, a["link"], v),
        ),
        _a(
            "status",
            "Set the status of rows (proposed, approved, edited, needs_review, rejected = excluded).",
            (("links", "ints", True), ("status", "status", True)),
            lambda s, p, a, v: actions.set_status(s, p, a["links"], a["status"], v),
        ),
        _a(
            "needs_review",
            "Mark a row as needing review.",
            (LINK,),
            lambda s, p, a, v: actions.needs_review(s, p, a["link"], v),
        ),
        _a(
            "exclude",
            "Exclude a row from every export.",
            (LINK,),
            lambda s, p, a, v: actions.exclude(s, p, a["link"], v),
        ),
        _a(
            "bookmark",
            "Set or clear a row's bookmark.",
            (LINK, ("on", "bool", False)),
            lambda s, p, a, v: actions.bookmark(s, p, a["link"], a.get("on", True), v),
        ),
        _a(
            "edit",
            "Replace the text of sentences; their rows become 'edited' "
            "(confirm_above: the undecided rows above are approved too, in the same undo step).",
            (("edits", "edits", True), ("confirm_above", "bool", False)),
            lambda s, p, a, v: actions.edit_text(s, p, a["edits"], v, confirm_above=a.get("confirm_above", False)),
        ),
        _a(
            "replace",
            "Search and replace in every sentence of one or both sides (only in the rows `links`, when given).",
            (
                ("find", "str", True),
                ("replacement", "str", True),
                ("regex", "bool", False),
                ("sides", "sides", False),
                ("links", "ints", False),
            ),
            lambda s, p, a, v: actions.replace_text(
                s,
                p,
                a["find"],
                a["replacement"],
                regex=a.get("regex", False),
                sides=a.get("sides", actions.SIDES),
                links=a.get("links"),
                expected_version=v,
            ),
        ),
        _a(
            "take_memory",
            "Put the row's fuzzy memory match into its English sentence; the row then needs review.",
            (LINK,),
            lambda s, p, a, v: actions.take_memory_match(s, p, a["link"], v),
        ),
        _a(
            "move_up",
            "Move the first sentence of one side into the row above.",
            (LINK, SIDE),
            lambda s, p, a, v: actions.move_first_up(s, p, a["link"], a["side"], v),
        ),
        _a(
            "move_down",
            "Move the last sentence of one side into the row below.",
            (LINK, SIDE),
            lambda s, p, a, v: actions.move_last_down(s, p, a["link"], a["side"], v),
        ),
        _a(
            "shift",
            "Move a whole side of a row into the row above or below.",
            (LINK, SIDE, ("direction", "direction", True)),
            lambda s, p, a, v: actions.shift_side(s, p, a["link"], a["side"], a["direction"], v),
        ),
        _a(
            "insert_empty",
            "Leave one side of this row empty, pushing its sentences into a new row below (1:0 + 0:1).",
            (LINK, SIDE),
            lambda s, p, a, v: actions.insert_empty(s, p, a["link"], a["side"], v),
        ),
        _a(
            "merge_rows",
            "Merge a row with the next one (both sides).",
            (LINK,),
            lambda s, p, a, v: actions.merge_next(s, p, a["link"], v),
        ),
        _a(
            "split",
            "Split a sentence at a character offset (of `text`, the edited sentence, when given).",
            (
                ("segment", "int", True),
                ("offset", "int", True),
                ("text", "str", False),
                ("confirm_above", "bool", False),
            ),
            lambda s, p, a, v: actions.split_segment(
                s, p, a["segment"], a["offset"], a.get("text"), v, confirm_above=a.get("confirm_above", False)
            ),
        ),
        _a(
            "merge_sentences",
            "Join a sentence with the next sentence of its document.",
            (("segment", "int", True),),
            lambda s, p, a, v: actions.merge_segments(s, p, a["segment"], v),
        ),
        _a(
            "realign",
            "Re-align the rest: run the aligner again between the approved and edited rows (optionally only on"
            " rows from_row..to_row, 1-based), never touching them; one undoable action.",
            (("from_row", "int", False), ("to_row", "int", False)),
            lambda s, p, a, v: _realign(s, p, a, v),
        ),
        _a("undo", "Undo the newest action.", (), lambda s, p, a, v: actions.undo(s, p, v)),
        _a("redo", "Redo the newest undone action.", (), lambda s, p, a, v: actions.redo(s, p, v)),
    )
}

_MAX_IDS = 100_000


def _realign(store: Store, project_id: int, args: dict[str, Any], version: int | None) -> Event | None:
    """None when the aligner agrees with every open row (nothing written)."""
    from workbench.realign import realign

    return realign(
        store,
        project_id,
        from_row=args.get("from_row"),
        to_row=args.get("to_row"),
        expected_version=version,
        actor="user",
    ).event


def _int(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"'{name}' must be an integer, not {value!r}"[:200])
    if not -(2**62) < value < 2**62:
        raise InputError(f"'{name}' is out of range")
    return value


def _str(name: str, value: Any, limit: int = actions.MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise InputError(f"'{name}' must be a string")
    if len(value) > limit:
        raise InputError(f"'{name}' can have at most {limit} characters (got {len(value)})")
    # JSON lets a client send a lone UTF-16 surrogate ("\\ud800"); no text can hold one (SQLite, UTF-8 files).
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        raise InputError(f"'{name}' holds a lone surrogate (broken UTF-16): not text")
    return value


def _convert(name: str, kind: str, value: Any) -> Any:
    if kind == "int":
        return _int(name, value)
    if kind == "ints":
        if not isinstance(value, list) or not value or len(value) > _MAX_IDS:
            raise InputError(f"'{name}' must be a non-empty list of ids")
        return [_int(name, v) for v in value]
    if kind == "bool":
        if not isinstance(value, bool):
            raise InputError(f"'{name}' must be true or false")
        return value
    if kind == "str":
        return _str(name, value)
    if kind in ("side", "direction", "status"):
        allowed = {
            "side": ("src", "tgt"),
            "direction": ("up", "down"),
            "status": ("proposed", "approved", "edited", "needs_review", "rejected"),
        }[kind]
        if value not in allowed:
            raise InputError(f"'{name}' must be one of {', '.join(allowed)}, not {str(value)[:40]!r}")
        return value
    if kind == "sides":
        if not isinstance(value, list) or not value or any(v not in ("src", "tgt") for v in value):
            raise InputError(f"'{name}' must be a list of 'src' and/or 'tgt'")
        return value
    if kind == "edits":
        if not isinstance(value, list) or not value or len(value) > 1000:
            raise InputError(f"'{name}' must be a non-empty list of {{segment, text}} objects")
        out = []
        for item in value:
            if not isinstance(item, dict):
                raise InputError(f"each of '{name}' must be an object with 'segment' and 'text'")
            out.append((_int("segment", item.get("segment")), _str("text", item.get("text"))))
        return out
    raise AssertionError(kind)  # pragma: no cover - the table above names only known kinds


def validate(action: Action, body: Any) -> tuple[dict[str, Any], int | None]:
    """Checked arguments and the caller's expected version, or InputError with a message."""
    if not isinstance(body, dict):
        raise InputError("the request body must be a JSON object")
    known = {p[0] for p in action.params} | {"version"}
    unknown = sorted(set(body) - known)
    if unknown:
        raise InputError(f"unknown field(s) for {action.name}: {', '.join(unknown)[:200]}")
    args: dict[str, Any] = {}
    for name, kind, required in action.params:
        if name not in body:
            if required:
                raise InputError(f"'{name}' is required for {action.name}")
            continue
        args[name] = _convert(name, kind, body[name])
    version = body.get("version")
    return args, None if version is None else _int("version", version)


_SCHEMAS: dict[str, dict[str, Any]] = {
    "int": {"type": "integer"},
    "ints": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
    "str": {"type": "string", "maxLength": actions.MAX_TEXT},
    "bool": {"type": "boolean"},
    "side": {"type": "string", "enum": ["src", "tgt"]},
    "sides": {"type": "array", "items": {"type": "string", "enum": ["src", "tgt"]}},
    "direction": {"type": "string", "enum": ["up", "down"]},
    "status": {"type": "string", "enum": ["proposed", "approved", "edited", "needs_review", "rejected"]},
    "edits": {
        "type": "array",
        "items": {
            "type": "object",
            "required": ["segment", "text"],
            "properties": {"segment": {"type": "integer"}, "text": {"type": "string"}},
        },
    },
}


def openapi(title: str = "workbench review API") -> dict[str, Any]:
    """OpenAPI 3.1 description of the JSON API, generated from the same table that validates requests."""
    error = {
        "description": "A message for the user",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    paths: dict[str, Any] = {
        "/api/state": {
            "get": {
                "summary": "The project, its version, undo/redo availability and every row (or the first `limit`).",
                "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}}],
                "responses": {
                    "200": {
                        "description": "State",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/State"}}},
                    },
                    "403": error,
                },
            }
        },
        "/api/export": {
            "get": {
                "summary": "Export the project (TMX, TSV, XLSX, XLIFF...) as a download.",
                "parameters": [
                    {"name": "format", "in": "query", "schema": {"type": "string", "default": "tmx"}},
                    {
                        "name": "rows",
                        "in": "query",
                        "schema": {"type": "string", "enum": ["confident", "approved", "all"], "default": "confident"},
                        "description": "confident: approved rows and proposed ones at or above the project's threshold"
                        " (as `workbench export`); approved: approved and edited only; all: every row but the excluded",
                    },
                    {
                        "name": "unreviewed",
                        "in": "query",
                        "schema": {"type": "boolean", "default": False},
                        "description": "older form of rows=all",
                    },
                ],
                "responses": {"200": {"description": "The exported file"}, "400": error, "403": error, "501": error},
            }
        },
    }
    for action in ACTIONS.values():
        props: dict[str, Any] = {
            "version": {"type": "integer", "description": "project version you last saw; 409 if it changed"}
        }
        props.update({name: _SCHEMAS[kind] for name, kind, _ in action.params})
        paths[f"/api/actions/{action.name}"] = {
            "post": {
                "summary": action.summary,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "additionalProperties": False,
                                "required": [n for n, _, r in action.params if r],
                                "properties": props,
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "Done",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Result"}}},
                    },
                    "400": error,
                    "403": error,
                    "404": error,
                    "409": error,
                },
            }
        }
    row = {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "pos": {"type": "number"},
            "src": {"type": "array", "items": {"$ref": "#/components/schemas/Sentence"}},
            "tgt": {"type": "array", "items": {"$ref": "#/components/schemas/Sentence"}},
            "draft": {"type": ["string", "null"]},
            "score": {"type": ["number", "null"]},
            "status": _SCHEMAS["status"],
            "kind": {"type": "string", "examples": ["1:1", "2:1", "0:1"]},
            "flags": {
                "type": "array",
                "items": {"type": "object", "properties": {"code": {"type": "string"}, "reason": {"type": "string"}}},
            },
            "bookmark": {"type": "boolean"},
            "origin": {
                "type": ["object", "null"],
                "description": "where the draft came from: memory (memory 100%), memory-numbers, or model",
                "properties": {
                    "kind": {"type": "string", "enum": ["memory", "memory-numbers", "model"]},
                    "label": {"type": "string", "examples": ["memory 100%", "memory 100% (numbers changed)"]},
                    "name": {"type": "string", "description": "the TMX or project the memory draft came from"},
                },
            },
            "suggestion": {
                "type": ["object", "null"],
                "description": "the best fuzzy memory match of a one-sentence row (take it with take_memory)",
                "properties": {
                    "score": {"type": "number", "description": "percent"},
                    "source": {"type": "string"},
                    "target": {"type": "string"},
                    "origin": {"type": "string"},
                    "segment": {"type": "integer"},
                },
            },
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": title,
            "version": "1",
            "description": (
                "Every request needs the session token (header `X-Workbench-Token`, or `?token=`). "
                "Writes must come from the page's own origin. Each action is one undoable event."
            ),
        },
        "paths": paths,
        "components": {
            "securitySchemes": {"token": {"type": "apiKey", "in": "header", "name": "X-Workbench-Token"}},
            "schemas": {
                "Error": {
                    "type": "object",
                    "properties": {"error": {"type": "string"}, "version": {"type": "integer"}},
                },
                "Sentence": {
                    "type": "object",
                    "properties": {"id": {"type": "integer"}, "text": {"type": "string"}, "para": {"type": "integer"}},
                },
                "Row": row,
                "State": {
                    "type": "object",
                    "properties": {
                        "project": {
                            "type": "object",
                            "description": "id, name, languages and `threshold`: below it a proposed row is doubtful",
                        },
                        "labels": {
                            "type": "object",
                            "description": "status -> the word the page shows (rejected: excluded)",
                        },
                        "version": {"type": "integer"},
                        "total": {"type": "integer"},
                        "complete": {"type": "boolean", "description": "false when `limit` cut the rows short"},
                        "can_undo": {"type": "boolean"},
                        "can_redo": {"type": "boolean"},
                        "rows": {"type": "array", "items": {"$ref": "#/components/schemas/Row"}},
                        "aside": {
                            "type": "array",
                            "description": "page furniture and footnotes: in no row, shown greyed between rows",
                            "items": {"$ref": "#/components/schemas/SetAside"},
                        },
                    },
                },
                "SetAside": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer"},
                        "side": _SCHEMAS["side"],
                        "kind": {"type": "string", "examples": ["furniture", "footnote"]},
                        "text": {"type": "string"},
                        "after": {
                            "type": ["integer", "null"],
                            "description": "the sentence just before it in its document (null at the start)",
                        },
                        "before": {
                            "type": ["integer", "null"],
                            "description": "the sentence just after it in its document (null at the end)",
                        },
                    },
                },
                "Result": {
                    "type": "object",
                    "properties": {
                        "version": {"type": "integer"},
                        "message": {"type": "string"},
                        "rows": {"type": "array", "items": {"$ref": "#/components/schemas/Row"}},
                        "deleted": {"type": "array", "items": {"type": "integer"}},
                        "can_undo": {"type": "boolean"},
                        "can_redo": {"type": "boolean"},
                    },
                },
            },
        },
        "security": [{"token": []}],
    }
