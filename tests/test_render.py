"""Notebooks execute with papermill and render to HTML pages that open offline and escape their outputs."""
import json
import re

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from helpers.__main__ import main
from helpers.render import execute_notebook, parameter_names, render_html

DANGEROUS = "<script>alert(1)</script>"


def write_notebook(path, cells, *, widgets=False):
    notebook = new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    if widgets:  # saved widget state makes nbconvert's stock template load the widget manager from a CDN
        state = {"state": {}, "version_major": 2, "version_minor": 0}
        notebook.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": state}
    nbformat.write(notebook, path)
    return path


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """A tiny notebook like the kit's, executed with parameters and rendered: (html text, executed notebook)."""
    folder = tmp_path_factory.mktemp("render")
    notebook_path = write_notebook(
        folder / "01-show-things.ipynb",
        [
            new_code_cell('REPORTS = "default reports"\nOUTPUT = "default output"', metadata={"tags": ["parameters"]}),
            new_markdown_cell("# A chapter\nWhat this notebook shows."),
            new_code_cell("print(REPORTS, OUTPUT)"),
            new_code_cell('import pandas as pd\npd.DataFrame({"place": ["Kharkiv", "Izium"], "reports": [3, 1]})'),
            # %matplotlib inline: an MPLBACKEND=Agg in the environment would otherwise leave no image.
            new_code_cell("%matplotlib inline\nimport matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.show()"),
            new_code_cell(f"print({DANGEROUS!r})"),
        ],
        widgets=True,
    )
    executed = execute_notebook(
        notebook_path,
        folder / "build" / notebook_path.name,
        parameters={"REPORTS": "/given/reports", "OUTPUT": "/given/output", "MODEL": "not defined there"},
    )
    html_path = render_html(executed, folder / "html" / "01-show-things.html")
    assert html_path.exists()
    assert not list(html_path.parent.glob(".*.tmp")), "the atomic write left a temporary file behind"
    return html_path.read_text(encoding="utf-8"), nbformat.read(executed, as_version=4)


