// workbench review page: a virtualised list of alignment rows driven by the keyboard.
// Every change goes through the JSON API as one undoable action; the server is the source of truth.
"use strict";

const TOKEN = new URLSearchParams(location.search).get("token") || "";
// The words for each status come with the state (workbench.triage), so the page says what the CLI says.
let STATUS_LABEL = { proposed: "proposed", approved: "approved", edited: "edited", needs_review: "needs review", rejected: "excluded" };
const SIDE_NAME = { src: "French", tgt: "English" };
// Where a row's draft came from (the server's `origin.kind`): the badge's words.
const ORIGIN_BADGE = { memory: "memory 100%", "memory-numbers": "memory 100% #", model: "model" };

const S = {
  rows: [], byId: new Map(), cur: 0, side: "src", version: 0, canUndo: false, canRedo: false,
  heights: new Map(), prefix: new Float64Array(1), editing: null, queue: Promise.resolve(),
  matches: null, aside: [], asideAt: new Map(), owner: { src: new Map(), tgt: new Map() },
  threshold: 0.5, follow: false, approveNext: false,
};
window.__review = S; // for tests and the benchmark

const $ = (id) => document.getElementById(id);
const list = $("list"), rowsEl = $("rows"), padTop = $("pad-top"), padBottom = $("pad-bottom");

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text; // text only: never HTML
  return e;
}

// ---- actions table: one key and one button each -------------------------------------------
const CMDS = [
  { id: "next", keys: ["j", "ArrowDown"], label: "Next row", run: () => go(S.cur + 1) },
  { id: "prev", keys: ["k", "ArrowUp"], label: "Previous row", run: () => go(S.cur - 1) },
  { id: "left", keys: ["h", "ArrowLeft"], label: "French side", run: () => setSide("src") },
  { id: "right", keys: ["l", "ArrowRight"], label: "English side", run: () => setSide("tgt") },
  { id: "top", keys: ["g", "Home"], label: "First row", run: () => go(0) },
  { id: "bottom", keys: ["G", "End"], label: "Last row", run: () => go(S.rows.length - 1) },
  { id: "approve", keys: ["a"], label: "Approve (with “approve and go on” set: then the next undecided row)", button: "✓ Approve", run: approve },
  { id: "approve_above", keys: ["A"], label: "Approve all rows down to this one", button: "✓↑ Approve above", run: () => rowAct("approve_above") },
  { id: "needs_review", keys: ["r"], label: "Mark needs review (toggle)", button: "? Needs review", run: () => toggleStatus("needs_review") },
  { id: "exclude", keys: ["x"], label: "Exclude from export (toggle)", button: "⊘ Exclude", run: () => toggleStatus("rejected") },
  { id: "bookmark", keys: ["b"], label: "Bookmark (toggle)", button: "★ Bookmark", run: () => { const r = row(); if (r) send("bookmark", { link: r.id, on: !r.bookmark }); } },
  { id: "take_memory", keys: ["t"], label: "Take the fuzzy memory match into the English (the row then needs review)", button: "⇥ Take memory match", run: takeMemory },
  { id: "edit", keys: ["Enter", "e"], label: "Edit text (Enter saves, Esc cancels, Tab saves and opens next)", button: "✎ Edit", run: () => startEdit(false) },
  { id: "split", keys: ["s"], label: "Split a sentence at the caret (Enter splits)", button: "✂ Split", run: () => startEdit(true) },
  { id: "join", keys: ["J"], label: "Join sentence with the next one", button: "⊕ Join sentences", run: joinSentences },
  { id: "move_up", keys: ["u"], label: "Move first sentence up", button: "⤒ Move up", run: () => sideAct("move_up") },
  { id: "move_down", keys: ["d"], label: "Move last sentence down", button: "⤓ Move down", run: () => sideAct("move_down") },
  { id: "shift_up", keys: ["U"], label: "Shift whole side up", button: "⇑ Shift up", run: () => sideAct("shift", { direction: "up" }) },
  { id: "shift_down", keys: ["D"], label: "Shift whole side down", button: "⇓ Shift down", run: () => sideAct("shift", { direction: "down" }) },
  { id: "insert_empty", keys: ["i"], label: "Insert empty cell (push side down: 1:0 + 0:1)", button: "⊔ Insert empty", run: () => sideAct("insert_empty") },
  { id: "merge_rows", keys: ["m"], label: "Merge with next row", button: "⇊ Merge rows", run: () => rowAct("merge_rows") },
  { id: "jump_next", keys: ["n"], label: "Next problem (kind chosen with 1–6)", button: "→ Next problem", run: () => jump(1) },
  { id: "jump_prev", keys: ["N", "p"], label: "Previous problem", run: () => jump(-1) },
  { id: "kind1", keys: ["1"], label: "Jump to: undecided (proposed or needs review)", run: () => setKind(0) },
  { id: "kind2", keys: ["2"], label: "Jump to: doubtful (below the project's threshold, or unaligned)", run: () => setKind(1) },
  { id: "kind3", keys: ["3"], label: "Jump to: rows with warnings (length, numbers, empty, draft checks)", run: () => setKind(2) },
  { id: "kind4", keys: ["4"], label: "Jump to: non-1:1", run: () => setKind(3) },
  { id: "kind5", keys: ["5"], label: "Jump to: bookmarked", run: () => setKind(4) },
  { id: "kind6", keys: ["6"], label: "Jump to: marked needs review", run: () => setKind(5) },
  { id: "search", keys: ["/"], label: "Search (Enter: next match, Esc: back)", run: () => { $("search").focus(); $("search").select(); } },
  { id: "realign", keys: ["R"], label: "Re-align the rest: the aligner redoes every row between approved ones (changed rows are marked; Ctrl+Z undoes)", button: "⟲ Re-align the rest", run: realignRest },
  { id: "undo", keys: ["Ctrl+z"], label: "Undo", button: "↶ Undo", run: () => send("undo", {}) },
  { id: "redo", keys: ["Ctrl+Z", "Ctrl+y"], label: "Redo", button: "↷ Redo", run: () => send("redo", {}) },
  { id: "export", keys: ["E"], label: "Export", button: "↧ Export", run: openExport },
  { id: "settings", keys: [","], label: "Settings: rebind keys, auto-confirm, approve and go on", run: openSettings },
  { id: "help", keys: ["?"], label: "Show / hide this help", run: toggleHelp },
];
const DEFAULT_KEYS = Object.fromEntries(CMDS.map((c) => [c.id, c.keys.slice()]));
const KEYMAP = new Map();
function rebuildKeymap() {
  KEYMAP.clear();
  for (const c of CMDS) for (const k of c.keys) KEYMAP.set(k, c);
  for (const b of document.querySelectorAll("#toolbar button")) {
    const c = CMDS.find((x) => x.id === b.dataset.cmd);
    if (c) b.title = `${c.label} (${c.keys.map(keyLabel).join(" / ")})`;
  }
}
function loadSettings() {
  // Key bindings and auto-confirm belong to the person, not the project: kept in this browser.
  try {
    const saved = JSON.parse(localStorage.getItem("workbench.keys") || "{}");
    for (const c of CMDS) if (Array.isArray(saved[c.id]) && saved[c.id].length) c.keys = saved[c.id].map(String);
    S.autoConfirm = localStorage.getItem("workbench.autoConfirm") === "1";
    S.approveNext = localStorage.getItem("workbench.approveNext") === "1";
  } catch (e) { /* storage unavailable: defaults */ }
  rebuildKeymap();
}
function saveSettings() {
  try {
    localStorage.setItem("workbench.keys", JSON.stringify(Object.fromEntries(CMDS.map((c) => [c.id, c.keys]))));
    localStorage.setItem("workbench.autoConfirm", S.autoConfirm ? "1" : "0");
    localStorage.setItem("workbench.approveNext", S.approveNext ? "1" : "0");
  } catch (e) { toast("this browser does not let the page keep settings", true); }
}

