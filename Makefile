# The kit's two commands, `make run` and `make test`, and their helpers; `make help` lists them.
# Needs only python3 (3.11): the first target that needs Python builds .venv from pyproject.toml.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON3 := python3
VENV := .venv
PYTHON := $(VENV)/bin/python
# Stamp: rebuilt when pyproject.toml (the pins) changes, a no-op otherwise.
INSTALLED := $(VENV)/.installed

# Folders, overridable on the command line: make run REPORTS=~/my-reports OUTPUT=~/my-tables
REPORTS := data/raw
OUTPUT := data/processed
MODEL :=
# Settings (empty: the default): your own places CSV, the subfolder to look at closely, the report to show
# in detail, and the first and last day the timeline and charts show. make run PLACES=~/places.csv SINCE=2025-03-01
PLACES :=
FOCUS :=
EXAMPLE :=
SINCE :=
UNTIL :=
# A user's own OUTPUT gets its own HTML folder, so the bundled reports/ is never overwritten.
ifeq ($(origin OUTPUT),command line)
HTML := $(OUTPUT)/reports
else
HTML := reports
endif

RUN_PIPELINE := $(PYTHON) -m helpers run $(abspath $(REPORTS)) --out $(abspath $(OUTPUT))$(if $(MODEL), --model $(MODEL))$(if $(PLACES), --places $(abspath $(PLACES)))$(if $(SINCE), --from $(SINCE))$(if $(UNTIL), --to $(UNTIL))
RENDER := $(PYTHON) -m helpers render --reports $(abspath $(REPORTS)) --out $(abspath $(OUTPUT)) \
	--html $(abspath $(HTML))$(if $(MODEL), --model $(MODEL))$(if $(PLACES), --places $(abspath $(PLACES)))$(if $(FOCUS), --focus '$(FOCUS)')$(if $(EXAMPLE), --example '$(EXAMPLE)')$(if $(SINCE), --from $(SINCE))$(if $(UNTIL), --to $(UNTIL))
UNIT_TESTS := $(PYTHON) -m pytest tests -q
NBVAL := $(PYTHON) -m pytest --nbval --nbval-current-env notebooks -q -p no:cacheprovider
# Jupyter refuses to start as root unless told; containers often run as root.
LAB_ARGS = $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: help run html test lab bench clean notebooks

help:
	@echo "make run    read REPORTS (default data/raw), write tables to OUTPUT (default data/processed),"
	@echo "            then run the notebooks on them and write their HTML pages to HTML (default"
	@echo "            reports/, or OUTPUT/reports when you pass OUTPUT), with reports/briefing.html and index.html;"
	@echo "            MODEL=name picks the spaCy model, PLACES=file.csv adds your own places, FOCUS=subfolder,"
	@echo "            EXAMPLE=report, SINCE=YYYY-MM-DD and UNTIL=YYYY-MM-DD choose what the pages show"
	@echo "make test   unit tests, then nbval over notebooks/ (stored outputs must still come out)"
	@echo "make html   only the notebooks-to-HTML step of make run"
	@echo "make notebooks  re-execute the committed notebooks in place (after changing helpers/), for nbval"
	@echo "make lab    JupyterLab in notebooks/ on the kit's venv (kernel 'Python (newsline)')"
	@echo "make bench  run every benchmarks/*.py"
	@echo "make clean  empty data/processed/ and reports/, remove build/ (keeps .venv)"
	@echo "The first of these to need Python builds $(VENV) (a few minutes); editing pyproject.toml rebuilds it."

$(INSTALLED): pyproject.toml
	$(PYTHON3) -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install -e '.[test]'
	@# A kernelspec inside the venv (not in ~/.local): papermill and JupyterLab run notebooks on this venv's Python.
	$(PYTHON) -m ipykernel install --sys-prefix --name newsline --display-name 'Python (newsline)'
	touch $@

run: $(INSTALLED)
	@echo '$(RUN_PIPELINE)'
	@$(RUN_PIPELINE) || { status=$$?; \
	  if [ $$status -eq 2 ]; then echo "make run: some reports were rejected (see $(OUTPUT)/rejected.csv); going on with the rest"; \
	  else echo "make run: the pipeline failed (exit $$status)" >&2; exit $$status; fi; }
	$(RENDER)

html: $(INSTALLED)
	$(RENDER)

test: $(INSTALLED)
	$(UNIT_TESTS)
	@# nbval over the notebooks: skipped while notebooks/ has none; of its failures only exit 5 (nothing collected) passes.
	@if [ -z "$$(find notebooks -name '*.ipynb' -not -path '*/.ipynb_checkpoints/*' -print -quit)" ]; then \
	  echo "nbval: no notebooks in notebooks/ yet, nothing to compare"; \
	else \
	  echo '$(NBVAL)'; \
	  $(NBVAL) || { status=$$?; if [ $$status -eq 5 ]; then echo "nbval: no notebook cells collected"; else exit $$status; fi; }; \
	fi

notebooks: $(INSTALLED)
	$(PYTHON) -m helpers render --refresh

lab: $(INSTALLED)
	cd notebooks && $(abspath $(PYTHON)) -m jupyterlab $(LAB_ARGS)

bench: $(INSTALLED)
	@# Every benchmark runs even when one cannot (no ../shared, no HeidelTime); the failures are listed at the end.
	@shopt -s nullglob; benchmarks=(benchmarks/*.py); failed=(); \
	if [ $${#benchmarks[@]} -eq 0 ]; then echo "no benchmarks/*.py yet"; fi; \
	for benchmark in "$${benchmarks[@]}"; do echo "== $$benchmark"; $(PYTHON) "$$benchmark" || failed+=("$$benchmark"); done; \
	if [ $${#failed[@]} -gt 0 ]; then echo "make bench: these did not run to the end: $${failed[*]}" >&2; exit 1; fi

clean:
	find data/processed reports -mindepth 1 -maxdepth 1 ! -name .gitkeep -exec rm -rf -- {} +
	rm -rf build