def without_data_uris(html: str) -> str:
    # Base64 can spell anything ("cdn" included); only the page's own text matters here.
    return re.sub(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+", "data:", html)


def test_parameters_defined_by_the_notebook_are_injected_and_others_left_out(rendered):
    _, executed = rendered
    printed = "".join(output.get("text", "") for output in executed.cells[3].outputs)
    assert printed.strip() == "/given/reports /given/output"
    injected = next(cell for cell in executed.cells if "injected-parameters" in cell.metadata.get("tags", []))
    assert "MODEL" not in injected.source


def test_page_embeds_the_figure_as_png(rendered):
    html, _ = rendered
    assert "data:image/png;base64," in html


def test_page_shows_the_dataframe_as_a_table(rendered):
    html, _ = rendered
    assert "<table" in html and "Kharkiv" in html


@pytest.mark.parametrize(
    "network_reference",
    [
        r'src="https?:',
        r'href="https?:',
        r'src="//',
        r'href="//',
        r"url\(\s*['\"]?(https?:)?//",
        r"@import",
        r"cdn",
        r"require(\.min)?\.js",
        r"https?://[^\s\"']*mathjax",
        r"unpkg\.com",
    ],
)
def test_page_loads_nothing_from_the_network(rendered, network_reference):
    html, _ = rendered
    found = re.search(network_reference, without_data_uris(html), flags=re.IGNORECASE)
    assert found is None, f"the page refers to the network: {found and found.group(0)!r}"


def test_page_has_no_script_with_a_source(rendered):
    html, _ = rendered
    assert re.search(r"<script[^>]*\bsrc=", html, flags=re.IGNORECASE) is None


def test_output_text_is_escaped_not_run(rendered):
    html, _ = rendered
    assert DANGEROUS not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_parameter_names_reads_the_tagged_cell_only(tmp_path):
    notebook_path = write_notebook(
        tmp_path / "02-x.ipynb",
        [
            new_code_cell("UNTAGGED = 1"),
            new_code_cell("REPORTS = 'a'\nOUTPUT: str = 'b'\n# MODEL = 'commented out'",
                          metadata={"tags": ["parameters"]}),
        ],
    )
    assert parameter_names(notebook_path) == {"REPORTS", "OUTPUT"}
    assert parameter_names(write_notebook(tmp_path / "03-y.ipynb", [new_code_cell("x = 1")])) == set()


def test_a_failing_notebook_names_its_cell_and_fails_the_run(tmp_path, capsys):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    write_notebook(
        notebooks / "01-breaks.ipynb",
        [
            new_code_cell("OUTPUT = 'here'", metadata={"tags": ["parameters"]}),
            new_markdown_cell("Then it breaks."),
            new_code_cell("reports = {}\nreports['missing']"),
        ],
    )
    write_notebook(notebooks / "02-works.ipynb", [new_code_cell("1 + 1")])
    status = main(
        ["render", "--notebooks", str(notebooks), "--html", str(tmp_path / "html"),
         "--build", str(tmp_path / "build"), "--reports", str(tmp_path), "--out", str(tmp_path / "out")]
    )
    captured = capsys.readouterr()
    assert status == 1
    assert "01-breaks.ipynb: cell 3" in captured.err and "KeyError" in captured.err
    assert "rendered 1 of 2 notebooks" in captured.out
    assert (tmp_path / "html" / "02-works.html").exists()
    assert not (tmp_path / "html" / "01-breaks.html").exists()
    assert (tmp_path / "build" / "01-breaks.ipynb").exists()


def test_render_on_a_folder_without_notebooks_says_so(tmp_path, capsys):
    assert main(["render", "--notebooks", str(tmp_path), "--html", str(tmp_path / "html")]) == 0
    assert "nothing to render" in capsys.readouterr().out
    assert not (tmp_path / "html").exists()


def test_render_refresh_re_executes_the_notebooks_in_place(tmp_path):
    path = write_notebook(tmp_path / "01-sums.ipynb", [new_code_cell("1 + 1")])
    write_notebook(tmp_path / "not-numbered.ipynb", [new_code_cell("1 + 2")])
    assert main(["render", "--refresh", "--notebooks", str(tmp_path)]) == 0
    refreshed = nbformat.read(path, as_version=4)
    assert refreshed.cells[0].outputs[0]["data"]["text/plain"] == "2"
    assert "execution" not in refreshed.cells[0].metadata  # no timestamps to differ on the next run
    assert not nbformat.read(tmp_path / "not-numbered.ipynb", as_version=4).cells[0].outputs



def test_a_vega_lite_chart_is_drawn_by_scripts_the_page_carries(tmp_path):
    chart_code = ("import altair as alt\nalt.renderers.enable('mimetype')\n"
                  "alt.Chart(alt.Data(values=[{'x': 1, 'label': '</script><script>alert(1)</script> & more'}]))"
                  ".mark_point().encode(x='x:Q', tooltip='label:N')")
    with_chart = write_notebook(tmp_path / "01-chart.ipynb", [new_code_cell(chart_code)])
    without = write_notebook(tmp_path / "02-plain.ipynb", [new_code_cell("1 + 1")])
    pages = {}
    for notebook in (with_chart, without):
        executed = execute_notebook(notebook, tmp_path / "build" / notebook.name, parameters={})
        pages[notebook.stem] = render_html(executed, tmp_path / f"{notebook.stem}.html").read_text(encoding="utf-8")
    page = pages["01-chart"]
    assert page.count('<script data-newsline="vega">') == 1 and 'window.vegaEmbed' in page
    assert page.count('data-newsline="chart"') == 2  # the chart's holder, and the script that finds it
    spec = re.search(r'<script[^>]*data-newsline="spec"[^>]*>(.*?)</script>', page, flags=re.S).group(1)
    assert "<" not in spec and "&" not in spec  # the report's text cannot end the script early
    assert json.loads(spec)["data"]["values"][0]["label"].startswith("</script><script>alert(1)</script>")
    assert "cdn.jsdelivr" not in without_data_uris(page)
    assert "vegaEmbed" not in pages["02-plain"] and len(pages["02-plain"]) < len(page) - 500_000


def test_the_index_lists_every_page_the_briefing_first(tmp_path):
    from helpers.render import write_index

    pages = []
    for name, title in (("00-overview", "From raw reports <b>"), ("briefing", "Briefing: 3 reports")):
        page = tmp_path / f"{name}.html"
        page.write_text(f"<html><body><h1>{title.replace('<', '&lt;')}¶</h1><p>First   paragraph of {name}.</p>"
                        "</body></html>", encoding="utf-8")
        pages.append(page)
    index = write_index(pages, tmp_path / "index.html").read_text(encoding="utf-8")
    assert index.index('href="briefing.html"') < index.index('href="00-overview.html"')
    assert "From raw reports &lt;b&gt;</a>" in index and "<p>First paragraph of briefing.</p>" in index


def test_an_index_entry_is_cut_at_a_sentence_or_a_word():
    from helpers.render import shortened

    assert shortened("One sentence. " * 30, limit=100) == ("One sentence. " * 7).strip()
    assert shortened("word " * 100, limit=52) == ("word " * 10).strip() + " …"  # "wo" of the 11th cut off
    assert shortened("short", limit=50) == "short"