// ---- data -------------------------------------------------------------------------------------
function row(i = S.cur) { return S.rows[i]; }

async function api(path, opts = {}) {
  const headers = Object.assign({ "X-Workbench-Token": TOKEN }, opts.headers || {});
  const res = await fetch(path, Object.assign({}, opts, { headers }));
  let data = null;
  try { data = await res.json(); } catch (e) { data = { error: `the server answered ${res.status}` }; }
  return { ok: res.ok, status: res.status, data };
}

const FIRST_ROWS = 300;

function setState(data, keepId, keepView = false) {
  $("project-name").textContent = data.project.name;
  document.title = `${data.project.name} · workbench review`;
  S.version = data.version; S.canUndo = data.can_undo; S.canRedo = data.can_redo;
  S.rows = data.rows; S.byId = new Map(S.rows.map((r) => [r.id, r]));
  if (typeof data.project.threshold === "number") S.threshold = data.project.threshold;
  if (data.labels) STATUS_LABEL = Object.assign({}, STATUS_LABEL, data.labels);
  labelJumpKinds();
  // The rest of the rows arriving keeps the heights already measured: the view must not jump.
  if (!keepView) S.heights = new Map();
  S.complete = data.complete; S.total = data.total;
  S.aside = data.aside || [];
  S.owner = { src: new Map(), tgt: new Map() };
  if (S.aside.length) noteOwners(S.rows);
  const at = keepId != null ? S.rows.findIndex((r) => r.id === keepId) : -1;
  S.cur = at >= 0 ? at : Math.min(S.cur, Math.max(0, S.rows.length - 1));
  if (!keepView) S.follow = true; // first render, reload: the selected row is in view
  placeAside(); relayout(); render(); status(); hideConflict();
}

// ---- set-aside lines ---------------------------------------------------------------------------
// Page furniture and footnotes belong to no row: they are drawn greyed above the row holding the
// sentence that follows them in their document (below the one holding the sentence before them,
// at a document's end). They are not rows: j/k, n/N, search and every action never see them.
function noteOwners(rows) {
  // sentence id -> id of the row holding it, per side; kept up to date from each action's rows.
  for (const r of rows) for (const side of ["src", "tgt"]) for (const s of r[side]) S.owner[side].set(s.id, r.id);
}
function placeAside() {
  if (!S.aside.length && !S.asideAt.size) return;
  const owner = (side, seg) => {
    const id = seg != null ? S.owner[side].get(seg) : undefined;
    return id !== undefined && S.byId.has(id) ? id : undefined; // a deleted row holds nothing
  };
  let index = null;
  const at = new Map();
  const slot = (id, where) => {
    if (!at.has(id)) at.set(id, { above: { src: [], tgt: [] }, below: { src: [], tgt: [] } });
    return at.get(id)[where];
  };
  for (const a of S.aside) {
    const next = owner(a.side, a.before);
    const prev = next === undefined ? owner(a.side, a.after) : undefined;
    if (next !== undefined) slot(next, "above")[a.side].push(a);
    else if (prev !== undefined) {
      // Below a row is above the next one: both sides' lines then share one greyed block.
      if (!index) index = new Map(S.rows.map((r, i) => [r.id, i]));
      const following = S.rows[index.get(prev) + 1];
      if (following) slot(following.id, "above")[a.side].push(a);
      else slot(prev, "below")[a.side].push(a);
    }
  }
  // A row whose set-aside lines changed has a new height: measure it again.
  for (const id of new Set([...S.asideAt.keys(), ...at.keys()])) {
    if (asideKey(S.asideAt.get(id)) !== asideKey(at.get(id))) S.heights.delete(id);
  }
  S.asideAt = at;
}
function asideKey(p) {
  if (!p) return "";
  return ["above", "below"].map((w) => ["src", "tgt"].map((s) => p[w][s].map((a) => a.id).join(",")).join("|")).join("/");
}
function asideBlock(group, where) {
  if (!group.src.length && !group.tgt.length) return null;
  const block = el("div", `aside ${where}`);
  block.title = "Set aside by the reader (page furniture, footnotes): in no row, never aligned or exported";
  block.appendChild(el("div", "aside-mark", "set aside"));
  for (const side of ["src", "tgt"]) {
    const cell = el("div", `aside-cell ${side}`);
    for (const a of group[side]) {
      const item = el("span", `aside-item k-${a.kind}`);
      item.dataset.seg = a.id;
      if (a.why) item.title = a.page ? `page ${a.page}: ${a.why}` : a.why;
      item.append(el("span", "aside-kind", a.kind), el("span", "aside-text", a.text));
      cell.appendChild(item);
    }
    block.appendChild(cell);
  }
  return block;
}
function withAside(i, node) {
  // The row alone when nothing is set aside next to it (the usual case): the list stays as it was.
  const p = S.asideAt.get(S.rows[i].id);
  if (!p) return node;
  const above = asideBlock(p.above, "above"), below = asideBlock(p.below, "below");
  if (!above && !below) return node;
  const slot = el("div", "slot");
  slot.dataset.id = S.rows[i].id;
  if (above) slot.appendChild(above);
  slot.appendChild(node);
  if (below) slot.appendChild(below);
  return slot;
}
function asideLines(id) {
  const p = S.asideAt.get(id);
  if (!p) return 0;
  const lines = (g) => (g.src.length || g.tgt.length ? Math.max(1, Math.ceil(g.src.length / 2), Math.ceil(g.tgt.length / 2)) : 0);
  return lines(p.above) + lines(p.below);
}

