"""Run the numbered notebooks on a folder of reports and render each to an HTML page that opens offline."""
from __future__ import annotations

import ast
import os
import sys
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import nbformat
from tqdm import tqdm

from helpers.io import write_text_atomic
from helpers.paths import DATA_PROCESSED, DATA_RAW, NOTEBOOKS, REPORTS, ROOT

#: Names a notebook's `parameters` cell may define; each is passed only to notebooks that define it.
PARAMETER_NAMES = ("REPORTS", "OUTPUT", "MODEL", "PLACES", "FOCUS", "EXAMPLE", "SINCE", "UNTIL")
#: The mimetype of Altair's charts (Vega-Lite 5: the version JupyterLab 4 draws).
VEGALITE = "application/vnd.vegalite.v5+json"
STATIC = Path(__file__).resolve().parent / "static"
#: The kernelspec `make` installs inside the venv (`ipykernel install --sys-prefix --name newsline`).
KERNEL_NAME = "newsline"
#: Executed copies go here, so the committed notebooks (and their stored outputs) are never overwritten.
BUILD = ROOT / "build" / "notebooks"
NOTEBOOK_GLOB = "[0-9][0-9]-*.ipynb"
#: The notebook rendered, inputs hidden, as the one page to share (after the chapters).
BRIEFING = "briefing.ipynb"

# nbconvert's `lab` template, less every block that fetches code from a CDN: require.js,
# the Jupyter widgets manager, MathJax and Mermaid. CSS is inlined by the `lab` template and
# PNG outputs are data URIs, so the page needs no network. The cost: LaTeX in markdown shows
# as typed (`$x^2$`) and interactive widgets show their static fallback. Vega-Lite charts (Altair's
# output, which JupyterLab draws itself) are drawn by the Vega scripts put inline in the page's head
# and helpers/static/charts.js; a page with no chart carries neither.
OFFLINE_TEMPLATE = """\
{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}
{%- if resources.newsline_charts %}<style>{{ resources.newsline_charts.css }}</style>
<script data-newsline="vega">{{ resources.newsline_charts.vega }}</script>{% endif -%}
{%- endblock extra_css -%}
{%- block data_priority scoped -%}
{%- if '""" + VEGALITE + """' in output.data -%}
{%- set spec = output.data['""" + VEGALITE + """'] -%}
<div class="jp-OutputArea-output newsline-explorer" data-newsline="chart">
<script type="application/json" data-newsline="spec">{{ spec | newsline_json }}</script>
<div class="newsline-chart"></div>
{%- if spec.get('usermeta', {}).get('newsline') %}<div class="newsline-sentence"></div>{% endif %}
</div>
{%- else -%}{{ super() }}{%- endif -%}
{%- endblock data_priority -%}
{%- block footer_js -%}
{%- if resources.newsline_charts %}<script data-newsline="charts">{{ resources.newsline_charts.js }}</script>{% endif -%}
{%- endblock footer_js -%}
"""
class NotebookFailed(RuntimeError):
    """A notebook that could not be executed; the message says which cell and why."""


@dataclass
class RenderSummary:
    """What `render_notebooks` did: the HTML pages written, the notebooks that failed, how long it took."""

    pages: list[Path] = field(default_factory=list)
    failures: dict[Path, str] = field(default_factory=dict)
    seconds: float = 0.0
    #: index.html, which links the pages (None when no page was rendered)
    index: Path | None = None

    def line(self) -> str:
        """One line for the terminal."""
        total = len(self.pages) + len(self.failures)
        text = f"rendered {len(self.pages)} of {total} notebooks in {self.seconds:.1f} s"
        if self.failures:
            text += f"; failed: {', '.join(path.name for path in self.failures)}"
        return text


def find_notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """The numbered notebooks (`NN-*.ipynb`) of `folder`, in the order they are meant to run."""
    return sorted(Path(folder).glob(NOTEBOOK_GLOB))


def _parameters_cell_index(notebook: nbformat.NotebookNode) -> int | None:
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            return index
    return None


