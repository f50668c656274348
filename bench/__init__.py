"""Benchmarks and evaluations, run from the project root as modules: ``python -m bench.<name>``
(``make bench`` runs them all). They import the project's packages and the test support
(``tests.support.telegram_emulator``, ``tests.support.synapse_harness``,
``tests.support.doubles``) as packages: no
``sys.path`` edits."""
