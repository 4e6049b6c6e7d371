"""``plancheck review FILE``: a local page for correcting one document's parse,
whose every edit is saved at once as gold in the ANNOTATION.md format, so that
``plancheck eval`` and ``plancheck train`` take corrections directly.

The state is the gold document itself: plans (title, institution) and each
plan's items as a flat list in document order (marker, level, category, text
head, when). Edits change one field, mark an item false (it is dropped) or
merge it into the item before it; the tree is rebuilt from the levels on every
save, which writes the whole file atomically. A gold file already in the
folder is the starting state, so a review goes on where it stopped."""

from __future__ import annotations

import html
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

from .emit import write_atomic
from .models import CATEGORY_NAMES, FileResult, walk

HEAD_CHARS = 20  # ANNOTATION.md: a text head is the first 20 characters, spaces removed


def gold_from_result(result: FileResult, origin: str, genre: str) -> dict:
    """The parse of one document as a gold document to correct."""
    source = Path(result.source.path).name if result.source else ""
    return {
        "source": source,
        "origin": origin,
        "genre": genre,
        "script": result.source.script if result.source else "simplified",
        "plans": [
            {
                "title": plan.title,
                "institution": plan.institution or "",
                "institution_named": plan.institution_named,
                "items": [
                    {"n": item.marker, "level": item.level, "cat": item.category, "text": _head(item.text), **({"when": item.when} if item.when else {})}
                    for item in walk(plan.items)
                ],
            }
            for plan in result.plans
        ],
    }


def _head(text: str) -> str:
    return "".join(text.split())[:HEAD_CHARS]


def flat_from_gold(gold: dict) -> dict:
    """A gold document (nested ``children``) with each plan's items flat, in order."""

    def flat(nodes):
        for node in nodes:
            yield {key: value for key, value in node.items() if key != "children"}
            yield from flat(node.get("children") or [])

    return {**gold, "plans": [{**plan, "items": list(flat(plan.get("items") or []))} for plan in gold["plans"]]}


def gold_from_flat(state: dict) -> dict:
    """Nest each plan's flat items by their levels (ANNOTATION.md: level = depth)."""
    plans = []
    for plan in state["plans"]:
        roots: list[dict] = []
        path: list[dict] = []
        for item in plan["items"]:
            node = {**item, "children": []}
            level = max(1, min(int(item["level"]), len(path) + 1))
            node["level"] = level
            del path[level - 1 :]
            (path[-1]["children"] if path else roots).append(node)
            path.append(node)
        plans.append({**plan, "items": roots})
    return {**state, "plans": plans}


def apply_edit(state: dict, edit: dict) -> None:
    """One edit: ``{"plan": i, "field": "title"|"institution", "value": …}`` or
    ``{"plan": i, "item": j, "field": "n"|"level"|"cat", "value": …}``, or
    ``{"plan": i, "item": j, "action": "drop"|"merge"}``, or
    ``{"plan": i, "item": j, "action": "split", "n": marker, "text": head}``:
    the item's text held a second item, which follows it at its level."""
    plan = state["plans"][int(edit["plan"])]
    if "item" not in edit:
        field = edit["field"]
        if field not in ("title", "institution", "institution_named"):
            raise ValueError(f"not a plan field: {field}")
        plan[field] = bool(edit["value"]) if field == "institution_named" else str(edit["value"])
        return
    index = int(edit["item"])
    items = plan["items"]
    action = edit.get("action")
    if action == "drop":  # a false item: its text belongs to the item before it
        del items[index]
    elif action == "merge":  # one item split in two by the parser
        if index == 0:
            raise ValueError("the first item has nothing to merge into")
        del items[index]
    elif action == "split":  # two items the parser read as one
        marker, head = str(edit.get("n") or "").strip(), _head(str(edit.get("text") or ""))
        if not marker or not head:
            raise ValueError("a split needs the new item's marker and the start of its text")
        items.insert(index + 1, {"n": marker, "level": items[index]["level"], "cat": items[index]["cat"], "text": head})
    else:
        field, value = edit["field"], edit["value"]
        if field == "cat" and value not in CATEGORY_NAMES:
            raise ValueError(f"not a category: {value}")
        if field == "level":
            value = max(1, int(value))
        if field not in ("n", "level", "cat"):
            raise ValueError(f"not an item field: {field}")
        items[index][field] = value


def save(state: dict, target: Path) -> None:
    write_atomic(target, [yaml.safe_dump(gold_from_flat(state), allow_unicode=True, sort_keys=False, width=1000)])


