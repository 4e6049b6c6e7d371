"""``plancheck report OUT``: one self-contained HTML page over a run's outputs
(summary.json, items.jsonl, the checklists), for an analyst to look at before
quoting counts. Charts are inline SVG and the page needs no network: the batch
at a glance, items per plan, categories per institution, levels per plan, a
timeline of dated items, a sortable table of plans, each plan's item tree with
its source text, and the items the pipeline is least sure of first."""

from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from .emit import load_yaml
from .models import CATEGORY_NAMES

CATEGORY_COLOURS = {"goal": "#4e79a7", "duty": "#59a14f", "schedule": "#f28e2b", "control": "#e15759", "other": "#9c9c9c"}
LEVEL_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"]
_MODEL_P = re.compile(r"model p=([0-9.]+)")
_UNSURE_WHY = ("default", "cues outweigh")


def load_run(out: Path) -> tuple[dict, list[dict], list[dict]]:
    """The run's summary, its item rows, and its plans (with their checklist's name)."""
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in (out / "items.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    plans = []
    for path in sorted(out.glob("*.yaml")):
        checklist = load_yaml(path.read_text(encoding="utf-8"))
        for plan in checklist.get("plans") or []:
            plan["checklist"] = path.name
            plans.append(plan)
    return summary, rows, plans


def unsureness(item: dict) -> float:
    """How unsure the category of an item is, 0 (sure) to 1: a model probability
    near its threshold, a default or a cue that barely outweighed its parent."""
    why = item.get("why") or ""
    if match := _MODEL_P.search(why):
        return 1.0 - float(match.group(1))
    return 0.6 if why.startswith(_UNSURE_WHY) else 0.0


def render(out: Path) -> str:
    summary, rows, plans = load_run(out)
    plans.sort(key=lambda p: -p["counts"]["items"])
    parts = [
        _head(),
        _glance(summary, rows, plans),
        _section("Items per plan", "Sorted: outliers (a plan of 300 items, one of 0) stand at either end.", _bars_per_plan(plans)),
        _section("Categories per institution", "", _stacked_categories(rows)),
        _section("Levels per plan", "", _stacked_levels(plans)),
        _section("Dated items per institution", "Each bar runs from when_start to when_end; a deadline is a tick.", _timeline(rows)),
        _section("Plans", "Click a heading to sort; type to filter.", _plans_table(plans)),
        _section("Least sure first", "Items whose category the model was least sure of, or that a weak rule decided, and warnings.", _unsure(plans, summary)),
        _section("Plans and their items", "", "".join(_plan_tree(plan, index) for index, plan in enumerate(plans))),
        _script(),
        "</body></html>\n",
    ]
    return "".join(parts)


def write_report(out: Path) -> Path:
    from .emit import write_atomic

    target = out / "report.html"
    write_atomic(target, [render(out)])
    return target


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _head() -> str:
    colours = "".join(f".c-{name}{{background:{colour}}}" for name, colour in CATEGORY_COLOURS.items())
    return (
        "<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>plancheck report</title><style>"
        "body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:1.5em;max-width:1200px;color:#222}"
        "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}"
        ".glance{display:flex;gap:1.5em;flex-wrap:wrap}.glance div{background:#f3f5f8;padding:.6em 1em;border-radius:6px}"
        ".glance b{display:block;font-size:1.4em}table{border-collapse:collapse;width:100%;font-size:.9em}"
        "th,td{border-bottom:1px solid #e3e3e3;padding:.25em .4em;text-align:left;vertical-align:top}th{cursor:pointer;background:#fafafa}"
        ".tag{color:#fff;border-radius:3px;padding:0 .3em;font-size:.8em}" + colours + ""
        "details{margin:.4em 0}summary{cursor:pointer}.tree{font-size:.9em}.tree div{margin:.15em 0}"
        ".src{white-space:pre-wrap;background:#fbfbf7;border:1px solid #eee;padding:.5em;max-height:24em;overflow:auto;font-size:.85em}"
        "mark{background:#fff3b0}.warn{color:#b35900}.muted{color:#777}svg text{font-size:11px}"
        "</style></head><body><h1>plancheck report</h1>"
    )


def _section(title: str, note: str, body: str) -> str:
    return f"<h2>{_e(title)}</h2>" + (f"<p class='muted'>{_e(note)}</p>" if note else "") + body


def _glance(summary: dict, rows: list[dict], plans: list[dict]) -> str:
    institutions = len({p["checklist"] for p in plans})
    cells = [
        ("files", summary.get("files", 0)),
        ("plans", len(plans)),
        ("items", len(rows)),
        ("institutions", institutions),
        ("errors", len(summary.get("errors", []))),
        ("warnings", len(summary.get("warnings", []))),
        ("skipped", len(summary.get("skipped", []))),
    ]
    body = "<div class='glance'>" + "".join(f"<div><b>{v}</b>{_e(k)}</div>" for k, v in cells) + "</div>"
    problems = [f"<li>{_e(e['path'])}: {_e(e['error'])}</li>" for e in summary.get("errors", [])]
    problems += [f"<li class='warn'>{_e(w['path'])} {_e(w.get('plan_id') or '')}: {_e(w['code'])} — {_e(w['message'])}</li>" for w in summary.get("warnings", [])]
    return body + (f"<details><summary>errors and warnings</summary><ul>{''.join(problems)}</ul></details>" if problems else "")


def _svg(width: int, height: int, body: str, label: str) -> str:
    return f"<svg role='img' aria-label='{_e(label)}' width='{width}' height='{height}' viewBox='0 0 {width} {height}'>{body}</svg>"


def _bars_per_plan(plans: list[dict]) -> str:
    if not plans:
        return "<p>No plans.</p>"
    top = max(p["counts"]["items"] for p in plans) or 1
    bar, gap, height = 6, 1, 160
    bars = []
    for i, plan in enumerate(plans):
        h = max(1, round(plan["counts"]["items"] / top * (height - 20)))
        bars.append(f"<rect x='{i * (bar + gap)}' y='{height - h}' width='{bar}' height='{h}' fill='#4e79a7'><title>{_e(plan['title'])}: {plan['counts']['items']} items</title></rect>")
    return _svg(len(plans) * (bar + gap), height, "".join(bars) + f"<text x='2' y='12'>max {top}</text>", "items per plan")


def _stacked_categories(rows: list[dict]) -> str:
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        counts[row.get("institution") or "(none)"][row["category"]] += 1
    ranked = sorted(counts.items(), key=lambda kv: -sum(kv[1].values()))[:40]
    if not ranked:
        return "<p>No items.</p>"
    top = max(sum(c.values()) for _, c in ranked)
    row_h, label_w, width = 16, 220, 900
    shapes = []
    for i, (name, counter) in enumerate(ranked):
        x = label_w
        shapes.append(f"<text x='0' y='{i * row_h + 12}'>{_e(name[:18])}</text>")
        for category in CATEGORY_NAMES:
            w = counter[category] / top * (width - label_w - 10)
            if w:
                shapes.append(f"<rect x='{x:.1f}' y='{i * row_h + 2}' width='{w:.1f}' height='{row_h - 4}' fill='{CATEGORY_COLOURS[category]}'><title>{_e(name)} {category}: {counter[category]}</title></rect>")
                x += w
    legend = " ".join(f"<span class='tag c-{c}'>{c}</span>" for c in CATEGORY_NAMES)
    return f"<p>{legend}</p>" + _svg(width, len(ranked) * row_h + 4, "".join(shapes), "categories per institution")


def _stacked_levels(plans: list[dict]) -> str:
    if not plans:
        return "<p>No plans.</p>"
    top = max(p["counts"]["items"] for p in plans) or 1
    bar, gap, height = 6, 1, 120
    shapes = []
    for i, plan in enumerate(plans):
        y = height
        for level, n in sorted(plan["counts"]["by_level"].items(), key=lambda kv: int(kv[0])):
            h = n / top * (height - 10)
            y -= h
            shapes.append(f"<rect x='{i * (bar + gap)}' y='{y:.1f}' width='{bar}' height='{h:.1f}' fill='{LEVEL_COLOURS[(int(level) - 1) % len(LEVEL_COLOURS)]}'><title>{_e(plan['title'])}: level {level}: {n}</title></rect>")
    return _svg(len(plans) * (bar + gap), height, "".join(shapes), "levels per plan")


def _month(value: str | None) -> int | None:
    if not value or not re.match(r"\d{4}-\d{2}", value):
        return None
    return int(value[:4]) * 12 + int(value[5:7]) - 1


def _timeline(rows: list[dict]) -> str:
    dated = [(r.get("institution") or "(none)", _month(r.get("when_start")), _month(r.get("when_end")), r) for r in rows]
    dated = [(i, s, e, r) for i, s, e, r in dated if s is not None or e is not None]
    if not dated:
        return "<p>No dated items.</p>"
    first = min(m for _, s, e, _ in dated for m in (s, e) if m is not None)
    last = max(m for _, s, e, _ in dated for m in (s, e) if m is not None)
    span = max(1, last - first)
    names = sorted({i for i, *_ in dated})[:40]
    row_h, label_w, width = 16, 220, 900
    scale = (width - label_w - 10) / span
    shapes = [f"<text x='0' y='{k * row_h + 12}'>{_e(n[:18])}</text>" for k, n in enumerate(names)]
    for name, start, end, row in dated:
        if name not in names:
            continue
        y = names.index(name) * row_h + 3
        title = f"<title>{_e(row['plan_title'])} {_e(row['marker'])}: {_e(row.get('when') or '')}</title>"
        if start is not None and end is not None and end > start:
            shapes.append(f"<rect x='{label_w + (start - first) * scale:.1f}' y='{y}' width='{(end - start) * scale:.1f}' height='{row_h - 6}' fill='#f28e2b' opacity='.6'>{title}</rect>")
        else:
            x = label_w + ((end if end is not None else start) - first) * scale
            shapes.append(f"<rect x='{x:.1f}' y='{y}' width='2' height='{row_h - 6}' fill='#e15759'>{title}</rect>")
    axis = f"<text x='{label_w}' y='{len(names) * row_h + 14}'>{first // 12}-{first % 12 + 1:02d}</text><text x='{width - 60}' y='{len(names) * row_h + 14}'>{last // 12}-{last % 12 + 1:02d}</text>"
    return _svg(width, len(names) * row_h + 20, "".join(shapes) + axis, "timeline of dated items")


def _plans_table(plans: list[dict]) -> str:
    head = ["title", "institution", "named", "items", "top-level", *CATEGORY_NAMES, "warnings"]
    lines = ["<input id='filter' placeholder='filter plans' style='width:20em'><table id='plans'><thead><tr>"]
    lines += [f"<th>{_e(h)}</th>" for h in head]
    lines.append("</tr></thead><tbody>")
    for index, plan in enumerate(plans):
        by_category = plan["counts"]["by_category"]
        cells = [
            f"<a href='#plan-{index}'>{_e(plan['title'] or '(untitled)')}</a>",
            _e(plan.get("institution") or ""),
            "yes" if plan.get("institution_named") else "no",
            plan["counts"]["items"],
            plan["counts"]["top_level"],
            *[by_category.get(c, 0) for c in CATEGORY_NAMES],
            _e(", ".join(w["code"] for w in plan.get("warnings") or [])),
        ]
        lines.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    lines.append("</tbody></table>")
    return "".join(lines)


def _walk(items: list[dict]):
    for item in items:
        yield item
        yield from _walk(item.get("children") or [])


def _unsure(plans: list[dict], summary: dict, limit: int = 50) -> str:
    candidates = [(unsureness(item), index, plan, item) for index, plan in enumerate(plans) for item in _walk(plan["items"])]
    candidates = sorted((c for c in candidates if c[0] > 0), key=lambda c: -c[0])[:limit]
    if not candidates:
        return "<p>None.</p>"
    rows = [
        f"<tr><td>{score:.2f}</td><td><a href='#plan-{index}'>{_e(plan['title'][:30])}</a></td><td>{_e(item['marker'])}</td>"
        f"<td><span class='tag c-{item['category']}'>{item['category']}</span></td><td>{_e(item.get('why') or '')}</td><td>{_e(item['text'][:40])}</td></tr>"
        for score, index, plan, item in candidates
    ]
    return "<table><thead><tr><th>unsure</th><th>plan</th><th>marker</th><th>category</th><th>why</th><th>text</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"


def _source_text(plan: dict) -> str | None:
    """The plan's own span of its source file, as parse read it."""
    source = plan.get("source") or {}
    try:
        from .ingest import read_document

        text = read_document(source["path"]).text
    except Exception:  # a moved or unreadable source: the tree is shown without it
        return None
    return text if len(text) == source.get("chars") else None


def _highlighted(text: str, plan: dict) -> str:
    start, end = plan["span"]
    marks = sorted((item["span"][0], item["span"][0] + len(item["marker"])) for item in _walk(plan["items"]))
    out, position = [], start
    for a, b in marks:
        if a < position or b > end:
            continue
        out += [_e(text[position:a]), f"<mark>{_e(text[a:b])}</mark>"]
        position = b
    out.append(_e(text[position:end]))
    return "".join(out)


def _plan_tree(plan: dict, index: int) -> str:
    lines = [f"<details id='plan-{index}'><summary>{_e(plan['title'] or '(untitled)')} — {_e(plan.get('institution') or 'no institution')}, {plan['counts']['items']} items</summary><div class='tree'>"]
    for warning in plan.get("warnings") or []:
        lines.append(f"<div class='warn'>{_e(warning['code'])}: {_e(warning['message'])}</div>")
    for item in _walk(plan["items"]):
        extras = [f"when: {_e(item['when'])}"] if item.get("when") else []
        extras += [f"owner: {_e(item['owner'])}"] if item.get("owner") else []
        lines.append(
            f"<div style='margin-left:{(item['level'] - 1) * 1.5}em'><b>{_e(item['marker'])}</b> {_e(item['text'][:80])} "
            f"<span class='tag c-{item['category']}'>{item['category']}</span> <span class='muted'>{_e(item.get('why') or '')} {' · '.join(extras)}</span></div>"
        )
    text = _source_text(plan)
    if text is not None:
        lines.append(f"<details><summary>source text</summary><div class='src'>{_highlighted(text, plan)}</div></details>")
    lines.append("</div></details>")
    return "".join(lines)


def _script() -> str:
    return """<script>
(function () {
  var table = document.getElementById('plans');
  if (!table) return;
  var body = table.tBodies[0];
  document.getElementById('filter').addEventListener('input', function (e) {
    var q = e.target.value.toLowerCase();
    Array.prototype.forEach.call(body.rows, function (r) { r.style.display = r.textContent.toLowerCase().indexOf(q) < 0 ? 'none' : ''; });
  });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
    th.addEventListener('click', function () {
      var rows = Array.prototype.slice.call(body.rows), asc = th.dataset.asc !== '1';
      rows.sort(function (a, b) {
        var x = a.cells[col].textContent, y = b.cells[col].textContent, nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'zh');
        return asc ? c : -c;
      });
      th.dataset.asc = asc ? '1' : '0';
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
</script>"""
