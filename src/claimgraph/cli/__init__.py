"""The command line: one module per command; each parses options and calls the library."""
