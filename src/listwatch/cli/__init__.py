"""The ``listwatch`` command line: a thin shell over the library."""
