"""The drift report as one self-contained HTML page: per name, the schema's paths as a tree that folds,
each path coloured by its deviations and showing their counts.

The page needs nothing but itself: its CSS and script are inline and allowed by their hashes in a
Content-Security-Policy that forbids everything else (no image, font, frame, connection or form), so
even markup that slipped through could neither load nor run anything. Every text taken from the report
(names, paths, keys, candidate values, sources) is escaped, and the report is embedded whole as JSON with
``<``, ``>`` and ``&`` escaped, so a key holding ``</script>`` cannot end its element.

The tree holds every path the schema declares and every path the report names; a path takes the colour
of its largest deviation (the report lists them by share), and what lies below a never-seen path is
greyed. It is ``<details>``/``<summary>``, so it folds without the script (which only adds "expand
all"/"collapse all"); branches holding a finding start open, the others folded.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
from pathlib import Path
from typing import Any

from hirehooks._drift import KINDS, _schema
from hirehooks._errors import UnknownNameError

_CSS = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #1d1d1f; }
h1 { font-size: 1.4em; }
h2 { font-size: 1.15em; margin: 1.6em 0 .3em; font-family: ui-monospace, monospace; }
.totals > span, .counts > span { margin-right: 1.2em; }
.legend span, .dev, .never, .candidate { display: inline-block; border-radius: 3px; padding: 0 .4em;
  margin-left: .35em; font-size: .85em; background: var(--bg); color: var(--fg); }
ul.tree, ul.tree ul { list-style: none; margin: 0; padding-left: 1.3em; }
ul.tree { padding-left: 0; font-family: ui-monospace, monospace; }
summary { cursor: pointer; }
.leaf { padding-left: 1.1em; }
.key { color: var(--fg, #1d1d1f); }
.key.unseen { color: #8a8a8e; font-style: italic; }
.key[class*=" k-"] { font-weight: 600; }
.below { color: #6e6e73; font-size: .8em; margin-left: .5em; }
.k-undeclared { --bg: #dbe9ff; --fg: #0b3d91; }
.k-required { --bg: #ffd9d6; --fg: #9b1c12; }
.k-type { --bg: #ffe2c2; --fg: #8a3b00; }
.k-null { --bg: #eadcff; --fg: #4b1f99; }
.k-range, .k-length, .k-pattern, .k-enum { --bg: #fff1b8; --fg: #6b5300; }
.k-other { --bg: #e8ddd4; --fg: #5c3b1e; }
.k-candidate, .candidate { --bg: #d5f5ec; --fg: #0c5e48; }
.never { --bg: #ececef; --fg: #6e6e73; }
table { border-collapse: collapse; }
td, th { border: 1px solid #d2d2d7; padding: .2em .6em; text-align: left; }
button { margin-right: .5em; }
"""

_SCRIPT = """
for (const [id, open] of [["expand", true], ["collapse", false]]) {
  document.getElementById(id).addEventListener("click", () => {
    for (const node of document.querySelectorAll("ul.tree details")) node.open = open;
  });
}
"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


_POLICY = (
    f"default-src 'none'; style-src {_hash(_CSS)}; script-src {_hash(_SCRIPT)}; "
    "img-src 'none'; base-uri 'none'; form-action 'none'"
)


def _text(value: object) -> str:
    return html.escape(str(value), quote=True)


def _bodies(count: int) -> str:
    return "body" if count == 1 else "bodies"


def _share(share: float) -> str:
    return f"{share * 100:.1f}%"


def _types(label: str, counts: dict[str, int]) -> str:
    parts = "".join(
        f' <span class="t" data-type="{_text(kind)}">{_text(kind)} '
        f'&times;<span class="n">{_text(count)}</span></span>'
        for kind, count in counts.items()
    )
    return f'<span class="{label}">{label}:{parts}</span>'


def _deviation(found: dict[str, Any]) -> str:
    kind = found["kind"]
    details = ""
    if "types" in found:
        details += " " + _types("types", found["types"])
    if "expected" in found:
        details += f' <span class="expected">expected {_text(" or ".join(found["expected"]))};</span>'
        details += " " + _types("seen", found["seen"])
    return (
        f'<span class="dev k-{_text(kind)}" data-kind="{_text(kind)}">{_text(kind)}: '
        f'<span class="bodies">{_text(found["bodies"])}</span> {_bodies(found["bodies"])} '
        f'(<span class="share">{_share(found["share"])}</span>){details}</span>'
    )


def _candidate(enum: dict[str, Any]) -> str:
    values = ", ".join(
        f'<span class="value"><q>{_text(value)}</q> &times;<span class="n">{_text(count)}</span></span>'
        for value, count in enum["values"].items()
    )
    return (
        f'<span class="candidate">candidate enum, <span class="bodies">{_text(enum["bodies"])}</span> '
        f"{_bodies(enum['bodies'])}: "
        f"{values}</span>"
    )


class _Node:
    """One folded path of a name's tree, with what the report says of it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.children: dict[str, _Node] = {}
        self.deviations: list[dict[str, Any]] = []
        self.never_seen = False
        self.candidate: dict[str, Any] | None = None

    def findings(self) -> int:
        """Deviations, never-seen marks and candidate enums at this path."""
        return len(self.deviations) + self.never_seen + (self.candidate is not None)

    def findings_below(self) -> int:
        return sum(child.findings() + child.findings_below() for child in self.children.values())


