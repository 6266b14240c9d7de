"""Safe sharing: the notebooks rendered on a folder holding a report full of script payloads, opened
in headless Chromium. No dialog fires, no injected element exists, nothing is fetched from the
network, and the charts page is drawn (not blank).

How it looks: Chromium runs headless with a DevTools port; the test speaks the DevTools protocol to it
over a websocket (websocket-client). For each page it listens for `Page.javascriptDialogOpening` (every
payload calls alert(): a dialog means a payload ran) and `Network.requestWillBeSent` (every URL the page
asks for), then inspects the live DOM after load: no element or attribute a payload could have made
(on* handlers, javascript: URLs, iframes, scripts), and the payloads present as visible text, escaped.
A control page that does run a payload proves each of those detectors fires.

Chromium is Debian's `chromium`: installed here with apt-get when missing and the machine allows
(root, apt-get); otherwise the test is skipped saying why, except under CI=true, where it fails.
"""
from __future__ import annotations

import base64
import io
import json
import os
import re
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from helpers.paths import NOTEBOOKS, SEED
from helpers.render import BRIEFING

WAR = Path(__file__).parent / "fixtures" / "war"  # invented war updates, test fixtures (not bundled data)

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
                  "--remote-debugging-port=0", "--remote-allow-origins=*"]
WIDTH = 1400
# Every payload calls alert() with its own number: a dialog names the one that ran.
PAYLOAD_REPORT = """title: <script>alert('title')</script> Ukrainian forces retake Izium
date: 2022-09-12
source: <b onmouseover=alert(0)>Kyiv Independent</b>

Ukrainian forces <script>alert(1)</script> entered Izium on Saturday after Russian troops withdrew from the city, \
a senior US military official said.

<img src=x onerror=alert(2)> Russian artillery shelled Kharkiv on Sunday evening, \
<a href="javascript:alert(3)">the regional governor</a> said.

<svg onload=alert(4)> Ukrainian troops recaptured Balakliia on Thursday, the general staff said. \
"><iframe src=javascript:alert(5)></iframe> <body onload=alert(6)> '><script>alert(7)</script>

</textarea><script>alert(8)</script><style>body{display:none}</style> Russian forces abandoned Kupiansk, \
according to Ukraine's defence ministry. <math><mtext><table><mglyph><style><img src=x onerror=alert(9)>
"""
PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", '<a href="javascript:alert(3)">',
            "<svg onload=alert(4)>", '"><iframe src=javascript:alert(5)></iframe>', "<body onload=alert(6)>",
            "'><script>alert(7)</script>", "</textarea><script>alert(8)</script>", "<img src=x onerror=alert(9)>"]
CONTROL_PAGE = """<!DOCTYPE html><html><head><title>control</title></head><body>
<p>This page runs what the reports must never run.</p>
<script>alert("control")</script>
<img src="x" onerror="document.body.setAttribute('data-ran', 'yes')">
<a href="javascript:alert(1)">link</a>
<img src="http://127.0.0.1:9/never-served.png">
</body></html>"""
# What the live DOM must not hold: built by a payload, these would be live markup, not text.
INSPECT_DOM = r"""(() => {
  const bad = [];
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (['iframe', 'frame', 'object', 'embed'].includes(tag)) bad.push(tag);
    // the kit's own scripts (data-newsline: the Vega bundle, a chart's spec as JSON, the script drawing it)
    // carry report text as data; any other inline script, or any script with a source, was injected
    if (tag === 'script' && (element.src || (!element.hasAttribute('data-newsline')
                                             && /alert|\bon\w+=/.test(element.textContent))))
      bad.push('script ' + (element.src || element.textContent.slice(0, 80)));
    if (tag === 'img' && !(element.getAttribute('src') || '').startsWith('data:'))
      bad.push('img src=' + element.getAttribute('src'));
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value))
        bad.push(tag + ' ' + attribute.name + '=' + attribute.value);
    }
  }
  return JSON.stringify({
    bad: bad,
    text: document.body ? document.body.innerText : '',
    images: Array.from(document.images).map(image => [image.complete, image.naturalWidth]),
    scripts: document.scripts.length,
  });
})()"""


