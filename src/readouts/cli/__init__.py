"""The ``readouts`` command line: a thin shell over the library (see ``readouts --help``)."""