async function load(keepId) {
  // The first screenful comes in a small request so the page is usable at once; the rest follows.
  const t0 = performance.now();
  const first = await api(`/api/state?limit=${FIRST_ROWS}`);
  if (!first.ok) { toast(first.data.error, true); return; }
  setState(first.data, keepId);
  S.timing = { firstMs: performance.now() - t0 };
  document.body.dataset.ready = "1";
  if (!first.data.complete) {
    // Through the action queue, so no action's answer can be overwritten by this older snapshot.
    S.queue = S.queue.then(async () => {
      const full = await api("/api/state");
      if (!full.ok) { toast(full.data.error, true); return; }
      // The row asked for may only exist in the full set; otherwise stay where the person is.
      const pending = keepId != null && !S.byId.has(keepId);
      const keep = pending ? keepId : row() ? row().id : null, top = list.scrollTop;
      setState(full.data, keep, !pending);
      if (!pending) list.scrollTop = top;
      render();
    });
    await S.queue;
  }
  S.timing.fullMs = performance.now() - t0;
  document.body.dataset.complete = "1";
}

function applyResult(data, selectChanged = false) {
  // Undo and redo select the row they changed (the first one, in document order), so it is seen.
  const changed = selectChanged && data.rows.length ? data.rows.reduce((a, b) => (b.pos < a.pos ? b : a)).id : null;
  const keep = changed != null ? changed : row() ? row().id : null;
  S.lastRows = data.rows.map((r) => r.id);
  S.version = data.version; S.canUndo = data.can_undo; S.canRedo = data.can_redo;
  let structural = data.deleted.length > 0;
  for (const r of data.rows) {
    const old = S.byId.get(r.id);
    if (!old || old.pos !== r.pos) structural = true;
    S.byId.set(r.id, r);
    S.heights.delete(r.id);
  }
  for (const id of data.deleted) { S.byId.delete(id); S.heights.delete(id); }
  if (structural) {
    S.rows = Array.from(S.byId.values()).sort((a, b) => a.pos - b.pos || a.id - b.id);
    const at = S.rows.findIndex((r) => r.id === keep);
    S.cur = at >= 0 ? at : Math.min(S.cur, S.rows.length - 1);
  } else {
    S.rows = S.rows.map((r) => S.byId.get(r.id));
    if (changed != null) S.cur = Math.max(0, S.rows.findIndex((r) => r.id === changed));
  }
  S.matches = null;
  if (S.aside.length) noteOwners(data.rows);
  S.follow = true; // an action, an undo or a redo: the row it leaves selected is in view
  placeAside(); relayout(); render(); status();
}

function send(name, body, quiet = false) {
  // As InterText does, auto-confirm makes an edit approve every undecided row above it: the
  // server does both in one step, so one undo takes both back.
  if (S.autoConfirm && (name === "edit" || name === "split")) body = Object.assign({ confirm_above: true }, body);
  // Actions run one after another so each carries the version the previous one produced.
  S.queue = S.queue.then(async () => {
    const { ok, status: code, data } = await api(`/api/actions/${name}`, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(Object.assign({ version: S.version }, body)),
    });
    if (!ok) {
      if (code === 409) showConflict(data.error); else if (!quiet) toast(data.error, true);
      return false;
    }
    applyResult(data, name === "undo" || name === "redo");
    if (!quiet) toast(data.message);
    return true;
  }).catch((e) => { toast(`could not reach the review server (${e.message}); nothing was saved`, true); return false; });
  return S.queue;
}

async function realignRest() {
  // The server answers with the rows it wrote: they stay marked until the next re-align or reload.
  toast("re-aligning the rows between approved ones…");
  const before = S.version;
  await send("realign", {});
  if (S.version !== before) S.changed = new Set(S.lastRows || []);
  render();
}

function rowAct(name, extra = {}) { const r = row(); if (r) return send(name, Object.assign({ link: r.id }, extra)); return Promise.resolve(false); }
function isUndecided(r) { return r.status === "proposed" || r.status === "needs_review"; }
async function approve() {
  // "Approve and go on" (Settings): once the row is approved, the next undecided row below is selected.
  const ok = await rowAct("approve");
  if (!ok || !S.approveNext) return;
  for (let i = S.cur + 1; i < S.rows.length; i++) if (isUndecided(S.rows[i])) { go(i); return; }
  toast("approved; no undecided row below this one");
}
function sideAct(name, extra = {}) { return rowAct(name, Object.assign({ side: S.side }, extra)); }
function takeMemory() {
  const r = row(); if (!r) return;
  if (!r.suggestion) { toast("this row has no fuzzy memory match to take", true); return; }
  return rowAct("take_memory");
}
function toggleStatus(st) { const r = row(); if (r) send("status", { links: [r.id], status: r.status === st ? "proposed" : st }); }
function joinSentences() {
  const r = row(); if (!r) return;
  const segs = r[S.side];
  if (!segs.length) { toast(`the ${SIDE_NAME[S.side]} side of this row is empty`, true); return; }
  send("merge_sentences", { segment: segs[0].id });
}

// ---- virtualised list ------------------------------------------------------------------------
function perLine() {
  const width = Math.max(200, (list.clientWidth - 230) / 2);
  return Math.max(20, Math.floor(width / 7.6));
}

function estimate(r, cpl) {
  // A guess from text length until the row has been drawn and measured once.
  let a = 0, b = 0;
  for (const s of r.src) a += Math.max(1, Math.ceil(s.text.length / cpl));
  for (const s of r.tgt) b += Math.max(1, Math.ceil(s.text.length / cpl));
  if (r.draft) a += Math.ceil(r.draft.length / cpl);
  if (r.suggestion) a += 1 + Math.ceil((r.suggestion.source.length + r.suggestion.target.length) / cpl);
  return Math.max(a, b, 1) * 21 + 18 + asideLines(r.id) * 24;
}