# --- Chromium, found or installed ----------------------------------------------------------------

def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


def install_chromium() -> str:
    """Try Debian's package; say what happened."""
    if os.name != "posix" or os.geteuid() != 0:
        return "not root, so apt-get cannot install it"
    if not shutil.which("apt-get"):
        return "no apt-get on this machine"
    environment = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        for command in (["apt-get", "update", "-qq"],
                        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"]):
            done = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=900)
            if done.returncode != 0:
                return f"`{' '.join(command)}` failed: {done.stderr.strip()[-300:]}"
    except (OSError, subprocess.TimeoutExpired) as problem:
        return f"apt-get failed: {problem}"
    return "installed"


@pytest.fixture(scope="session")
def chromium() -> str:
    path = find_chromium()
    if path is None:
        outcome = install_chromium()
        path = find_chromium()
        if path is None:
            reason = f"headless Chromium is needed to open the rendered pages: Debian's `chromium` is missing " \
                     f"and could not be installed ({outcome})"
            if os.environ.get("CI") == "true":
                pytest.fail(reason + "; under CI=true this test is never skipped")
            pytest.skip(reason)
    return path


# --- the DevTools protocol -----------------------------------------------------------------------

@dataclass
class PageReport:
    """What one page did while it loaded and what its DOM holds afterwards."""

    url: str
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dom: dict = field(default_factory=dict)
    screenshot: bytes = b""
    #: what an interaction (Browser.open's `act`) found, by name
    acted: dict = field(default_factory=dict)


