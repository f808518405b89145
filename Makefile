# `make` sets up a fresh machine and runs the main job on the sample report; `make test` runs the
# one gate (typecheck, lint and format check, tests). See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := all

SAMPLE := sources/fujian-2024.txt
BRIEFING := node bin/briefing.js
# Debian packages the pipeline or its tests need (none yet for parsing).
APT_PACKAGES :=

.PHONY: all setup system-deps build test check typecheck lint format bench clean

all: build
	$(BRIEFING) check $(SAMPLE)
	$(BRIEFING) parse $(SAMPLE) > output/fujian-2024.outline.txt
	$(BRIEFING) parse --json $(SAMPLE) > output/fujian-2024.tree.json
	@echo "Wrote output/fujian-2024.outline.txt and output/fujian-2024.tree.json"

setup: system-deps node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
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