function relayout() {
  const n = S.rows.length, cpl = perLine();
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const r = S.rows[i];
    let h = S.heights.get(r.id);
    if (h === undefined) { h = estimate(r, cpl); S.heights.set(r.id, h); }
    prefix[i + 1] = prefix[i] + h;
  }
  S.prefix = prefix;
}

function indexAt(y) {
  let lo = 0, hi = S.rows.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (S.prefix[mid + 1] <= y) lo = mid + 1; else hi = mid; }
  return Math.min(lo, Math.max(0, S.rows.length - 1));
}

function render() {
  draw();
  // After a command the selected row must be on screen, however wrong the height estimates were.
  if (S.follow) { S.follow = false; revealCurrent(); }
}

function draw() {
  const n = S.rows.length;
  if (!n) { rowsEl.replaceChildren(el("p", "empty-list", "This project has no rows yet.")); return; }
  // Rows drawn for the first time replace their estimated heights by measured ones, which moves
  // everything below them: the window is worked out again until it covers the viewport as drawn.
  for (let pass = 0; pass < 3; pass++) {
    const [first, last] = windowRange();
    const nodes = [];
    for (let i = first; i <= last; i++) nodes.push(rowNode(i));
    padTop.style.height = `${S.prefix[first]}px`;
    placeNodes(nodes);
    padBottom.style.height = `${S.prefix[n] - S.prefix[last + 1]}px`;
    S.range = [first, last];
    let changed = false;
    for (const node of rowsEl.children) {
      const id = Number(node.dataset.id), h = node.offsetHeight;
      if (h && S.heights.get(id) !== h) { S.heights.set(id, h); changed = true; }
    }
    if (!changed) return;
    relayout();
    padTop.style.height = `${S.prefix[first]}px`;
    padBottom.style.height = `${S.prefix[n] - S.prefix[last + 1]}px`;
    const [f2, l2] = windowRange();
    if (f2 === first && l2 === last) return;
  }
}

function windowRange() {
  const n = S.rows.length, top = list.scrollTop, vh = list.clientHeight || 800;
  let first = Math.max(0, indexAt(top) - 4);
  let last = Math.min(n - 1, indexAt(top + vh) + 4);
  // The row being edited stays drawn (a detached editor loses the keyboard) unless it is far away.
  const e = S.editing ? S.rows.findIndex((r) => r.id === S.editing.id) : -1;
  if (e >= 0 && e < first && first - e < 200) first = e;
  if (e > last && e - last < 200) last = e;
  return [first, last];
}

function rowNode(i) {
  const ed = S.editing;
  if (ed && ed.id === S.rows[i].id && ed.node) {
    // The editor's own element is reused, never rebuilt: rebuilding it would drop the caret.
    const top = ed.node.parentNode && ed.node.parentNode.classList.contains("slot") ? ed.node.parentNode : null;
    return top && top.parentNode === rowsEl ? top : withAside(i, ed.node);
  }
  return withAside(i, renderRow(i));
}

function placeNodes(nodes) {
  // The row holding a focused editor is left where it is and the others are put around it:
  // moving a focused textarea in the document, even back to the same place, takes its focus away.
  const keep = S.editing ? nodes.find((x) => x.parentNode === rowsEl && x.contains(S.editing.node)) : null;
  if (!keep) { rowsEl.replaceChildren(...nodes); return; }
  for (const child of [...rowsEl.children]) if (child !== keep) child.remove();
  const at = nodes.indexOf(keep);
  keep.before(...nodes.slice(0, at));
  keep.after(...nodes.slice(at + 1));
}

// ---- keeping the selected row in view ---------------------------------------------------------
// Heights are estimates until a row has been drawn, so a scroll position computed from them alone
// misses the row after a long jump (G, End, n, an undo far away). Instead the row is drawn, its
// real box measured against the list's viewport, and the list scrolled by the difference, until
// the box lies inside. A row taller than the viewport shows its start. The bottom margin keeps
// the row clear of the message that follows each action (#toast).
const MARGIN_TOP = 8, MARGIN_BOTTOM = 64;
function currentBox() {
  const r = row();
  const node = r ? rowsEl.querySelector(`.row[data-id="${r.id}"]`) : null;
  if (!node) return null;
  // With the set-aside lines drawn above or below it when they fit too.
  const slot = node.parentNode && node.parentNode.classList.contains("slot") ? node.parentNode : null;
  const view = list.getBoundingClientRect();
  const box = (x) => { const b = x.getBoundingClientRect(); return { top: b.top - view.top, bottom: b.bottom - view.top }; };
  const own = box(node);
  if (slot) { const whole = box(slot); if (whole.bottom - whole.top <= list.clientHeight - MARGIN_TOP - MARGIN_BOTTOM) return whole; }
  return own;
}
function revealCurrent() {
  if (!S.rows.length) return;
  for (let pass = 0; pass < 8; pass++) {
    const box = currentBox();
    const before = list.scrollTop, vh = list.clientHeight;
    if (!box) {
      // Not drawn: go where the estimates put it, draw, and measure on the next pass.
      list.scrollTop = Math.max(0, S.prefix[S.cur] - vh / 3);
      draw();
      continue;
    }
    let delta = 0;
    if (box.top < MARGIN_TOP || box.bottom - box.top > vh - MARGIN_TOP - MARGIN_BOTTOM) delta = box.top - MARGIN_TOP;
    else if (box.bottom > vh - MARGIN_BOTTOM) delta = box.bottom - (vh - MARGIN_BOTTOM);
    if (Math.abs(delta) < 1) return;
    list.scrollTop = before + delta;
    if (Math.abs(list.scrollTop - before) < 1) return; // at the very top or bottom already
    draw();
  }
}

