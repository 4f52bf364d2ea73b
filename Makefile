# zonec: the commands a developer and CI run. Needs JDK 17, Maven and make.
MVN ?= mvn -q -B

.PHONY: build run test golden-update bench clean

## build: compile everything, build the CLI jar (compiler/target/zonec.jar) and its start-up archive for this JDK
build:
	$(MVN) -DskipTests package
	@rm -f compiler/target/zonec*.jsa compiler/target/zonec*.aot compiler/target/zonec*.failed
	@./zonec --version >/dev/null # the launcher trains the archive on its first run after a build

## run: compile the flagship port terminal into build/port-terminal/ and print the check report
run: build
	./zonec compile policies/port-terminal -o build/port-terminal

## test: unit tests, golden tests, the real-tool syntax checks (nft) where the tool is installed, and the launcher
## with its start-up archive on every JDK 17+ found (tests/launcher.sh)
test:
	$(MVN) verify
	tests/launcher.sh

## golden-update: rewrite golden-tests/*/*/expected from the current compiler; review `git diff golden-tests` after
## (ONLY=diagnostics/ZC01 limits it to the cases whose path contains that)
golden-update:
	$(MVN) -Dgolden.update=true -Dgolden.only=$(ONLY) -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false verify
	@git --no-pager diff --stat -- golden-tests || true

## bench: compile and prove synthetic sites of 1k to 200k flows; prints the table of docs/performance.md
bench: build
	bench/run

clean:
	$(MVN) clean
	rm -rf build