def parameter_names(notebook_path: Path) -> set[str]:
    """Names assigned in the notebook's cell tagged `parameters` (empty when it has none)."""
    notebook = nbformat.read(notebook_path, as_version=4)
    index = _parameters_cell_index(notebook)
    if index is None:
        return set()
    names: set[str] = set()
    for statement in ast.parse(notebook.cells[index].source).body:
        if isinstance(statement, ast.Assign):
            targets = statement.targets
        elif isinstance(statement, (ast.AnnAssign, ast.AugAssign)):
            targets = [statement.target]
        else:
            continue
        for target in targets:
            names.update(node.id for node in ast.walk(target) if isinstance(node, ast.Name))
    return names


def _runs_this_python(executable: str) -> bool:
    # jupyter_client itself swaps a bare `python`/`python3` for sys.executable.
    if executable in {"python", f"python{sys.version_info[0]}", "python{}.{}".format(*sys.version_info[:2])}:
        return True
    # Same bin folder (the same venv) and the same interpreter behind the symlinks.
    here, there = os.path.abspath(sys.executable), os.path.abspath(executable)
    return os.path.dirname(here) == os.path.dirname(there) and os.path.realpath(here) == os.path.realpath(there)


def kernel_for_this_python() -> str:
    """The name of a Jupyter kernel that runs the interpreter running this code.

    `newsline` when `make` installed it in the venv, else ipykernel's own `python3`, as long
    as no kernelspec elsewhere (e.g. in ~/.local/share/jupyter) points either name at another
    Python: a notebook run on another Python would not see this venv's packages.
    """
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    manager = KernelSpecManager()
    seen = []
    for name in (KERNEL_NAME, "python3"):
        try:
            spec = manager.get_kernel_spec(name)
        except NoSuchKernel:
            continue
        if _runs_this_python(spec.argv[0]):
            return name
        seen.append(f"{name} -> {spec.argv[0]}")
    raise RuntimeError(
        f"no Jupyter kernel runs {sys.executable} (found: {', '.join(seen) or 'none'}); "
        f"install one with `{sys.executable} -m ipykernel install --sys-prefix --name {KERNEL_NAME}`"
    )


def _describe_failure(notebook_path: Path, error: Exception, *, shifted_after: int | None) -> str:
    from papermill.exceptions import PapermillExecutionError

    if not isinstance(error, PapermillExecutionError):
        return f"{notebook_path.name}: {type(error).__name__}: {error}"
    index = error.cell_index
    # papermill inserted an `injected-parameters` cell after the parameters cell.
    if shifted_after is not None and index > shifted_after:
        index -= 1
    first_line = next((line for line in error.source.splitlines() if line.strip()), "")
    return (
        f"{notebook_path.name}: cell {index + 1} (In [{error.exec_count}]) raised "
        f"{error.ename}: {error.evalue}\n    {first_line}"
    )


def execute_notebook(
    notebook_path: Path,
    executed_path: Path,
    *,
    parameters: dict[str, str | None],
    kernel_name: str | None = None,
) -> Path:
    """Execute a notebook with papermill into `executed_path`, in the notebook's own folder.

    Of `parameters`, only the names the notebook's `parameters` cell defines (and whose value
    is not None) are passed. Raises NotebookFailed naming the failing cell; the executed copy,
    traceback included, stays at `executed_path` for a look.
    """
    import papermill

    notebook_path, executed_path = Path(notebook_path).resolve(), Path(executed_path)
    original = nbformat.read(notebook_path, as_version=4)
    defined = parameter_names(notebook_path)
    given = {name: value for name, value in parameters.items() if name in defined and value is not None}
    has_injected = any("injected-parameters" in cell.get("metadata", {}).get("tags", []) for cell in original.cells)
    shifted_after = _parameters_cell_index(original) if given and not has_injected else None
    executed_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        papermill.execute_notebook(
            str(notebook_path),
            str(executed_path),
            parameters=given,
            kernel_name=kernel_name or kernel_for_this_python(),
            language="python",
            cwd=str(notebook_path.parent),
            progress_bar=False,
            # ipykernel warns on every start that local TCP is unencrypted; keep the terminal for our progress.
            extra_arguments=["--IPKernelApp.log_level=ERROR"],
        )
    except Exception as error:  # papermill, nbclient and the kernel each raise their own kinds
        raise NotebookFailed(_describe_failure(notebook_path, error, shifted_after=shifted_after)) from error
    return executed_path