function isUnaligned(r) { return !r.src.length || !r.tgt.length; }
function isDoubtful(r) {
  // workbench.triage: proposed, and below the project's threshold, unscored, or unaligned.
  return r.status === "proposed" && !(r.score !== null && r.score >= S.threshold && !isUnaligned(r));
}
function confColour(r) {
  if (r.score === null || r.score === undefined) return "var(--muted-bar)";
  const s = Math.max(0, Math.min(1, r.score)), t = S.threshold;
  // An unaligned sentence is never "safe", whatever its score: the colour of the threshold's edge.
  if (isUnaligned(r)) return "hsl(32, 80%, 46%)";
  // Below the threshold: red to orange (doubtful); from it: yellow to green (confident).
  if (s < t) return `hsl(${Math.round((t > 0 ? s / t : 0) * 32)}, 70%, 48%)`;
  const hue = Math.round(50 + (t < 1 ? (s - t) / (1 - t) : 1) * 70);
  return `hsl(${hue}, 62%, ${hue < 80 ? 42 : 36}%)`;
}

function paraBreak(i) {
  if (i === 0) return false;
  const prev = S.rows[i - 1], r = S.rows[i];
  const a = prev.src.length ? prev.src[prev.src.length - 1].para : null;
  const b = r.src.length ? r.src[0].para : null;
  return a !== null && b !== null && a !== b;
}

function renderSide(r, side) {
  const cell = el("div", `cell ${side}`);
  cell.dataset.side = side;
  if (!r[side].length) cell.appendChild(el("span", "placeholder", "— empty —"));
  const hl = S.highlight && (S.highlight.side === "both" || S.highlight.side === side) ? S.highlight.re : null;
  for (const s of r[side]) {
    const seg = el("span", "seg");
    appendMarked(seg, s.text, hl);
    seg.dataset.seg = s.id;
    cell.appendChild(seg);
    cell.appendChild(document.createTextNode(" "));
  }
  if (side === "src" && r.draft) cell.appendChild(el("div", "draft", r.draft));
  if (side === "src" && r.suggestion) cell.appendChild(suggestionBlock(r));
  return cell;
}

// ---- the translation memory's fuzzy match ----------------------------------------------------
// Shown under the draft: its score and origin, the memory's French with the words that differ
// from this row's French marked, and its English, which the take_memory key puts into the row.
function keyOf(id) { const c = CMDS.find((x) => x.id === id); return c && c.keys.length ? keyLabel(c.keys[0]) : ""; }
function wordDiff(memory, current) {
  // The memory's words, each marked when it is not part of the longest common word sequence.
  const norm = (w) => w.toLowerCase().replace(/[’‘ʼ]/g, "'").replace(/[«»“”]/g, '"');
  const parts = memory.split(/(\s+)/), words = [], at = [];
  parts.forEach((t, i) => { if (t && !/^\s+$/.test(t)) { words.push(norm(t)); at.push(i); } });
  const other = current.split(/\s+/).filter(Boolean).map(norm);
  const n = words.length, m = other.length;
  if (n > 400 || m > 400) return parts.map((t) => ({ text: t, diff: false }));
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = words[i] === other[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const same = new Set();
  for (let i = 0, j = 0; i < n && j < m;) {
    if (words[i] === other[j]) { same.add(at[i]); i++; j++; } else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++; else j++;
  }
  return parts.map((t, k) => ({ text: t, diff: !!t && !/^\s+$/.test(t) && !same.has(k) }));
}
function suggestionBlock(r) {
  const sg = r.suggestion;
  const taken = r.tgt.length === 1 && r.tgt[0].text === sg.target;
  const box = el("div", `tm${taken ? " taken" : ""}`);
  box.title = `Fuzzy match from the translation memory (${sg.origin}): marked words differ from this row's French`;
  const head = el("div", "tm-head");
  head.append(el("span", "tm-score", `memory ${Math.floor(sg.score)}%`), el("span", "tm-origin", sg.origin));
  head.appendChild(el("span", "tm-key", taken ? "taken: check the marked words" : `${keyOf("take_memory")} takes it`));
  const src = el("div", "tm-src");
  for (const part of wordDiff(sg.source, r.src.map((s) => s.text).join(" "))) {
    src.appendChild(part.diff ? el("span", "tm-diff", part.text) : document.createTextNode(part.text));
  }
  box.append(head, src, el("div", "tm-tgt", sg.target));
  return box;
}

function appendMarked(node, text, re) {
  // Search hits wrapped in <mark>, built from text nodes: the sentence is never parsed as HTML.
  if (!re) { node.textContent = text; return; }
  let last = 0;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (!m[0]) break;
    if (m.index > last) node.appendChild(document.createTextNode(text.slice(last, m.index)));
    node.appendChild(el("mark", null, m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) node.appendChild(document.createTextNode(text.slice(last)));
}

function renderRow(i) {
  const r = S.rows[i];
  const node = el("div", `row st-${r.status}`);
  node.dataset.id = r.id; node.dataset.i = i;
  if (i === S.cur) node.classList.add("current", `on-${S.side}`);
  if (paraBreak(i)) node.classList.add("pbreak");
  if (S.changed && S.changed.has(r.id)) { node.classList.add("changed"); node.title = "changed by the last re-align"; }
  const conf = el("div", "conf", r.score === null ? "—" : r.score.toFixed(2));
  conf.style.setProperty("--c", confColour(r));
  if (r.score !== null && !isUnaligned(r) && r.score >= S.threshold && r.score < S.threshold + (1 - S.threshold) * 0.45) conf.classList.add("dark-ink"); // yellows need dark text
  if (isUnaligned(r) && r.score !== null) conf.classList.add("unaligned");
  conf.title = r.score === null ? "no aligner confidence (set by a person)"
    : isUnaligned(r) ? `unaligned: the aligner found no counterpart (${r.score.toFixed(2)}); unaligned rows are always doubtful`
    : `aligner confidence ${r.score.toFixed(2)}: ${r.score >= S.threshold ? "confident" : "doubtful"} (project threshold ${S.threshold})`;
  node.append(conf, renderSide(r, "src"), renderSide(r, "tgt"));
  const meta = el("div", "meta");
  meta.appendChild(el("span", `badge b-${r.status}`, STATUS_LABEL[r.status] || r.status));
  if (r.origin) {
    const o = el("span", `origin o-${r.origin.kind}`, ORIGIN_BADGE[r.origin.kind] || r.origin.label);
    o.title = `draft: ${r.origin.label}${r.origin.name ? ` — from ${r.origin.name}` : ""}`;
    meta.appendChild(o);
  }
  if (r.kind !== "1:1") meta.appendChild(el("span", "kind", r.kind));
  for (const f of r.flags) { const fl = el("span", `flag f-${f.code}`, f.code.replace(/^draft-/, "draft: ").replace(/_/g, " ")); fl.title = f.reason; meta.appendChild(fl); }
  if (r.bookmark) { const b = el("span", "bm", "★"); b.title = "bookmarked"; meta.appendChild(b); }
  node.appendChild(meta);
  node.addEventListener("mousedown", (ev) => {
    if (S.editing) return;
    const cell = ev.target.closest(".cell");
    S.cur = i; if (cell) S.side = cell.dataset.side;
    render(); status();
  });
  return node;
}

function go(i) {
  if (!S.rows.length) return;
  S.cur = Math.max(0, Math.min(S.rows.length - 1, i));
  S.follow = true; render(); status();
}
function setSide(side) { S.side = side; S.follow = true; render(); status(); }

let scrollPending = false;
list.addEventListener("scroll", () => {
  if (scrollPending) return;
  scrollPending = true;
  requestAnimationFrame(() => { scrollPending = false; render(); });
});
window.addEventListener("resize", () => { S.heights = new Map(); relayout(); S.follow = true; render(); });

// ---- status bar ------------------------------------------------------------------------------
function status() {
  const counts = { approved: 0, edited: 0, needs_review: 0, rejected: 0, proposed: 0 };
  for (const r of S.rows) counts[r.status] = (counts[r.status] || 0) + 1;
  const n = S.rows.length || 1;
  const bar = $("statusbar");
  bar.replaceChildren();
  const pct = (k) => `${Math.round((100 * counts[k]) / n)}%`;
  const add = (cls, label, k) => { const s = el("span", `count c-${cls}`, `${label} ${counts[k]} · ${pct(k)}`); bar.appendChild(s); };
  for (const k of ["approved", "edited", "needs_review", "rejected", "proposed"]) add(k, STATUS_LABEL[k] || k, k);
  const loading = S.complete === false ? ` (loading ${S.total})` : "";
  const reviewed = counts.approved + counts.edited + counts.rejected;
  bar.appendChild(el("span", "count c-reviewed", `reviewed ${Math.round((100 * reviewed) / n)}%`));
  // What is left to look at: proposed rows the aligner is not sure of (as `workbench run` counts them).
  const doubtful = S.rows.filter(isDoubtful).length;
  const chip = el("span", `count c-doubtful${doubtful ? "" : " none"}`, `doubtful ${doubtful}`);
  chip.title = `Proposed rows scoring below the project's threshold (${S.threshold}) or unaligned, still to decide; ${keyOf("kind2")} then ${keyOf("jump_next")} goes through them`;
  bar.appendChild(chip);
  const fromMemory = S.rows.filter((r) => r.origin && r.origin.kind !== "model").length;
  const fuzzy = S.rows.filter((r) => r.suggestion).length;
  if (fromMemory || fuzzy) {
    const chip = el("span", "count c-memory", `memory ${fromMemory}${fuzzy ? ` · fuzzy ${fuzzy}` : ""}`);
    chip.title = `${fromMemory} drafts from the translation memory; ${fuzzy} rows with a fuzzy match to compare (filter: search bar)`;
    bar.appendChild(chip);
  }
  if (S.aside.length) {
    const kinds = {};
    for (const a of S.aside) kinds[a.kind] = (kinds[a.kind] || 0) + 1;
    const chip = el("span", "count c-aside", `set aside ${S.aside.length}`);
    chip.title = `In no row, greyed between the rows: ${Object.entries(kinds).map(([k, v]) => `${v} ${k}`).join(", ")}`;
    bar.appendChild(chip);
  }
  const pos = el("span", "where", `row ${S.rows.length ? S.cur + 1 : 0} / ${S.rows.length}${loading} · ${SIDE_NAME[S.side]} · v${S.version}`);
  bar.appendChild(pos);
  for (const b of document.querySelectorAll("#toolbar button")) {
    if (b.dataset.cmd === "undo") b.disabled = !S.canUndo;
    if (b.dataset.cmd === "redo") b.disabled = !S.canRedo;
  }
  $("col-src").classList.toggle("active", S.side === "src");
  $("col-tgt").classList.toggle("active", S.side === "tgt");
}

let toastTimer = 0;
function toast(msg, bad = false) {
  const t = $("toast");
  t.textContent = msg; t.hidden = false; t.classList.toggle("bad", bad);
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.hidden = true; }, bad ? 6000 : 1800);
}
function showConflict(msg) { $("conflict-text").textContent = `Another tab or window changed this project, so your last action was not saved: ${msg}.`; $("conflict").hidden = false; }
function hideConflict() { $("conflict").hidden = true; }

