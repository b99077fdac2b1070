"""The review server's JSON API: what a script (or the page) can do, and what it refuses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from review_example import example_project
from starlette.testclient import TestClient

from workbench.errors import NotFoundError
from workbench.model import LinkStatus, Project
from workbench.review.api import ACTIONS
from workbench.review.server import ReviewSession, create_app, open_session
from workbench.store import Store

BASE = "http://127.0.0.1:8765"


class Page:
    """A client that behaves like the review page: token header, same-origin writes, version tracking."""

    def __init__(self, client: TestClient, session: ReviewSession) -> None:
        self.client, self.session = client, session
        self.headers = {"X-Workbench-Token": session.token, "Origin": BASE}
        self.version = self.state()["version"]

    def state(self) -> dict[str, Any]:
        res = self.client.get("/api/state", headers=self.headers)
        assert res.status_code == 200, res.text
        return dict(res.json())

    def post(self, action: str, **body: Any) -> Any:
        res = self.client.post(f"/api/actions/{action}", json={"version": self.version, **body}, headers=self.headers)
        if res.status_code == 200:
            self.version = res.json()["version"]
        return res

    def do(self, action: str, **body: Any) -> dict[str, Any]:
        res = self.post(action, **body)
        assert res.status_code == 200, res.text
        return dict(res.json())


def serve(store: Store, project: Project) -> Iterator[tuple[Page, Store, int]]:
    """The review page of `project`, served in-process, with its store and id."""
    session = open_session(store, project.name)
    with TestClient(create_app(session), base_url=BASE) as client:
        yield Page(client, session), store, project.id


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Page, Store, int]]:
    store = Store.open_workspace(tmp_path / "ws")
    yield from serve(store, example_project(store))


def rows(page: Page) -> list[dict[str, Any]]:
    return list(page.state()["rows"])


def test_the_state_lists_every_row_with_texts_draft_confidence_and_flags(served: tuple[Page, Store, int]) -> None:
    page, _, _ = served
    state = page.state()
    assert state["project"]["name"] == "lettre"
    assert state["can_undo"] is False  # the aligner's run is the starting point, not an undoable review step
    first = state["rows"][0]
    assert first["src"][0]["text"] == "Genève, le 14 mars 2024"
    assert first["tgt"][0]["text"] == "Geneva, 14 March 2024"
    assert first["draft"] == "Geneva, 14 March 2024"
    assert first["score"] == 0.97 and first["status"] == "proposed" and first["kind"] == "1:1"
    # Numbers written the French and the English way are the same numbers: no flag.
    budget = state["rows"][8]
    assert "13 400 000" in budget["src"][0]["text"] and budget["flags"] == []


def test_replace_all_under_a_filter_changes_only_the_rows_the_filter_shows(served: tuple[Page, Store, int]) -> None:
    page, store, _ = served
    before = rows(page)
    hits = [r for r in before if any("2024" in x["text"] for x in r["src"])]
    assert len(hits) >= 2
    shown = [hits[0]["id"]]  # say the filter shows only the first of them
    page.do("replace", find="2024", replacement="2025", sides=["src"], links=shown)
    after = {r["id"]: r for r in rows(page)}
    assert all("2024" not in x["text"] for x in after[shown[0]]["src"])
    for r in hits[1:]:
        assert after[r["id"]]["src"] == r["src"], "rows outside the filter keep their text"
    page.do("undo")
    assert rows(page) == before
    missing = page.post("replace", find="2024", replacement="2025", links=[10**9])
    assert missing.status_code == 404


def test_an_edit_with_confirm_above_is_one_undo_step(served: tuple[Page, Store, int]) -> None:
    page, store, pid = served
    before = rows(page)
    seg = before[3]["tgt"][0]["id"]
    done = page.do("edit", edits=[{"segment": seg, "text": "Edited."}], confirm_above=True)
    assert sorted(r["status"] for r in done["rows"]) == ["approved", "approved", "approved", "edited"]
    assert [lk.status.value for lk in store.links(pid)[:5]] == ["approved"] * 3 + ["edited", "proposed"]
    page.do("undo")
    assert rows(page) == before


def test_every_action_works_through_the_api_and_returns_the_changed_rows(served: tuple[Page, Store, int]) -> None:
    page, store, pid = served
    ids = [r["id"] for r in rows(page)]
    done = page.do("approve", link=ids[0])
    assert [r["status"] for r in done["rows"]] == ["approved"] and done["can_undo"] is True
    assert page.do("approve_above", link=ids[2])["message"] == "approved every row down to here"
    page.do("needs_review", link=ids[3])
    page.do("exclude", link=ids[4])
    page.do("status", links=[ids[4]], status="proposed")
    page.do("bookmark", link=ids[5])
    assert page.do("bookmark", link=ids[5], on=False)["rows"][0]["bookmark"] is False
    seg = rows(page)[6]["tgt"][0]["id"]
    page.do("edit", edits=[{"segment": seg, "text": "Could the delegations confirm before 30 June?"}])
    page.do("replace", find="Valdoria", replacement="Valdorie", sides=["tgt"])
    page.do("move_up", link=ids[7], side="tgt")
    page.do("move_down", link=ids[6], side="tgt")
    page.do("shift", link=ids[9], side="src", direction="down")
    page.do("shift", link=ids[10], side="src", direction="up")
    inserted = page.do("insert_empty", link=ids[11], side="tgt")
    assert sorted(r["kind"] for r in inserted["rows"]) == ["0:1", "1:0"]
    merged = page.do("merge_rows", link=ids[12])
    assert merged["deleted"] == [ids[13]] and merged["rows"][0]["kind"] == "2:2"
    seg = rows(page)[0]["src"][0]["id"]
    split = page.do("split", segment=seg, offset=7)
    assert split["rows"][0]["kind"] == "2:1"
    page.do("merge_sentences", segment=seg)
    assert store.link(ids[0]).kind == "1:1"
    events = [e.kind for e in store.events(pid)]
    assert len(events) == 18  # the aligner's run + one event per action
    undone = page.do("undo")
    assert undone["message"] == "undid: sentences joined" and undone["rows"][0]["kind"] == "2:1"
    page.do("redo")
    assert store.link(ids[0]).kind == "1:1"


def test_undo_all_the_way_back_and_redo_restores_the_same_rows(served: tuple[Page, Store, int]) -> None:
    page, _, _ = served
    original = rows(page)
    ids = [r["id"] for r in original]
    page.do("merge_rows", link=ids[0])
    page.do("insert_empty", link=ids[2], side="src")
    after = rows(page)
    page.do("undo")
    page.do("undo")
    assert rows(page) == original
    assert page.post("undo").json()["error"] == "there is nothing to undo"
    page.do("redo")
    page.do("redo")
    assert rows(page) == after


def test_a_second_tab_with_an_old_version_gets_a_clear_conflict(served: tuple[Page, Store, int]) -> None:
    page, store, _ = served
    other = Page(page.client, page.session)
    ids = [r["id"] for r in rows(page)]
    page.do("approve", link=ids[0])
    res = other.post("exclude", link=ids[0])
    assert res.status_code == 409
    assert "changed since you loaded it" in res.json()["error"]
    assert res.json()["version"] == page.version
    assert store.link(ids[0]).status == LinkStatus.APPROVED
    other.version = other.state()["version"]  # the tab reloads and tries again
    assert other.post("exclude", link=ids[0]).status_code == 200


@pytest.mark.parametrize(
    ("action", "body", "status", "message"),
    [
        ("approve", {}, 400, "'link' is required"),
        ("approve", {"link": "one"}, 400, "must be an integer"),
        ("approve", {"link": True}, 400, "must be an integer"),
        ("approve", {"link": 10**30}, 400, "out of range"),
        ("approve", {"link": 999999}, 404, "no row"),
        ("approve", {"link": 1, "colour": "red"}, 400, "unknown field"),
        ("move_up", {"link": 2, "side": "left"}, 400, "must be one of src, tgt"),
        ("shift", {"link": 2, "side": "src", "direction": "sideways"}, 400, "must be one of up, down"),
        ("status", {"links": [], "status": "approved"}, 400, "non-empty list"),
        ("status", {"links": [1], "status": "done"}, 400, "must be one of"),
        ("edit", {"edits": [{"segment": 1, "text": "x" * 10_001}]}, 400, "at most 10000 characters"),
        ("edit", {"edits": [{"segment": 1, "text": ""}]}, 400, "cannot be empty"),
        ("edit", {"edits": "nope"}, 400, "non-empty list"),
        ("split", {"segment": 1, "offset": 500}, 400, "split point"),
        ("replace", {"find": "(", "replacement": "", "regex": True}, 400, "invalid regular expression"),
        ("teleport", {}, 404, "no action 'teleport'"),
    ],
)
def test_bad_input_is_a_4xx_with_a_message(
    served: tuple[Page, Store, int], action: str, body: dict[str, Any], status: int, message: str
) -> None:
    page, _, _ = served
    res = page.post(action, **body)
    assert res.status_code == status, res.text
    assert message in res.json()["error"]


def test_malformed_json_and_non_object_bodies_are_refused(served: tuple[Page, Store, int]) -> None:
    page, _, _ = served
    res = page.client.post("/api/actions/approve", content=b"{not json", headers=page.headers)
    assert res.status_code == 400 and "not valid JSON" in res.json()["error"]
    res = page.client.post("/api/actions/approve", json=[1, 2], headers=page.headers)
    assert res.status_code == 400 and "JSON object" in res.json()["error"]


def test_writes_need_the_token_and_the_same_origin(served: tuple[Page, Store, int]) -> None:
    page, store, pid = served
    link = store.links(pid)[0].id
    client = page.client
    no_token = client.post("/api/actions/approve", json={"link": link}, headers={"Origin": BASE})
    assert no_token.status_code == 403 and "token" in no_token.json()["error"]
    wrong = client.post("/api/actions/approve", json={"link": link}, headers={"X-Workbench-Token": "guess"})
    assert wrong.status_code == 403
    evil = client.post(
        "/api/actions/approve",
        json={"link": link},
        headers={"X-Workbench-Token": page.session.token, "Origin": "http://evil.example"},
    )
    assert evil.status_code == 403 and "cross-origin" in evil.json()["error"]
    rebound = client.post(
        "/api/actions/approve",
        json={"link": link},
        headers={"X-Workbench-Token": page.session.token, "Host": "evil.example"},
    )
    assert rebound.status_code == 403
    assert client.get("/api/state").status_code == 403
    assert store.link(link or 0).status == LinkStatus.PROPOSED
    # The token may also come in the URL, as in the address `workbench review` prints.
    ok = client.post(f"/api/actions/approve?token={page.session.token}", json={"link": link})
    assert ok.status_code == 200


def test_the_page_and_its_assets_are_served_locally(served: tuple[Page, Store, int]) -> None:
    page, _, _ = served
    html = page.client.get("/")
    assert html.status_code == 200 and "/static/app.js" in html.text
    assert "script-src 'self'" in html.headers["content-security-policy"]
    assert "http" not in html.text.replace('href="#"', "")  # no CDN, nothing fetched from elsewhere
    for asset in ("app.js", "style.css"):
        res = page.client.get(f"/static/{asset}")
        assert res.status_code == 200 and "http://" not in res.text and "https://" not in res.text


def test_the_openapi_description_covers_every_action(served: tuple[Page, Store, int]) -> None:
    page, _, _ = served
    spec = page.client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    for name in ACTIONS:
        op = spec["paths"][f"/api/actions/{name}"]["post"]
        assert "409" in op["responses"] and op["summary"]
    edit = spec["paths"]["/api/actions/edit"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert edit["required"] == ["edits"]


def test_export_from_the_page(served: tuple[Page, Store, int]) -> None:
    page, _, _ = served
    bad = page.client.get("/api/export?format=doc", headers=page.headers)
    assert bad.status_code == 400 and "unknown export format" in bad.json()["error"]
    res = page.client.get("/api/export?format=tmx&unreviewed=1", headers=page.headers)
    assert res.status_code == 200, res.text
    assert "<tmx" in res.text and "Geneva, 14 March 2024" in res.text
    assert res.headers["content-type"].startswith("application/x-tmx+xml")
    assert res.headers["content-disposition"].endswith('.tmx"')


def test_the_latest_project_is_reviewed_by_default(tmp_path: Path) -> None:
    store = Store.open_workspace(tmp_path / "ws")
    with pytest.raises(NotFoundError, match="no projects yet"):
        open_session(store)
    example_project(store, "older")
    newer = example_project(store, "newer")
    assert open_session(store).project_id == newer.id


def test_the_hand_split_example_is_the_bundled_letter_word_for_word() -> None:
    import re

    from review_example import ENGLISH, FRENCH

    examples = Path(__file__).resolve().parent.parent / "examples"
    for name, paragraphs in (("lettre-fr.txt", FRENCH), ("letter-en.txt", ENGLISH)):
        raw = (examples / name).read_text(encoding="utf-8")
        flat = " ".join(re.sub(r"-\n\s*", "", raw).split())
        for sentence in (s for p in paragraphs for s in p):
            assert sentence in flat, f"{sentence!r} is not in examples/{name}"