def page(state: dict) -> str:
    options = lambda chosen: "".join(f"<option{' selected' if c == chosen else ''}>{c}</option>" for c in CATEGORY_NAMES)  # noqa: E731
    parts = [
        "<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>plancheck review</title><style>"
        "body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:1.5em}table{border-collapse:collapse}"
        "td{padding:.15em .4em;border-bottom:1px solid #eee}input.level{width:3em}input.n{width:6em}#status{color:#2a7a2a}"
        f"</style></head><body><h1>Review: {html.escape(state['source'])}</h1><p id='status'>every change is saved as you make it</p>"
    ]
    for p, plan in enumerate(state["plans"]):
        parts.append(
            f"<h2>Plan {p + 1}</h2><p>title <input class='plan' data-plan='{p}' data-field='title' value='{html.escape(plan['title'], quote=True)}' size='50'> "
            f"institution <input class='plan' data-plan='{p}' data-field='institution' value='{html.escape(plan['institution'] or '', quote=True)}'></p><table>"
        )
        for i, item in enumerate(plan["items"]):
            parts.append(
                f"<tr data-plan='{p}' data-item='{i}'><td><input class='n' data-field='n' value='{html.escape(item['n'], quote=True)}'></td>"
                f"<td><input class='level' type='number' min='1' data-field='level' value='{item['level']}'></td>"
                f"<td><select data-field='cat'>{options(item['cat'])}</select></td><td>{html.escape(item['text'])}</td>"
                "<td><button data-action='merge'>merge into previous</button> <button data-action='split'>split</button> "
                "<button data-action='drop'>not an item</button></td></tr>"
            )
        parts.append("</table>")
    parts.append(_SCRIPT + "</body></html>")
    return "".join(parts)


_SCRIPT = """<script>
function send(edit) {
  return fetch('/edit', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(edit)})
    .then(function (r) { return r.json(); })
    .then(function (answer) { document.getElementById('status').textContent = answer.saved ? 'saved ' + answer.saved : 'not saved: ' + answer.error; return answer; });
}
document.querySelectorAll('input.plan').forEach(function (el) {
  el.addEventListener('change', function () { send({plan: +el.dataset.plan, field: el.dataset.field, value: el.value}); });
});
document.querySelectorAll('tr[data-item]').forEach(function (row) {
  var where = {plan: +row.dataset.plan, item: +row.dataset.item};
  row.querySelectorAll('[data-field]').forEach(function (el) {
    el.addEventListener('change', function () { send(Object.assign({field: el.dataset.field, value: el.value}, where)); });
  });
  row.querySelectorAll('button').forEach(function (button) {
    button.addEventListener('click', function () {
      var edit = Object.assign({action: button.dataset.action}, where);
      if (edit.action === 'split') {
        edit.n = prompt('marker of the item that starts inside this one (e.g. 2、)');
        edit.text = prompt('the first words of its text');
        if (!edit.n || !edit.text) return;
      }
      send(edit).then(function () { location.reload(); });
    });
  });
});
</script>"""


class ReviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, state: dict, target: Path, port: int = 0):
        self.state, self.target, self.lock = state, target, threading.Lock()
        super().__init__(("127.0.0.1", port), _Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


class _Handler(BaseHTTPRequestHandler):
    server: ReviewServer

    def log_message(self, *args) -> None:  # the terminal stays quiet
        pass

    def _send(self, status: int, body: str, kind: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        with self.server.lock:
            self._send(200, page(self.server.state), "text/html")

    def do_POST(self) -> None:
        if self.path != "/edit":
            self._send(404, json.dumps({"error": "no such path"}), "application/json")
            return
        try:
            edit = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
            with self.server.lock:
                apply_edit(self.server.state, edit)
                save(self.server.state, self.server.target)
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            self._send(400, json.dumps({"error": str(exc)}, ensure_ascii=False), "application/json")
            return
        self._send(200, json.dumps({"saved": self.server.target.name}, ensure_ascii=False), "application/json")


def start_review(result: FileResult, gold_dir: Path, genre: str, port: int = 0) -> ReviewServer:
    """A review server for one parsed document; its gold file is written at once
    (or the one already there is taken up) and after every edit."""
    gold_dir.mkdir(parents=True, exist_ok=True)
    source = Path(result.source.path)
    target = gold_dir / f"{source.stem}.yaml"
    if target.is_file():
        state = flat_from_gold(yaml.safe_load(target.read_text(encoding="utf-8")))
    else:
        state = gold_from_result(result, str(source), genre)
        save(state, target)
    return ReviewServer(state, target, port)
