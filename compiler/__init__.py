"""The sparta compiler driver: front end, reference evaluator, pipelines and CLIs."""
