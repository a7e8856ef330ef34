// Demo generator tests: see DemoGenerator.