// ---- inline editing --------------------------------------------------------------------------
function startEdit(splitMode) {
  const r = row(); if (!r) return;
  const segs = r[S.side];
  if (!segs.length) { toast(`the ${SIDE_NAME[S.side]} side of this row is empty: nothing to edit`, true); return; }
  S.follow = true; render(); // the row is drawn and on screen before its editor opens
  const node = rowsEl.querySelector(`.row[data-id="${r.id}"]`);
  if (!node) return;
  const cell = node.querySelector(`.cell.${S.side}`);
  cell.replaceChildren();
  cell.classList.add("editing");
  const areas = [];
  for (const s of segs) {
    const ta = el("textarea", "editor");
    ta.value = s.text; ta.dataset.seg = s.id; ta.rows = 1;
    ta.spellcheck = true;
    ta.lang = S.side === "src" ? "fr" : "en";
    ta.addEventListener("keydown", editKey);
    ta.addEventListener("input", () => { fitEditor(ta); S.heights.delete(r.id); });
    cell.appendChild(ta); areas.push(ta);
  }
  cell.appendChild(el("div", "hint", splitMode ? "Place the caret and press Enter to split · Esc cancels" : "Enter saves · Tab saves and opens the next row · Alt+Enter splits at the caret · Esc cancels"));
  S.editing = { id: r.id, node, areas, splitMode, side: S.side };
  for (const ta of areas) fitEditor(ta);
  // Edit puts the caret after the last word, split before the first (to be moved to the cut);
  // either way the sentence shows from its start.
  const ta = areas[0], at = splitMode ? 0 : ta.value.length;
  ta.focus({ preventScroll: true });
  ta.setSelectionRange(at, at);
  ta.scrollTop = 0;
  S.heights.delete(r.id); relayout();
  S.follow = true; render();
}

