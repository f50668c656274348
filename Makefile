# Fresh machine: `make run` (install, ingest the samples, start the bot) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test test-fast browser bench eval clean

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

# Ingests samples/ (unchanged files are skipped) and the sample duty records of a fictional
# committee (samples/duty) and its 社情民意 reports (samples/reports); re-importing changes
# nothing. Then starts the bot:
# Telegram when TELEGRAM_BOT_TOKEN is set, otherwise the terminal console.
run: $(STAMP)
	$(PY) ingest.py add samples/documents/
	$(PY) ingest.py calibrate --questions samples/questions.jsonl
	$(PY) ingest.py calibrate --questions samples/questions_en.jsonl --language en
	$(PY) ingest.py members import samples/duty/roster.csv
	$(PY) ingest.py duty import venues samples/duty/venues.csv
	$(PY) ingest.py duty import assignments samples/duty/assignments.csv
	$(PY) ingest.py duty import attendance samples/duty/attendance.csv
	$(PY) ingest.py duty import activities samples/duty/activities.csv
	$(PY) ingest.py duty import proposals samples/duty/proposals.csv
	$(PY) ingest.py reports import samples/reports/reports.csv
	$(PY) -m bot

# The web desk's browser tests drive Debian's Chromium through its chromedriver, with a CJK
# font for the screenshots; installed here when missing (as root, or through sudo).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@test -x /usr/bin/chromium -a -x /usr/bin/chromedriver -a -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei; }

# Synapse (for the Matrix tests) gets its own venv, .synapse-venv; quick once installed.
test: $(STAMP) browser
	bash scripts/synapse-venv.sh
	$(PY) -m pytest -q

# Skips the Synapse (Matrix) tests.
test-fast: $(STAMP)
	SKIP_SYNAPSE_TESTS=1 $(PY) -m pytest -q -m "not slow"

bench: $(STAMP)
	$(PY) -m bench.run_all

# Retrieval figures on ../shared/eval (not needed to build or test).
eval: $(STAMP)
	$(PY) ingest.py eval --corpus ../shared/eval/corpus --questions ../shared/eval/dev_questions.jsonl --mode all

clean:
	rm -rf data .pytest_cache
