# `make` sets up a fresh machine and runs the main job on the sample report; `make test` runs the
# one gate (typecheck, lint and format check, tests). See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := all

SAMPLE := sources/fujian-2024.txt
BRIEFING := node bin/briefing.js
# Debian packages the pipeline and its tests need: the browser that prints PDFs, CJK fonts, and
# poppler's pdftotext/pdfinfo/pdffonts/pdftoppm for the PDF tests.
APT_PACKAGES := chromium fonts-noto-cjk fonts-noto-core poppler-utils

.PHONY: all setup system-deps build test check typecheck lint format bench clean

all: build
	$(BRIEFING) check $(SAMPLE)
	$(BRIEFING) build $(SAMPLE) --timings
	@echo "Open output/fujian-2024/index.html (pack), output/fujian-2024/briefing.pdf and output/fujian-2024/handouts/"

setup: system-deps node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

# A browser named by PUPPETEER_EXECUTABLE_PATH takes the place of Debian's chromium.
system-deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  if [ "$$p" = chromium ] && [ -n "$$PUPPETEER_EXECUTABLE_PATH" ]; then continue; fi; \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: setup
	npm run build --silent
	@mkdir -p output

test: check

check: setup typecheck lint
	npx vitest run --reporter=default --reporter=json --outputFile.json=test-artifacts/vitest.json

typecheck: setup
	npm run typecheck --silent

lint: setup
	npx eslint .
	npx prettier --check . --log-level warn

format: setup
	npx prettier --write . --log-level warn

bench: build
	npm run bench --silent

clean:
	rm -rf dist output test-artifacts