def render_html(notebook_path: Path, html_path: Path) -> Path:
    """Render a notebook (as stored, outputs included) to a standalone HTML page that needs no network.

    Images are embedded as data URIs, CSS is inlined, no script is fetched: a page with Vega-Lite
    charts carries the Vega scripts inline. The file is written atomically (a reader never sees
    half a page).
    """
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    notebook_path, html_path = Path(notebook_path), Path(html_path)
    notebook = nbformat.read(notebook_path, as_version=4)
    priority = [VEGALITE, "application/vnd.jupyter.widget-view+json", "application/javascript", "text/html",
                "text/markdown", "image/svg+xml", "text/latex", "image/png", "image/jpeg", "text/plain"]
    exporter = HTMLExporter(template_name="lab", raw_template=OFFLINE_TEMPLATE,
                            config=Config({"NbConvertBase": {"display_data_priority": priority}}),
                            exclude_input=bool(notebook.metadata.get("newsline", {}).get("hide_input")))
    exporter.register_filter("newsline_json", script_json)
    has_charts = any(VEGALITE in output.get("data", {})
                     for cell in notebook.cells for output in cell.get("outputs", []))
    resources = {"newsline_charts": chart_scripts() if has_charts else None}
    body, _ = exporter.from_notebook_node(notebook, resources=resources)
    write_text_atomic(html_path, body)
    return html_path


def script_json(value: object) -> str:
    """`value` as JSON that can sit inside a <script> element: no <, > or & left to end it early."""
    import json

    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@lru_cache(maxsize=1)
def chart_scripts() -> dict[str, str]:
    """What a page with charts carries inline: the Vega, Vega-Lite and vega-embed bundle (from
    vl-convert, no download), the kit's script that draws the charts, and its CSS."""
    import vl_convert

    version = ".".join(alt_schema_version().split(".")[:2])
    return {"vega": vl_convert.javascript_bundle(vl_version=version),
            "js": (STATIC / "charts.js").read_text(encoding="utf-8"),
            "css": (STATIC / "charts.css").read_text(encoding="utf-8")}


def alt_schema_version() -> str:
    """The Vega-Lite version Altair writes its specs for ("5.20.1")."""
    import altair

    return altair.SCHEMA_VERSION.lstrip("v")


def render_notebooks(
    *,
    reports: Path = DATA_RAW,
    out: Path = DATA_PROCESSED,
    html: Path = REPORTS,
    notebooks: Path = NOTEBOOKS,
    model: str | None = None,
    settings: dict[str, str | None] | None = None,
    build: Path = BUILD,
) -> RenderSummary:
    """Execute every numbered notebook of `notebooks` on `reports`/`out`, then render it to `html`/<stem>.html;
    then the briefing (`briefing.ipynb`, inputs hidden) to `html`/briefing.html, and `html`/index.html
    listing every page.

    `settings` are further papermill parameters (e.g. FOCUS, EXAMPLE), passed to the notebooks that
    define them. A notebook that fails is reported and skipped (its old page, if any, is left
    alone); the others still run.
    """
    started = time.perf_counter()
    summary = RenderSummary()
    parameters = {"REPORTS": str(Path(reports).resolve()), "OUTPUT": str(Path(out).resolve()), "MODEL": model,
                  **(settings or {})}
    paths = find_notebooks(Path(notebooks))
    briefing = Path(notebooks) / BRIEFING
    if briefing.exists():
        paths.append(briefing)
    kernel_name = kernel_for_this_python() if paths else None
    with tqdm(paths, desc="notebooks", unit="notebook", file=sys.stderr) as progress:
        for notebook_path in progress:
            progress.set_postfix_str(notebook_path.name)
            executed_path = Path(build) / notebook_path.name
            try:
                execute_notebook(notebook_path, executed_path, parameters=parameters, kernel_name=kernel_name)
            except NotebookFailed as failure:
                summary.failures[notebook_path] = str(failure)
                progress.write(f"FAILED {failure}\n    executed copy: {executed_path}", file=sys.stderr)
                continue
            summary.pages.append(render_html(executed_path, Path(html) / f"{notebook_path.stem}.html"))
    if summary.pages:
        summary.index = write_index(summary.pages, Path(html) / "index.html")
    summary.seconds = time.perf_counter() - started
    return summary


