# The two commands: `make run` serves the API, `make test` checks everything.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
export PIPENV_VENV_IN_PROJECT := 1
export PIPENV_IGNORE_VIRTUALENVS := 1
export PIPENV_VERBOSITY := -1
export PIPENV_NOSPIN := 1
PIPENV := $(PYTHON) -m pipenv
VENV := .venv/bin

.PHONY: run test lint format bench install install-dev install-bench pipenv

run: install
	$(VENV)/python manage.py migrate --noinput
	$(VENV)/python manage.py seed_demo --if-empty
	$(VENV)/python manage.py runserver 127.0.0.1:8000

test: lint
	$(VENV)/python -m pytest $(ARGS)

lint: install-dev
	$(VENV)/ruff check .
	$(VENV)/ruff format --check .
	$(VENV)/python manage.py makemigrations --check --dry-run

format: install-dev
	$(VENV)/ruff check --fix .
	$(VENV)/ruff format .

# The benchmark: `make bench ARGS="--artworks 10000 --repeat 3"`; see bench/run.py.
bench: install-bench
	$(VENV)/python -m bench.run $(ARGS)

install: pipenv
	$(PIPENV) --python $(PYTHON) sync

install-dev: pipenv
	$(PIPENV) --python $(PYTHON) sync --dev

install-bench: pipenv
	$(PIPENV) --python $(PYTHON) sync --categories "packages dev-packages bench"

pipenv:
	@$(PIPENV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --user pipenv \
		|| $(PYTHON) -m pip install --user --break-system-packages pipenv