def _tree(entry: dict[str, Any]) -> _Node:
    """The name's declared paths (when hirehooks knows the name) and every path the report names."""
    nodes = {"": _Node("")}

    def node(path: str) -> _Node:
        found = nodes.get(path)
        if found is None:
            parent, _, segment = path.rpartition("/")
            found = nodes[path] = _Node(path)
            node(parent).children[segment] = found
        return found

    try:
        declared = sorted(_schema(entry["name"]).declared_paths())
    except UnknownNameError:
        declared = []
    for path in declared:
        node(path)
    for found in entry["deviations"]:
        node(found["path"]).deviations.append(found)
    for path in entry["never_seen"]:
        node(path).never_seen = True
    for enum in entry["candidate_enums"]:
        node(enum["path"]).candidate = enum
    return nodes[""]


def _label(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def _render(node: _Node, segment: str, unseen: bool, out: list[str]) -> None:
    unseen = unseen or node.never_seen
    if node.deviations:
        colour = f"k-{_text(node.deviations[0]['kind'])}"
    elif node.candidate is not None:
        colour = "k-candidate"
    else:
        colour = "unseen" if unseen else "clean"
    line = f'<span class="key {colour}">{_text(_label(segment)) if node.path else "(body)"}</span>'
    line += "".join(_deviation(found) for found in node.deviations)
    if node.never_seen:
        line += '<span class="never">never seen</span>'
    if node.candidate is not None:
        line += _candidate(node.candidate)
    out.append(f'<li data-path="{_text(node.path)}">')
    if node.children:
        below = node.findings_below()
        if below:
            line += f'<span class="below">{below} found below</span>'
        out.append(f"<details{' open' if below or not node.path else ''}><summary>{line}</summary><ul>")
        for child_segment, child in sorted(node.children.items()):
            _render(child, child_segment, unseen, out)
        out.append("</ul></details>")
    else:
        out.append(f'<span class="leaf">{line}</span>')
    out.append("</li>")


def _name(entry: dict[str, Any], out: list[str]) -> None:
    out.append(f'<section class="name" data-name="{_text(entry["name"])}"><h2>{_text(entry["name"])}</h2>')
    out.append('<p class="counts">')
    for counter in ("bodies", "valid", "invalid", "dropped"):
        out.append(
            f'<span>{counter} <span class="n" data-count="{counter}">{_text(entry[counter])}</span></span>'
        )
    out.append('</p><ul class="tree">')
    _render(_tree(entry), "", False, out)
    out.append("</ul></section>")


def _unknown(unknown: dict[str, Any], out: list[str]) -> None:
    out.append('<section class="unknown"><h2>bodies no schema fits</h2><p class="counts">')
    for counter in ("bodies", "not_object", "key_sets_dropped"):
        out.append(
            f'<span>{counter} <span class="n" data-count="{counter}">{_text(unknown[counter])}</span></span>'
        )
    out.append("</p>")
    if unknown["key_sets"]:
        out.append("<table><tr><th>top-level keys</th><th>keys</th><th>bodies</th></tr>")
        for key_set in unknown["key_sets"]:
            keys = " ".join(f'<code class="k">{_text(key)}</code>' for key in key_set["keys"])
            out.append(
                f'<tr class="key-set"><td>{keys}</td>'
                f'<td class="keys-total">{_text(key_set["keys_total"])}</td>'
                f'<td class="bodies">{_text(key_set["bodies"])}</td></tr>'
            )
        out.append("</table>")
    out.append("</section>")


def _embedded(report: dict[str, Any]) -> str:
    """The report as JSON that no HTML parser reads as markup: ``<``, ``>``, ``&`` (and every non-ASCII
    character, U+2028 included) as ``\\u`` escapes, which ``JSON.parse`` reads back unchanged."""
    text = json.dumps(report, ensure_ascii=True, sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _page(report: dict[str, Any]) -> str:
    """The whole page of a report that ``hirehooks/drift_report.schema.json`` describes."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>hirehooks drift report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>hirehooks drift report</h1>",
        '<p class="sources">sources: '
        + ", ".join(f"<code>{_text(source)}</code>" for source in report["sources"])
        + "</p>",
        '<p class="totals">',
    ]
    for counter in ("bodies", "unreadable"):
        out.append(
            f'<span>{counter} <span class="n" data-count="{counter}">{_text(report[counter])}</span></span>'
        )
    for option in ("event", "vendor", "strict"):
        if report[option] not in (None, False):
            out.append(f"<span>--{option} <code>{_text(report[option])}</code></span>")
    out.append('</p><p class="legend">')
    out.extend(f'<span class="k-{kind}">{kind}</span>' for kind in KINDS)
    out.append('<span class="candidate">candidate enum</span><span class="never">never seen</span></p>')
    out.append('<p><button id="expand" type="button">expand all</button>')
    out.append('<button id="collapse" type="button">collapse all</button></p>')
    for entry in report["names"]:
        _name(entry, out)
    _unknown(report["unknown"], out)
    out.append(f'<script type="application/json" id="drift-report">{_embedded(report)}</script>')
    out.append(f"<script>{_SCRIPT}</script></body></html>")
    return "\n".join(out) + "\n"


def write_html(report: dict[str, Any], path: str | os.PathLike[str]) -> None:
    """Write the report's page to ``path`` (UTF-8); ``OSError`` when it cannot be written."""
    Path(path).write_text(_page(report), encoding="utf-8")