function fitEditor(ta) {
  // As tall as its text: a long sentence is read whole, never scrolled inside a small box.
  ta.style.height = "auto";
  ta.style.height = `${ta.scrollHeight + 2}px`;
}

function editorHasFocus() {
  return !!S.editing && S.editing.areas.includes(document.activeElement);
}
function refocusEditor() {
  // The editor lost the keyboard (a click elsewhere, its row scrolled far away): give it back,
  // caret where it was, and show the row again.
  const ed = S.editing; if (!ed) return;
  const i = S.rows.findIndex((r) => r.id === ed.id);
  if (i >= 0) S.cur = i;
  S.follow = true; render();
  const ta = ed.areas.find((a) => a.isConnected);
  if (ta) ta.focus({ preventScroll: true });
}

function stopEdit() { S.editing = null; S.follow = true; render(); list.focus({ preventScroll: true }); }

async function saveEdit() {
  const ed = S.editing; if (!ed) return true;
  const r = S.byId.get(ed.id);
  const edits = [];
  for (const ta of ed.areas) {
    const id = Number(ta.dataset.seg);
    const before = r[ed.side].find((s) => s.id === id);
    if (before && ta.value !== before.text) edits.push({ segment: id, text: ta.value });
  }
  stopEdit();
  if (!edits.length) return true;
  return send("edit", { edits });
}

function editKey(ev) {
  const ed = S.editing; if (!ed) return;
  const ta = ev.target;
  ev.stopPropagation();
  if (ev.key === "Escape") { ev.preventDefault(); stopEdit(); return; }
  if (ev.key === "Enter" && (ed.splitMode || ev.altKey)) {
    ev.preventDefault();
    const seg = Number(ta.dataset.seg), offset = ta.selectionStart;
    const original = S.byId.get(ed.id)[ed.side].find((s) => s.id === seg);
    const body = { segment: seg, offset };
    if (original && ta.value !== original.text) body.text = ta.value;
    stopEdit();
    send("split", body);
    return;
  }
  if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); saveEdit(); return; }
  if (ev.key === "Tab" && !ev.shiftKey) {
    const i = ed.areas.indexOf(ta);
    if (i < ed.areas.length - 1) return; // move between this row's sentences first
    ev.preventDefault();
    const side = ed.side;
    const last = S.cur + 1 >= S.rows.length;
    saveEdit().then(() => { if (last) return; S.side = side; go(S.cur + 1); startEdit(false); });
  }
}

// ---- jumps and search ------------------------------------------------------------------------
const KINDS = ["unreviewed", "doubtful", "warnings", "non11", "bookmarked", "needs_review"];
function setKind(i) { $("jump-kind").value = KINDS[i]; toast(`n jumps to the next ${$("jump-kind").selectedOptions[0].textContent.slice(2)} row`); }
function labelJumpKinds() {
  const o = $("jump-kind").querySelector('option[value="doubtful"]');
  if (o) o.textContent = `2 doubtful (< ${S.threshold})`;
}
function isProblem(r, kind) {
  switch (kind) {
    case "unreviewed": return isUndecided(r);
    case "doubtful": return isDoubtful(r);
    case "warnings": return r.flags.length > 0;
    case "non11": return r.kind !== "1:1";
    case "bookmarked": return r.bookmark;
    case "needs_review": return r.status === "needs_review";
  }
  return false;
}
function jump(dir) {
  const kind = $("jump-kind").value, n = S.rows.length;
  for (let k = 1; k <= n; k++) {
    const i = S.cur + dir * k;
    if (i < 0 || i >= n) break;
    if (isProblem(S.rows[i], kind)) { go(i); return; }
  }
  toast(`no ${dir > 0 ? "further" : "earlier"} ${$("jump-kind").selectedOptions[0].textContent.slice(2)} row`);
}

