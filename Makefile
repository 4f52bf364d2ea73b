# zonec: the commands a developer and CI run. Needs JDK 17, Maven and make.
MVN ?= mvn -q -B

.PHONY: build run test fuzz golden-update bench clean

## build: compile everything, build the CLI jar (compiler/target/zonec.jar) and its start-up archive for this JDK
build:
	$(MVN) -DskipTests package
	@rm -f compiler/target/zonec*.jsa compiler/target/zonec*.aot compiler/target/zonec*.failed
	@./zonec --version >/dev/null # the launcher trains the archive on its first run after a build

## run: compile the flagship port terminal into build/port-terminal/ and print the check report
run: build
	./zonec compile policies/port-terminal -o build/port-terminal

## test: unit tests, golden tests, the real-tool syntax checks (nft) where the tool is installed, the launcher
## with its start-up archive on every JDK 17+ found (tests/launcher.sh), and a bounded fuzz pass (8 s per target)
test:
	$(MVN) verify
	tests/launcher.sh
	tests/fuzz.sh -t 8

## fuzz: a long fuzzing run, 11 million executions in all, two targets at a time (a little over two hours on a busy
## 2-core machine; docs/diagnostics.md records runs). The split follows each target's speed: the pipeline target
## compiles and proves a site per execution, 3 to 5 times slower than the parsers. RUNS=N runs every target N times.
POLICY_RUNS ?= 4500000
INVENTORY_RUNS ?= 5500000
PIPELINE_RUNS ?= 1000000
ifdef RUNS
POLICY_RUNS := $(RUNS)
INVENTORY_RUNS := $(RUNS)
PIPELINE_RUNS := $(RUNS)
endif
fuzz:
	$(MVN) -DskipTests test-compile
	tests/fuzz.sh -r $(POLICY_RUNS) policy & policy=$$!; \
	  tests/fuzz.sh -r $(INVENTORY_RUNS) inventory && tests/fuzz.sh -r $(PIPELINE_RUNS) pipeline; others=$$?; \
	  wait $$policy && exit $$others

## golden-update: rewrite golden-tests/*/*/expected from the current compiler; review `git diff golden-tests` after
## (ONLY=diagnostics/ZC01 limits it to the cases whose path contains that)
golden-update:
	$(MVN) -Dgolden.update=true -Dgolden.only=$(ONLY) -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false verify
	@git --no-pager diff --stat -- golden-tests || true

## bench: compile and prove synthetic sites of both shapes (chain 1k to 200k flows; hub 1k to 50k flows at 50 and 500
## zones; hub 50 to 800 zones) and a one-rule incremental compile; prints the tables of docs/performance.md.
## `bench/run hub` (or chain, zones, incremental) runs one series
bench: build
	bench/run

clean:
	$(MVN) clean
	rm -rf build
