# Ordres del curs. `make` construeix el curs sencer; `make test` passa les proves.
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
# nbgrader crida `alembic` i `jupyter` pel PATH: hi posem l'entorn virtual al davant.
export PATH := $(BIN):$(PATH)
export PYTHONUTF8 := 1

.PHONY: course setup system release toc book moodle lite serve test test-fast bench clean pdf alumnat practica

course: setup release toc book moodle lite
	@echo "Curs construït: obre _build/html/index.html (o executa «make serve»)."

$(VENV)/.installed: requirements.txt pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

# Els ginys d'ipywidgets es serveixen des del llibre, no des d'un CDN.
book/_vendor/widgets/.installed: node_modules/.installed
	mkdir -p book/_vendor/widgets
	cp node_modules/requirejs/require.js book/_vendor/widgets/
	cp node_modules/@jupyter-widgets/html-manager/dist/embed-amd.js \
	   node_modules/@jupyter-widgets/html-manager/dist/libembed-amd.js \
	   node_modules/@jupyter-widgets/html-manager/dist/*.woff* \
	   node_modules/@jupyter-widgets/html-manager/dist/*.ttf \
	   node_modules/@jupyter-widgets/html-manager/dist/*.eot \
	   node_modules/@jupyter-widgets/html-manager/dist/*.svg book/_vendor/widgets/
	# Les fonts, també on les demanen els mòduls AMD (vegeu book/_static/widgets-config.js).
	for d in book/_vendor/widgets/@jupyter-widgets book/_vendor/widgets/@jupyter-widgets/html-manager/dist; do \
	  mkdir -p $$d && cp node_modules/@jupyter-widgets/html-manager/dist/*.woff* \
	    node_modules/@jupyter-widgets/html-manager/dist/*.ttf node_modules/@jupyter-widgets/html-manager/dist/*.eot \
	    node_modules/@jupyter-widgets/html-manager/dist/*.svg $$d/; done
	touch $@

# Rodes de Python pur per a l'edició al navegador (Pyodide, Python 3.14), des de PyPI: vegeu requirements-navegador.txt.
$(VENV)/navegador-rodes/.installed: requirements-navegador.txt $(VENV)/.installed
	rm -rf $(VENV)/navegador-rodes
	$(BIN)/python -m pip download --quiet --no-deps --only-binary :all: --python-version 3.14 --platform any \
	    --implementation py -d $(VENV)/navegador-rodes -r requirements-navegador.txt
	touch $@

setup: $(VENV)/.installed book/_vendor/widgets/.installed $(VENV)/navegador-rodes/.installed

release: setup
	$(BIN)/autograder release

toc: setup
	$(BIN)/autograder toc

book: setup release toc
	$(BIN)/jupyter-book build . --warningiserror --nitpick --keep-going

# Paquets SCORM i IMS, banc de preguntes, enllaços de JupyterHub i materials de l'alumnat, a dist/.
moodle: book
	$(BIN)/autograder moodle

# Edició al navegador (JupyterLite amb Pyodide, sense instal·lar res) a dist/navegador/: quaderns de pràctica, versions
# de l'alumnat dels exercicis i el kit pla, tot servit des del mateix lloc.
lite: setup release
	$(BIN)/python -m autograder.publish.lite.build

# Edició en PDF del llibre sencer, per llegir sense connexió: la pàgina única (singlehtml) impresa amb el Chromium
# de Debian, amb portada, índex i enllaços interns.
pdf: setup release toc
	$(BIN)/jupyter-book build . --builder singlehtml --warningiserror --nitpick --keep-going
	$(BIN)/python book/_ext/llibre_pdf.py _build/singlehtml dist/curs-xarxes-socials.pdf

# JupyterLab per a l'alumnat: en català, sense les eines d'nbgrader de l'equip formador (vegeu pla/laboratori).
alumnat: setup release
	$(BIN)/python -m pla.laboratori exercises/release

practica: setup
	$(BIN)/python -m pla.laboratori notebooks

# El llibre a http://localhost:8000/ i l'edició al navegador a http://localhost:8000/navegador/.
serve:
	$(BIN)/python -m autograder.publish.lite.serve 8000

# Els paquets de Debian que necessiten les proves: si en falta algun, com a root els instal·la i, si no, s'atura amb
# l'ordre que cal executar (vegeu .ci/system-packages).
system:
	@.ci/system-packages

test: system setup
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n 2 --dist loadgroup

# Compara la correcció en paral·lel i aïllada amb `nbgrader autograde` sol i amb dos processos (40 i 200
# lliuraments); no és a `make test`.
bench: setup
	$(BIN)/python benchmarks/bench_grade.py --lliuraments 40 --rondes 3
	$(BIN)/python benchmarks/bench_grade.py --lliuraments 200 --rondes 1

clean:
	rm -rf _build dist exercises/release exercises/gradebook.db