function matcher() {
  const q = $("search").value, regex = $("search-regex").checked;
  if (!q) return null;
  if (regex) {
    try { const re = new RegExp(q, "i"); return (t) => re.test(t); } catch (e) { toast(`invalid regular expression: ${e.message}`, true); return undefined; }
  }
  const low = q.toLowerCase();
  return (t) => t.toLowerCase().includes(low);
}
function rowMatches(r, test, side, filter) {
  if (filter === "empty" && r.src.length && r.tgt.length) return false;
  if (filter === "non11" && r.kind === "1:1") return false;
  if (filter === "o-memory" && !(r.origin && r.origin.kind !== "model")) return false;
  if (filter === "o-numbers" && !(r.origin && r.origin.kind === "memory-numbers")) return false;
  if (filter === "o-model" && !(r.origin && r.origin.kind === "model")) return false;
  if (filter === "o-fuzzy" && !r.suggestion) return false;
  if (!test) return true;
  const sides = side === "both" ? ["src", "tgt"] : [side];
  return sides.some((s) => r[s].some((x) => test(x.text)));
}
function searchNext(dir = 1) {
  const test = matcher();
  if (test === undefined) return;
  const side = $("search-side").value, filter = $("search-filter").value;
  const q = $("search").value;
  S.highlight = q ? { side, re: new RegExp($("search-regex").checked ? q : q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi") } : null;
  if (!test && !filter) { $("search-count").textContent = ""; return; }
  const hits = [];
  for (let i = 0; i < S.rows.length; i++) if (rowMatches(S.rows[i], test, side, filter)) hits.push(i);
  if (!hits.length) { $("search-count").textContent = "no match"; return; }
  let pick = dir > 0 ? hits.find((i) => i > S.cur) : [...hits].reverse().find((i) => i < S.cur);
  if (pick === undefined) pick = dir > 0 ? hits[0] : hits[hits.length - 1];
  $("search-count").textContent = `${hits.indexOf(pick) + 1} / ${hits.length}`;
  go(pick);
}
$("search").addEventListener("keydown", (ev) => {
  if (ev.key === "Enter") { ev.preventDefault(); searchNext(ev.shiftKey ? -1 : 1); }
  if (ev.key === "Escape") { ev.preventDefault(); list.focus(); }
});
$("search-filter").addEventListener("change", () => searchNext(1));
$("replace-all").addEventListener("click", () => {
  const find = $("search").value;
  if (!find) { toast("type what to search for first", true); return; }
  const side = $("search-side").value, filter = $("search-filter").value;
  const args = { find, replacement: $("replace").value, regex: $("search-regex").checked, sides: side === "both" ? ["src", "tgt"] : [side] };
  if (filter) {  // only the rows the filter shows
    args.links = S.rows.filter((r) => rowMatches(r, null, side, filter)).map((r) => r.id);
    if (!args.links.length) { toast("no row matches the filter: nothing to replace", true); return; }
  }
  send("replace", args);
});
$("jump-kind").addEventListener("change", () => list.focus());

// ---- overlays --------------------------------------------------------------------------------
function toggleHelp() {
  const h = $("help");
  if (h.hidden) {
    const t = $("help-table"); t.replaceChildren();
    for (const c of CMDS) {
      const keys = el("div", "keys");
      for (const k of c.keys) keys.appendChild(el("kbd", null, keyLabel(k)));
      t.append(keys, el("div", "what", c.label));
    }
    h.hidden = false;
  } else { h.hidden = true; list.focus(); }
}
function keyLabel(k) { return k.replace("Arrow", "").replace("Ctrl+Z", "Ctrl+Shift+Z").replace(" ", "Space"); }

let capturing = null;
function openSettings() {
  const box = $("settings-keys"); box.replaceChildren();
  for (const c of CMDS) {
    const b = el("button", "keybtn", c.keys.map(keyLabel).join(" / "));
    b.title = "Press Enter or click, then the new key";
    b.addEventListener("click", () => { capturing = { cmd: c, button: b }; b.textContent = "press a key…"; b.classList.add("capturing"); });
    box.append(el("div", "what", c.label), b);
  }
  $("auto-confirm").checked = !!S.autoConfirm;
  $("approve-next").checked = !!S.approveNext;
  $("settings").hidden = false;
  box.querySelector("button").focus();
}
function closeSettings() { capturing = null; $("settings").hidden = true; list.focus(); }
function captureKey(ev) {
  if (!capturing) return false;
  ev.preventDefault(); ev.stopPropagation();
  const { cmd, button } = capturing; capturing = null;
  button.classList.remove("capturing");
  if (ev.key === "Escape") { button.textContent = cmd.keys.map(keyLabel).join(" / "); return true; }
  const key = keyName(ev);
  for (const c of CMDS) if (c !== cmd) c.keys = c.keys.filter((k) => k !== key);
  cmd.keys = [key, ...cmd.keys.slice(1).filter((k) => k !== key)];
  rebuildKeymap(); saveSettings(); openSettings();
  toast(`${cmd.label}: ${keyLabel(key)}`);
  return true;
}
$("auto-confirm").addEventListener("change", () => { S.autoConfirm = $("auto-confirm").checked; saveSettings(); });
$("approve-next").addEventListener("change", () => { S.approveNext = $("approve-next").checked; saveSettings(); });
$("settings-reset").addEventListener("click", () => { for (const c of CMDS) c.keys = DEFAULT_KEYS[c.id].slice(); rebuildKeymap(); saveSettings(); openSettings(); });
$("settings-close").addEventListener("click", closeSettings);
$("settings-button").addEventListener("click", openSettings);

function openExport() {
  $("export").hidden = false; $("export-msg").textContent = "";
  $("export-threshold").textContent = String(S.threshold);
  $("export-format").focus();
}
$("export-close").addEventListener("click", () => { $("export").hidden = true; list.focus(); });
$("export-link").addEventListener("click", async (ev) => {
  ev.preventDefault();
  const fmt = $("export-format").value, rows = $("export-rows").value;
  const res = await fetch(`/api/export?format=${encodeURIComponent(fmt)}&rows=${encodeURIComponent(rows)}`, { headers: { "X-Workbench-Token": TOKEN } });
  if (!res.ok) { let msg = `export failed (${res.status})`; try { msg = (await res.json()).error; } catch (e) { /* keep */ } $("export-msg").textContent = msg; return; }
  const blob = await res.blob();
  const name = (res.headers.get("content-disposition") || "").match(/filename="?([^";]+)"?/);
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob); a.download = name ? name[1] : `export.${fmt}`;
  document.body.appendChild(a); a.click(); a.remove();
  $("export-msg").textContent = `saved ${a.download}`;
});
$("help-button").addEventListener("click", toggleHelp);
$("conflict-reload").addEventListener("click", () => load(row() ? row().id : null));

// ---- keyboard --------------------------------------------------------------------------------
function keyName(ev) {
  if (ev.ctrlKey || ev.metaKey) return `Ctrl+${ev.shiftKey ? ev.key.toUpperCase() : ev.key.toLowerCase()}`;
  return ev.key;
}
document.addEventListener("keydown", (ev) => {
  if (S.editing) {
    // The editor handles its own keys; one that reaches here means the editor lost the keyboard.
    if (editorHasFocus() || ev.defaultPrevented) return;
    if (["Shift", "Control", "Alt", "Meta"].includes(ev.key)) return;
    ev.preventDefault();
    if (ev.key === "Escape") stopEdit(); else refocusEditor();
    return;
  }
  if (ev.defaultPrevented) return;
  if (!$("settings").hidden) {
    if (["Shift", "Control", "Alt", "Meta"].includes(ev.key)) return;
    if (!captureKey(ev) && ev.key === "Escape") closeSettings();
    return;
  }
  const inField = ["INPUT", "SELECT", "TEXTAREA"].includes(document.activeElement.tagName);
  if (!$("help").hidden && (ev.key === "Escape" || ev.key === "?")) { ev.preventDefault(); toggleHelp(); return; }
  if (!$("export").hidden) { if (ev.key === "Escape") { $("export").hidden = true; list.focus(); } return; }
  if (inField && !(ev.ctrlKey && !ev.altKey && (ev.key === "z" || ev.key === "Z" || ev.key === "y"))) return;
  if (inField) return;
  const cmd = KEYMAP.get(keyName(ev));
  if (!cmd || ev.altKey) return;
  ev.preventDefault();
  cmd.run();
});

function buildToolbar() {
  const bar = $("toolbar");
  for (const c of CMDS) {
    if (!c.button) continue;
    const b = el("button", "tool", c.button);
    b.dataset.cmd = c.id;
    b.title = `${c.label} (${c.keys.map(keyLabel).join(" / ")})`;
    b.addEventListener("mousedown", (ev) => ev.preventDefault()); // keep focus on the list
    b.addEventListener("click", () => c.run());
    bar.appendChild(b);
  }
}

loadSettings();
buildToolbar();
load(null).then(() => list.focus());
