"""Text from reports reaches HTML only escaped: displaCy views, tables, the TimelineJS export.

(tests/test_browser.py opens the rendered notebooks in a browser; these are the unit-level checks.)
"""
import json
import re
from html.parser import HTMLParser

import pandas as pd
import pytest

from helpers.display import highlight
from helpers.reading import Article, Removed, make_article_id
from helpers.timeline import timelinejs

PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", '<a href="javascript:alert(3)">x</a>',
            "<svg onload=alert(4)>", '"><iframe src=javascript:alert(5)>', "</textarea><script>alert(6)</script>",
            "' onmouseover='alert(7)", "&lt;script&gt;alert(8)&lt;/script&gt;"]
TEXT = "Ukrainian forces entered Izium. " + " ".join(PAYLOADS) + " Russian troops withdrew from Lyman.\n"
# An opening tag of a payload's element: in HTML made from TEXT it may appear only escaped.
RAW_MARKUP = re.compile(r"<\s*(script|img|svg|iframe|a\s|textarea)", re.IGNORECASE)


class Elements(HTMLParser):
    """The elements of an HTML fragment as a browser's parser sees them: (tag, attributes)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def injected(html: str) -> list:
    """Elements or attributes that could run code: script/iframe/object/embed/svg/img elements,
    on* handlers, javascript: URLs."""
    bad = []
    for tag, attributes in Elements(html).found:
        if tag in {"script", "iframe", "object", "embed", "svg", "img", "a", "textarea"}:
            bad.append(tag)
        for name, value in attributes.items():
            if name.startswith("on") or "javascript:" in (value or "").lower():
                bad.append(f"{tag} {name}={value}")
    return bad


def malicious_article() -> Article:
    title = "<script>alert('title')</script> Izium & \"Lyman\""
    text = f"title: {title}\n\n{TEXT}"
    return Article(article_id=make_article_id(text), path="war/<b>payload</b>.txt", format="txt", text=text,
                   title=title, removed=(Removed(0, 7, "title header", "title: "),))


def markup_outside_the_view_itself(html: str) -> list[str]:
    """Tags in displaCy's HTML other than the ones displaCy writes (div, mark, span, h2, br)."""
    tags = re.findall(r"<\s*([a-zA-Z][\w-]*)", html)
    return [tag for tag in tags if tag.lower() not in {"div", "mark", "span", "h2", "br"}]


def test_displacy_view_escapes_the_title_the_text_and_the_labels():
    article = malicious_article()
    izium = article.text.index("Izium", 40)
    script = article.text.index("<script>alert(1)")
    entities = pd.DataFrame([
        {"article_id": article.article_id, "start": izium, "end": izium + 5, "label": "GPE"},
        {"article_id": article.article_id, "start": script, "end": script + 25, "label": "<b onclick=alert(9)>ORG"},
    ])
    timexes = pd.DataFrame([{"article_id": article.article_id, "start": izium, "end": izium + 5, "type": "DATE",
                             "value": "<img src=x onerror=alert(10)>"}])
    html = highlight(article, entities, timexes)
    assert markup_outside_the_view_itself(html) == [], html
    assert injected(html) == [] and RAW_MARKUP.search(html) is None, html
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in html  # the title, shown as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the report's text, shown as text
    assert "&amp;lt;script&amp;gt;alert(8)" in html  # escaped text stays escaped text, not markup
    assert "&lt;b onclick=alert(9)&gt;ORG" in html


def test_displacy_view_of_an_article_without_title_escapes_its_path():
    article = malicious_article()
    article = Article(**{**article.__dict__, "title": ""})
    empty = pd.DataFrame(columns=["article_id", "start", "end", "label", "type", "value"])
    html = highlight(article, empty, empty)
    assert "war/&lt;b&gt;payload&lt;/b&gt;.txt" in html
    assert markup_outside_the_view_itself(html) == []


def test_tables_render_report_text_escaped():
    frame = pd.DataFrame({"title": PAYLOADS, "summary": [TEXT] * len(PAYLOADS)})
    for html in (frame._repr_html_(), frame.to_html()):  # what a notebook shows, and the plain export
        assert injected(html) == [] and RAW_MARKUP.search(html) is None
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_timelinejs_export_escapes_every_field_from_reports():
    timeline = pd.DataFrame([{
        "date_start": "2022-09-10", "date_end": "2022-09-10", "summary": TEXT,
        "actors": "<svg onload=alert(4)>; Ukraine", "sources": '<a href="javascript:alert(3)">x</a>',
        "action": "<script>alert(1)</script>", "n_reports": 2,
    }])
    payload = timelinejs(timeline, title="<script>alert('title')</script>")
    strings = []

    def collect(value):
        if isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)
        elif isinstance(value, str):
            strings.append(value)

    collect(payload)
    markup = [s for s in strings if RAW_MARKUP.search(s) or injected(s)]
    assert markup == []
    text = payload["events"][0]["text"]["text"]
    assert text.startswith("<p>") and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;svg onload=alert(4)&gt;" in payload["events"][0]["text"]["headline"]
    assert "&lt;a href=&quot;javascript:alert(3)&quot;&gt;" in text  # sources, in the text, as text
    # and the JSON file cannot close a <script> block it is pasted into
    assert "</" not in json.dumps(payload).replace("</p>", "")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_each_payload_is_escaped_by_the_displacy_view(payload):
    text = f"Before. {payload} After.\n"
    article = Article(article_id=make_article_id(text), path="p.txt", format="txt", text=text, title=payload)
    empty = pd.DataFrame(columns=["article_id", "start", "end", "label", "type", "value"])
    html = highlight(article, empty, empty)
    assert injected(html) == [] and RAW_MARKUP.search(html) is None
    assert markup_outside_the_view_itself(html) == []