def page_title(page: Path) -> tuple[str, str]:
    """A rendered page's title (its first heading) and first paragraph after it, as plain text."""
    from html.parser import HTMLParser

    class Reader(HTMLParser):
        def __init__(self):
            super().__init__()
            self.title, self.lead, self.inside = "", "", None

        def handle_starttag(self, tag, attrs):
            if tag == "h1" and not self.title:
                self.inside = "title"
            elif tag == "p" and self.title and not self.lead:
                self.inside = "lead"

        def handle_endtag(self, tag):
            if tag in ("h1", "p"):
                self.inside = None

        def handle_data(self, data):
            if self.inside == "title":
                self.title += data
            elif self.inside == "lead":
                self.lead += data

    reader = Reader()
    reader.feed(page.read_text(encoding="utf-8"))
    return reader.title.replace("¶", "").strip() or page.stem, " ".join(reader.lead.split())


def shortened(text: str, limit: int = 300) -> str:
    """`text` cut at its last sentence (else word) end before `limit` characters, "…" where cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = cut.rfind(". ")
    return cut[:end + 1] if end > limit // 2 else cut.rsplit(" ", 1)[0] + " …"


def write_index(pages: list[Path], index: Path) -> Path:
    """`index` (index.html): a page linking every rendered page, the briefing first, with its title
    and first paragraph; written atomically, offline, every text escaped."""
    import html as markup

    ordered = sorted(pages, key=lambda page: (page.stem != Path(BRIEFING).stem, page.name))
    items = []
    for page in ordered:
        title, lead = page_title(page)
        items.append(f'<li><a href="{markup.escape(page.name)}">{markup.escape(title)}</a>'
                     f'<p>{markup.escape(shortened(lead))}</p></li>')
    body = INDEX_PAGE.format(items="\n".join(items))
    write_text_atomic(index, body)
    return index


INDEX_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>newsline: the pages of this run</title>
<style>body{{font-family:system-ui,sans-serif;max-width:860px;margin:2em auto;padding:0 1em;color:#222}}
li{{margin:0 0 1em}} li p{{margin:.2em 0;color:#555}} a{{font-size:1.15em}}</style></head>
<body><h1>The pages of this run</h1>
<p>Each page opens offline. Start with the briefing; the numbered chapters show each step.</p>
<ul>
{items}
</ul></body></html>
"""


def refresh_notebook(path: Path) -> Path:
    """Re-execute a committed notebook in place with its default parameters, as nbval will, and
    drop the per-cell execution timestamps nbclient records (they would change on every run)."""
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, kernel_name=kernel_for_this_python(), resources={"metadata": {"path": str(path.parent)}},
                   extra_arguments=["--IPKernelApp.log_level=ERROR"]).execute()
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    write_text_atomic(path, nbformat.writes(notebook) + "\n")
    return path


def refresh_notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """Re-execute every numbered notebook of `folder`, then the briefing, in place (see refresh_notebook)."""
    paths = find_notebooks(folder) + [path for path in [Path(folder) / BRIEFING] if path.exists()]
    return [refresh_notebook(path) for path in tqdm(paths, desc="refreshing", unit="notebook")]
