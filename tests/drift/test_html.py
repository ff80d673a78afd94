"""``hirehooks drift --html``: the page, checked in Debian's headless chromium through Playwright.

The page is opened from a ``file://`` URL with every request routed through the test, which lets only
the page's own file through and records the rest: the page must ask for nothing. Numbers are read back
from the DOM and compared with the JSON report the page was made from. The tests fail (they never skip)
when ``/usr/bin/chromium`` is missing: CI installs it (``.ci/run``); no browser is ever downloaded.

This module reaches two internals: ``hirehooks._drift_html.write_html`` (what ``--html`` calls), and
``hirehooks._drift._schema`` to know which paths the schema declares below a folded node.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from playwright.sync_api import Browser, BrowserContext, Dialog, Page, sync_playwright

from hirehooks._drift import _schema
from hirehooks._drift_html import write_html
from hirehooks.drift import REPORT_SCHEMA, profile, report
from tests.drift.corpus import APPLIED, MARKER, NULLED, REPORT, planted

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INJECTED_KEY = '<img src=x onerror="window.pwned = 1">'
INJECTED_SHAPE = "</script><script>window.pwned = 2</script>"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.fail(f"Debian's chromium is missing at {CHROMIUM}: apt-get install chromium (.ci/run does)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def checked_report(bodies: list[bytes]) -> dict[str, Any]:
    """The report of ``bodies``, after checking it against the report schema."""
    made = report(profile(bodies), sources=["planted.jsonl"])
    jsonschema.validate(made, json.loads(REPORT_SCHEMA.read_text()))
    return made


@pytest.fixture(scope="module")
def planted_report() -> dict[str, Any]:
    """The planted corpus's report, with 3 more applicant bodies whose ``source`` is a number: that path
    then has two deviations, the type (3 bodies) before the planted null (2)."""
    numbered = []
    for raw in planted()[:3]:
        body = json.loads(raw)
        body["applicant"]["source"] = 7
        numbered.append(json.dumps(body).encode())
    made = checked_report(planted() + numbered)
    assert [found["kind"] for found in made["names"][1]["deviations"] if found["path"] == NULLED] == [
        "type",
        "null",
    ]
    return made


class Opened:
    """A page opened from its file, with what it asked for and what went wrong in it."""

    def __init__(self, page: Page, url: str) -> None:
        self.page, self.url = page, url
        self.requests: list[str] = []
        self.errors: list[str] = []


@pytest.fixture
def open_page(browser: Browser, tmp_path: Path) -> Iterator[Any]:
    contexts: list[BrowserContext] = []

    def opened(made: dict[str, Any]) -> Opened:
        path = tmp_path / f"report-{len(contexts)}.html"
        write_html(made, path)
        context = browser.new_context(java_script_enabled=True)
        contexts.append(context)
        page = context.new_page()
        result = Opened(page, path.as_uri())

        def route(route: Any) -> None:
            result.requests.append(route.request.url)
            if route.request.url == result.url:
                route.continue_()
            else:
                route.abort()

        context.route("**/*", route)
        page.on("pageerror", lambda error: result.errors.append(str(error)))
        page.on("console", lambda message: result.errors.append(message.text))

        def dialog(dialog: Dialog) -> None:
            result.errors.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", dialog)
        page.goto(result.url)
        return result

    yield opened
    for context in contexts:
        context.close()


def test_page_renders_each_name_and_asks_for_nothing_but_itself(open_page: Any, planted_report: Any) -> None:
    opened = open_page(planted_report)
    page = opened.page
    assert page.title() == "hirehooks drift report"
    assert page.locator("section.name h2").all_inner_texts() == [REPORT, APPLIED]
    assert page.locator(f'section.name[data-name="{REPORT}"] ul.tree').is_visible()
    assert opened.requests == [opened.url]
    assert opened.errors == []


def test_a_folded_node_opens_on_click_and_shows_the_declared_children(
    open_page: Any, planted_report: Any
) -> None:
    page = open_page(planted_report).page
    section = page.locator(f'section.name[data-name="{REPORT}"]')
    path = section.locator("details:not([open])").first.locator("xpath=..").get_attribute("data-path")
    assert path is not None
    folded = section.locator(f'li[data-path="{path}"] > details')
    children = folded.locator(":scope > ul > li")
    expected = sorted(child for child, parent in _schema(REPORT).declared_paths().items() if parent == path)
    assert children.count() == len(expected) > 0
    assert not children.first.is_visible()
    folded.locator(":scope > summary").click()
    assert folded.get_attribute("open") is not None
    assert all(children.nth(index).is_visible() for index in range(children.count()))
    assert [children.nth(index).get_attribute("data-path") for index in range(children.count())] == expected


def test_collapse_all_and_expand_all_fold_every_node(open_page: Any, planted_report: Any) -> None:
    page = open_page(planted_report).page
    badge = page.locator(".dev").first
    assert badge.is_visible()
    page.click("#collapse")
    assert page.locator("ul.tree details[open]").count() == 0
    assert not badge.is_visible()
    page.click("#expand")
    assert page.locator("ul.tree details:not([open])").count() == 0
    assert badge.is_visible()


SHOWN = """() => {
  const counts = (root) => Object.fromEntries([...root.querySelectorAll(
    ":scope > .counts .n, :scope > .totals .n")].map(n => [n.dataset.count, +n.textContent]));
  const types = (span) => span === null ? undefined : Object.fromEntries(
    [...span.querySelectorAll(".t")].map(t => [t.dataset.type, +t.querySelector(".n").textContent]));
  const visible = (element) => element.checkVisibility();
  const names = [...document.querySelectorAll("section.name")].map(section => ({
    name: section.dataset.name,
    counts: counts(section),
    deviations: [...section.querySelectorAll(".dev")].map(dev => ({
      path: dev.closest("li").dataset.path,
      kind: dev.dataset.kind,
      bodies: +dev.querySelector(".bodies").textContent,
      share: dev.querySelector(".share").textContent,
      types: types(dev.querySelector(".types")),
      seen: types(dev.querySelector(".seen")),
      visible: visible(dev),
    })),
    never_seen: [...section.querySelectorAll(".never")].map(never => never.closest("li").dataset.path),
    candidate_enums: [...section.querySelectorAll(".candidate")].map(candidate => ({
      path: candidate.closest("li").dataset.path,
      bodies: +candidate.querySelector(".bodies").textContent,
      values: Object.fromEntries([...candidate.querySelectorAll(".value")].map(
        value => [value.querySelector("q").textContent, +value.querySelector(".n").textContent])),
      visible: visible(candidate),
    })),
  }));
  const unknown = document.querySelector("section.unknown");
  return {
    totals: counts(document.body),
    names,
    unknown: counts(unknown),
    key_sets: [...unknown.querySelectorAll("tr.key-set")].map(row => ({
      keys: [...row.querySelectorAll("code.k")].map(k => k.textContent),
      keys_total: +row.querySelector(".keys-total").textContent,
      bodies: +row.querySelector(".bodies").textContent,
    })),
  };
}"""


def expected_page(made: dict[str, Any]) -> dict[str, Any]:
    """What the page must show of a report: every count, each deviation on its path, visible unfolded."""
    return {
        "totals": {"bodies": made["bodies"], "unreadable": made["unreadable"]},
        "names": [
            {
                "name": entry["name"],
                "counts": {counter: entry[counter] for counter in ("bodies", "valid", "invalid", "dropped")},
                "deviations": sorted(
                    (
                        {
                            "path": found["path"],
                            "kind": found["kind"],
                            "bodies": found["bodies"],
                            "share": f"{found['share'] * 100:.1f}%",
                            "types": found.get("types"),
                            "seen": found.get("seen"),
                            "visible": True,
                        }
                        for found in entry["deviations"]
                    ),
                    key=lambda found: (found["path"], found["kind"]),
                ),
                "never_seen": sorted(entry["never_seen"]),
                "candidate_enums": [{**enum, "visible": True} for enum in entry["candidate_enums"]],
            }
            for entry in made["names"]
        ],
        "unknown": {
            counter: made["unknown"][counter] for counter in ("bodies", "not_object", "key_sets_dropped")
        },
        "key_sets": made["unknown"]["key_sets"],
    }


def shown(page: Page) -> dict[str, Any]:
    found: dict[str, Any] = page.evaluate(SHOWN)
    for entry in found["names"]:
        entry["deviations"].sort(key=lambda deviation: (deviation["path"], deviation["kind"]))
        for deviation in entry["deviations"]:
            for part in ("types", "seen"):
                deviation.setdefault(part, None)
        entry["never_seen"].sort()
        entry["candidate_enums"].sort(key=lambda enum: enum["path"])
    return found


def test_the_numbers_shown_are_the_reports(open_page: Any, planted_report: Any) -> None:
    page = open_page(planted_report).page
    assert planted_report["names"] and all(entry["deviations"] for entry in planted_report["names"])
    assert shown(page) == expected_page(planted_report)


def test_the_page_holds_no_pii_value(tmp_path: Path, planted_report: Any) -> None:
    page = tmp_path / "report.html"
    write_html(planted_report, page)
    assert MARKER not in page.read_text()  # the planted name, email, phone and undeclared value


def test_the_embedded_report_reads_back_whole(open_page: Any, planted_report: Any) -> None:
    page = open_page(planted_report).page
    embedded = page.evaluate("() => JSON.parse(document.getElementById('drift-report').textContent)")
    assert embedded == planted_report


COLOURS = """() => [...document.querySelectorAll("section.name li")].flatMap(li => {
  const line = li.querySelector(":scope > details > summary, :scope > .leaf");
  const first = line.querySelector(":scope > .dev");
  return first === null ? [] : [{
    name: li.closest("section").dataset.name,
    path: li.dataset.path,
    kind: first.dataset.kind,
    colour: getComputedStyle(line.querySelector(":scope > .key")).color,
  }];
})"""


def test_a_path_has_the_colour_of_its_largest_deviation(open_page: Any, planted_report: Any) -> None:
    page = open_page(planted_report).page
    legend = {
        kind: page.evaluate(
            "(kind) => getComputedStyle(document.querySelector(`.legend .k-${kind}`)).color", kind
        )
        for kind in ("undeclared", "required", "type", "null", "other")
    }
    assert len(set(legend.values())) == len(legend)
    expected = []
    for entry in planted_report["names"]:
        first: dict[str, str] = {}
        for found in entry["deviations"]:  # largest share first
            first.setdefault(found["path"], found["kind"])
        expected += [
            {"name": entry["name"], "path": path, "kind": kind, "colour": legend[kind]}
            for path, kind in first.items()
        ]
    key = lambda found: (found["name"], found["path"])  # noqa: E731
    assert sorted(page.evaluate(COLOURS), key=key) == sorted(expected, key=key)


def test_markup_in_a_body_shows_as_text(open_page: Any) -> None:
    body = json.loads(planted()[0])
    body["applicant"][INJECTED_KEY] = "x"
    bodies = [json.dumps(body).encode(), json.dumps({INJECTED_SHAPE: 1}).encode()]
    made = checked_report(bodies)
    opened = open_page(made)
    page = opened.page
    assert page.locator("img").count() == 0
    assert page.locator("section.name .key").filter(has_text=INJECTED_KEY).count() == 1
    assert page.locator("section.unknown code.k").all_inner_texts() == [INJECTED_SHAPE]
    assert page.evaluate("() => window.pwned") is None
    assert page.evaluate("() => JSON.parse(document.getElementById('drift-report').textContent)") == made
    assert opened.requests == [opened.url]
    assert opened.errors == []