class Browser:
    """One headless Chromium and a DevTools websocket to it; pages are opened one after another."""

    def __init__(self, executable: str, profile: Path):
        import websocket  # websocket-client, pinned in the test extras

        self.process = subprocess.Popen([executable, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        address, seen = None, []
        deadline = time.monotonic() + 60
        while address is None and time.monotonic() < deadline:
            line = self.process.stderr.readline()
            if not line and self.process.poll() is not None:
                break
            seen.append(line)
            match = re.search(r"DevTools listening on (ws://\S+)", line)
            address = match.group(1) if match else None
        if address is None:
            self.close()
            raise RuntimeError("Chromium did not start its DevTools server:\n" + "".join(seen[-20:]))
        # keep reading its log, or a chatty Chromium would fill the pipe and stall
        threading.Thread(target=lambda: [None for _ in self.process.stderr], daemon=True).start()
        self.socket = websocket.create_connection(address, timeout=60, suppress_origin=True)
        self.counter = 0
        self.session: str | None = None
        self.report: PageReport | None = None

    def close(self) -> None:
        if getattr(self, "socket", None) is not None:
            self.socket.close()
        self.process.kill()
        self.process.wait()

    def send(self, method: str, params: dict | None = None, *, session: str | None = None) -> int:
        self.counter += 1
        message = {"id": self.counter, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.socket.send(json.dumps(message))
        return self.counter

    def pump(self, *, until_id: int | None = None, until_event: str | None = None, seconds: float = 60) -> dict:
        """Read messages, noting dialogs and requests, until the reply to `until_id` or the event
        `until_event` arrives (or `seconds` pass: then an empty dict)."""
        import websocket

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.socket.settimeout(max(0.05, deadline - time.monotonic()))
            try:
                message = json.loads(self.socket.recv())
            except websocket.WebSocketTimeoutException:
                break
            method = message.get("method")
            if method == "Page.javascriptDialogOpening" and self.report is not None:
                self.report.dialogs.append(message["params"].get("message", ""))
                # a dialog blocks the page: dismiss it, so the load (and the test) goes on
                self.send("Page.handleJavaScriptDialog", {"accept": False}, session=message.get("sessionId"))
            elif method == "Network.requestWillBeSent" and self.report is not None:
                self.report.requests.append(message["params"]["request"]["url"])
            if until_id is not None and message.get("id") == until_id:
                if "error" in message:
                    raise RuntimeError(f"DevTools error: {message['error']}")
                return message.get("result", {})
            if until_event is not None and method == until_event:
                return message.get("params", {})
        return {}

    def call(self, method: str, params: dict | None = None, *, seconds: float = 60) -> dict:
        return self.pump(until_id=self.send(method, params, session=self.session), seconds=seconds)

    def evaluate(self, expression: str):
        """The value of a JavaScript expression in the open page (promises awaited)."""
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"the page raised: {result['exceptionDetails']}")
        return result["result"].get("value")

    def mouse(self, kind: str, x: float, y: float) -> None:
        """A mouse event at (x, y) of the viewport, as a user's: mouseMoved, mousePressed, mouseReleased."""
        button = {} if kind == "mouseMoved" else {"button": "left", "clickCount": 1}
        self.call("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, **button})
        self.pump(seconds=0.4)  # let the chart's handlers and Vega's dataflow run

    def open(self, path: Path, *, screenshot: bool = False, act=None) -> PageReport:
        """Load a file in a fresh tab, let it run for a moment, and report on it; `act(browser)`, if
        given, then works the page like a user and returns what it found (PageReport.acted)."""
        target = self.pump(until_id=self.send("Target.createTarget", {"url": "about:blank"}))["targetId"]
        self.session = self.pump(until_id=self.send("Target.attachToTarget",
                                                    {"targetId": target, "flatten": True}))["sessionId"]
        self.report = report = PageReport(url=path.as_uri())
        for domain in ("Page.enable", "Network.enable", "Runtime.enable"):
            self.call(domain)
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": WIDTH, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
        self.call("Page.navigate", {"url": report.url})
        self.pump(until_event="Page.loadEventFired", seconds=60)
        self.pump(seconds=1.0)  # onerror/onload handlers and timers run after the load event
        result = self.call("Runtime.evaluate", {"expression": INSPECT_DOM, "returnByValue": True})
        report.dom = json.loads(result["result"]["value"])
        if act is not None:
            report.acted = act(self)
        if screenshot:
            self.evaluate("window.scrollTo(0, 0)")
            height = self.call("Page.getLayoutMetrics")["cssContentSize"]["height"]
            shot = self.call("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": WIDTH, "height": min(int(height), 16000), "scale": 1}})
            report.screenshot = base64.b64decode(shot["data"])
        self.pump(until_id=self.send("Target.closeTarget", {"targetId": target}))
        self.session, self.report = None, None
        return report


# What explore_like_a_user reads off the explorer (helpers/explore.py names its views).
TABLE_STATE = """JSON.stringify({
  rows: Array.from(document.querySelectorAll('g.table_label_marks text')).map(text => text.textContent),
  count: (document.querySelector('g.table_count_marks text') || {textContent: ''}).textContent,
})"""
# The table's "reports" column, top row first (Vega may keep its text elements in another order).
REPORTS_COLUMN = """JSON.stringify(Array.from(document.querySelectorAll('g.table_n_reports_marks text'))
  .map(text => [text.getBoundingClientRect().top, Number(text.textContent)])
  .sort((a, b) => a[0] - b[0]).map(pair => pair[1]))"""
# A timeline point inside the plot (not one clipped away outside the window), scrolled into view.
FIND_POINT = """(() => {
  const frame = document.querySelector('g.timeline_group path.background');
  frame.scrollIntoView({block: 'center'});
  const area = frame.getBoundingClientRect();
  for (const point of document.querySelectorAll('g.timeline_marks path')) {
    const box = point.getBoundingClientRect();
    const x = box.left + box.width / 2, y = box.top + box.height / 2;
    if (box.width > 0 && x > area.left + 2 && x < area.right - 2 && y > area.top + 2 && y < area.bottom - 2)
      return JSON.stringify([x, y]);
  }
  return 'null';
})()"""


def explore_like_a_user(browser: "Browser") -> dict:
    """Work the briefing's explorer: pick a type in its filter, hover over an event, click it."""
    for _ in range(40):  # Vega draws after the load event: wait for it, up to 20 s
        drawn = browser.evaluate("window.newslineViews ? window.newslineViews.length : 0")
        if drawn:
            break
        browser.pump(seconds=0.5)
    found = {"drawn": drawn, "chart": browser.evaluate(
        "(document.querySelector('.newsline-chart') || {innerText: 'no chart'}).innerText.slice(0, 300)")}
    if not drawn:
        return found
    found["before"] = json.loads(browser.evaluate(TABLE_STATE))
    found["options"] = browser.evaluate(
        "Array.from(document.querySelector('select[name=type]').options).map(option => option.text)")
    # the rarest type the filter offers: the last option (the most frequent come first)
    browser.evaluate("(() => { const select = document.querySelector('select[name=type]');"
                     " select.selectedIndex = select.options.length - 1;"
                     " select.dispatchEvent(new Event('change')); })()")
    browser.pump(seconds=0.5)
    found["filtered"] = json.loads(browser.evaluate(TABLE_STATE))
    browser.evaluate("(() => { const select = document.querySelector('select[name=type]'); select.selectedIndex = 0;"
                     " select.dispatchEvent(new Event('change')); })()")
    browser.pump(seconds=0.5)
    found["after"] = json.loads(browser.evaluate(TABLE_STATE))
    # the table's order: most reports first puts the most corroborated events at the top
    browser.evaluate("(() => { const radio = document.querySelector('input[name=order][value=reports]');"
                     " radio.checked = true; radio.dispatchEvent(new Event('change')); })()")
    browser.pump(seconds=0.5)
    found["by_reports"] = json.loads(browser.evaluate(REPORTS_COLUMN))
    found["by_reports_count"] = json.loads(browser.evaluate(TABLE_STATE))["count"]
    point = json.loads(browser.evaluate(FIND_POINT))
    found["point"] = point
    if point:
        browser.mouse("mouseMoved", *point)
        found["tooltip"] = browser.evaluate(
            "(document.getElementById('vg-tooltip-element') || {innerText: ''}).innerText")
        browser.mouse("mousePressed", *point)
        browser.mouse("mouseReleased", *point)
        found["panel"] = browser.evaluate("document.querySelector('.newsline-sentence').innerText")
        found["marks"] = browser.evaluate("document.querySelectorAll('.newsline-sentence blockquote mark').length")
    return found


def offline(url: str) -> bool:
    return url.startswith(("file://", "data:", "about:", "blob:"))


def picture_stats(png: bytes) -> tuple[int, float]:
    """(distinct colours, share of pixels that are not white) of a PNG screenshot."""
    import numpy as np
    from PIL import Image  # a dependency of matplotlib

    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).reshape(-1, 3)
    colours = len(np.unique(pixels[:: max(1, len(pixels) // 400_000)], axis=0))
    return colours, float((pixels.min(axis=1) < 235).mean())


# --- the rendered notebooks ----------------------------------------------------------------------

# One more chapter, for this test only: every report of the folder through displaCy, and the articles
# table with its text, so each payload reaches a page however the analysis treats its sentence.
EVERY_REPORT = [
    ("REPORTS = None\nOUTPUT = None\nMODEL = None", ["parameters"]),
    ("from pathlib import Path\n\nfrom IPython.display import HTML, display\n\n"
     "from helpers.display import highlight\nfrom helpers.pipeline import run\n"
     "from helpers.reading import read_reports\n\n"
     "tables = run([Path(REPORTS)], model=MODEL, progress=False)\narticles, _ = read_reports([Path(REPORTS)])\n"
     "for article in articles:\n    display(HTML(highlight(article, tables.entities, tables.timexes)))", []),
    ("tables.articles[['path', 'title', 'source', 'text']]", []),
]


def notebooks_with_every_report(folder: Path) -> Path:
    """The kit's notebooks, and EVERY_REPORT as the last chapter."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    from helpers.render import find_notebooks

    folder.mkdir()
    for notebook in [*find_notebooks(NOTEBOOKS), NOTEBOOKS / BRIEFING]:
        shutil.copyfile(notebook, folder / notebook.name)
    cells = [new_code_cell(source, metadata={"tags": tags}) for source, tags in EVERY_REPORT]
    notebook = new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, folder / "99-every-report.ipynb")
    return folder


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The notebooks run on: the seed, two real war updates and the payload report (in war/, so it is
    in every war table and chart); rendered to HTML."""
    from helpers.render import find_notebooks, render_notebooks

    root = tmp_path_factory.mktemp("browser")
    reports = root / "reports"
    (reports / "war").mkdir(parents=True)
    shutil.copyfile(SEED, reports / SEED.name)
    for name in ("2022-09-10_kupiansk-izium.txt", "2022-09-13_lyman-bakhmut.txt"):
        shutil.copyfile(WAR / name, reports / "war" / name)
    (reports / "war" / "2022-09-12_payload.txt").write_text(PAYLOAD_REPORT, encoding="utf-8")
    started = time.perf_counter()
    notebooks = notebooks_with_every_report(root / "notebooks")
    summary = render_notebooks(reports=reports, out=root / "out", html=root / "html", notebooks=notebooks,
                               build=root / "build")
    assert summary.failures == {}, summary.failures
    assert len(summary.pages) == len(find_notebooks(NOTEBOOKS)) + 2 >= 8  # the chapters, the briefing, EVERY_REPORT
    assert summary.index is not None and summary.index.exists()
    print(f"\nrendered {len(summary.pages)} notebooks in {time.perf_counter() - started:.0f} s")
    return root, summary.pages


@pytest.fixture(scope="module")
def browsed(rendered, chromium, tmp_path_factory):
    """Every rendered page (and the control page) opened in Chromium: {page name: PageReport}."""
    root, pages = rendered
    control = root / "control.html"
    control.write_text(CONTROL_PAGE, encoding="utf-8")
    started = time.perf_counter()
    browser = Browser(chromium, tmp_path_factory.mktemp("chromium-profile"))
    try:
        reports = {page.name: browser.open(page, screenshot=page.name.startswith("05-") or page.name == "briefing.html",
                                           act=explore_like_a_user if page.name == "briefing.html" else None)
                   for page in pages}
        reports["index"] = browser.open(root / "html" / "index.html")
        reports["control"] = browser.open(control)
    finally:
        browser.close()
    print(f"\nopened {len(pages) + 1} pages in Chromium in {time.perf_counter() - started:.0f} s")
    charts = next(report for name, report in reports.items() if name.startswith("05-"))
    (root / "05-screenshot.png").write_bytes(charts.screenshot)
    (root / "briefing-screenshot.png").write_bytes(reports["briefing.html"].screenshot)
    return reports


def test_the_detectors_see_a_payload_that_runs(browsed):
    control = browsed["control"]
    assert control.dialogs == ["control"]
    assert any(entry.startswith("a href=javascript:") for entry in control.dom["bad"]), control.dom["bad"]
    assert any(entry.startswith("script ") for entry in control.dom["bad"])
    assert "http://127.0.0.1:9/never-served.png" in control.requests


def test_no_dialog_fires_on_any_rendered_page(browsed):
    dialogs = {name: report.dialogs for name, report in browsed.items() if name != "control" and report.dialogs}
    assert dialogs == {}


def test_no_injected_element_exists_on_any_rendered_page(browsed):
    bad = {name: report.dom["bad"] for name, report in browsed.items() if name != "control" and report.dom["bad"]}
    assert bad == {}


def test_the_payloads_show_as_text(browsed):
    pages = {name: report.dom["text"] for name, report in browsed.items() if name != "control"}
    reading = next(text for name, text in pages.items() if name.startswith("01-"))
    assert "<script>alert('title')</script> Ukrainian forces retake Izium" in reading
    every_report = pages["99-every-report.html"]
    for payload in PAYLOADS + ["<script>alert('title')</script>", "<b onmouseover=alert(0)>"]:
        assert payload in every_report, payload


def test_no_rendered_page_asks_the_network_for_anything(browsed, rendered):
    asked = {name: [url for url in report.requests if not offline(url)]
             for name, report in browsed.items() if name != "control"}
    assert {name: urls for name, urls in asked.items() if urls} == {}
    assert all(report.requests for name, report in browsed.items())  # the listener heard each page load
    _, pages = rendered
    for page in pages:  # and in the files themselves, no reference a browser would fetch
        html = re.sub(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+", "data:", page.read_text(encoding="utf-8"))
        found = re.search(r"""(src|href|action)\s*=\s*["']?\s*(https?:)?//|url\(\s*["']?(https?:)?//|@import""",
                          html, flags=re.IGNORECASE)
        assert found is None, (page.name, found.group(0))


def test_the_charts_page_is_drawn(browsed):
    charts = next(report for name, report in browsed.items() if name.startswith("05-"))
    images = charts.dom["images"]
    assert len(images) >= 5 and all(complete and width > 0 for complete, width in images), images
    colours, inked = picture_stats(charts.screenshot)
    assert colours > 200, f"the screenshot has only {colours} colours"
    assert inked > 0.05, f"only {inked:.1%} of the screenshot is not white"


# --- the interactive view, worked like a user --------------------------------------------------

def test_the_briefing_draws_its_explorer(browsed):
    acted = browsed["briefing.html"].acted
    assert acted["drawn"] == 1
    assert 0 < len(acted["before"]["rows"]) <= 20 and acted["before"]["count"].startswith("The table lists the first 20")
    colours, inked = picture_stats(browsed["briefing.html"].screenshot)
    assert colours > 200 and inked > 0.02, (colours, inked)  # a page of text and charts: less ink than 05's


def test_a_filter_changes_the_rows_the_table_shows(browsed):
    acted = browsed["briefing.html"].acted
    assert acted["options"][0] == "all" and len(acted["options"]) > 2
    assert acted["filtered"] != acted["before"], "picking a type in the filter changed nothing"
    assert 0 < len(acted["filtered"]["rows"]) < len(acted["before"]["rows"]) or \
        acted["filtered"]["count"] != acted["before"]["count"]
    # "all" again: every row back (Vega may draw them in another order)
    assert sorted(acted["after"]["rows"]) == sorted(acted["before"]["rows"]), (
        len(acted["after"]["rows"]), len(acted["before"]["rows"]),
        set(acted["after"]["rows"]) ^ set(acted["before"]["rows"]), acted["filtered"])
    assert acted["after"]["count"] == acted["before"]["count"]


def test_hovering_shows_the_sentence_and_clicking_marks_it_up(browsed):
    acted = browsed["briefing.html"].acted
    assert acted["point"], "no timeline point inside the plot"
    assert "sentence" in acted["tooltip"] and "according to" in acted["tooltip"], acted["tooltip"]
    sentence = acted["tooltip"].split("sentence", 1)[1].strip().split("\n")[0][:30]
    assert sentence and sentence in acted["panel"], (sentence, acted["panel"])
    assert "First told in" in acted["panel"] and acted["marks"] >= 1


def test_the_index_links_every_page(browsed, rendered):
    _, pages = rendered
    text = browsed["index"].dom["text"]
    assert text.index("Briefing") < text.index("From raw reports to an annotated timeline")
    assert all(browsed[page.name].requests for page in pages)


def test_the_table_can_put_the_most_corroborated_events_first(browsed):
    acted = browsed["briefing.html"].acted
    by_reports = acted["by_reports"]
    assert by_reports and by_reports == sorted(by_reports, reverse=True), by_reports
    assert by_reports[0] > 1  # the war updates and the seed tell some events more than once
    assert acted["by_reports_count"].endswith("most reports first.")
    assert acted["before"]["count"].endswith("earliest first.")
